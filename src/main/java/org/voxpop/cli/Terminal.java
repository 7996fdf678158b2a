package org.voxpop.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether output goes to an interactive terminal, which decides colour and progress bars. */
final class Terminal {
  private Terminal() {}

  /** True when standard output is a terminal and {@code NO_COLOR} is not set. */
  static boolean interactive() {
    Console console = System.console();
    if (console == null || System.getenv("NO_COLOR") != null) {
      return false;
    }
    try {
      // Console.isTerminal() exists from Java 22 on, where System.console() is never null.
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
