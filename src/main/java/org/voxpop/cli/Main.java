package org.voxpop.cli;

/** Entry point of the {@code voxpop} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("voxpop " + Runtime.version());
  }
}
