package org.voxpop.enrich.entity;

import java.nio.file.Path;

/** Development shortcut until the CLI command exists. */
public final class TrainNow {
  public static void main(String[] a) throws Exception {
    EntityModelBuilder.build(new EntityModelBuilder.Options(Path.of(a[0]), Path.of(a[1]),
        Integer.parseInt(a[2]), EntityModelBuilder.DEFAULT_SEED, a.length > 3), System.out);
  }
}
