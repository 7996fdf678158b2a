package org.voxpop.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.apache.lucene.util.IOUtils;
import org.voxpop.enrich.entity.EntityRecognizer;
import org.voxpop.enrich.entity.Gazetteer;

/**
 * The entity tagger an index is enriched with: the bundled one, or the one {@code voxpop train
 * entities --out DIR} wrote when {@code --model DIR} gave it. The model is kept in the index folder
 * ({@value #NAME}), so that later runs that add to the index, re-enrichment ({@code voxpop
 * reindex}) and documents indexed through the web page use the same tagger as the run that chose
 * it. Documents already in the index keep what they were enriched with until reindexed.
 */
public final class IndexEntityModel {

  /** The folder, in the index folder, that holds the kept model's files. */
  public static final String NAME = "voxpop-entity-model";

  private IndexEntityModel() {}

  /** The model folder kept in an index folder, if any. */
  public static Optional<Path> kept(Path indexDir) {
    Path p = indexDir.resolve(NAME);
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }

  /**
   * The recogniser to enrich with: the given model folder when there is one (read now, so that a
   * missing or broken model fails before anything is written), else the one the index keeps, else
   * the bundled tagger.
   *
   * @throws IOException when a model file is missing or unreadable (the message names it)
   */
  public static EntityRecognizer recognizer(
      Path indexDir, Gazetteer gazetteer, Optional<Path> modelDir) throws IOException {
    Optional<Path> model = modelDir.isPresent() ? modelDir : kept(indexDir);
    return model.isPresent()
        ? EntityRecognizer.create(gazetteer, model.get())
        : EntityRecognizer.create(gazetteer);
  }

  /**
   * Keeps a model folder's files in the index folder (after the index exists there), replacing the
   * model kept before: from now on the index is enriched with it. The files are copied to a
   * temporary folder first and moved into place, so that a failed copy leaves the old model.
   */
  public static void keep(Path indexDir, Path modelDir) throws IOException {
    Path target = indexDir.resolve(NAME);
    if (modelDir.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
      return;
    }
    // A plain folder (not a temporary one, which only its owner may read): a server running as
    // another user reads the kept model too. A copy left by a run that died is replaced.
    Path fresh = indexDir.resolve(NAME + ".new");
    IOUtils.rm(fresh);
    Files.createDirectory(fresh);
    try {
      for (String file : EntityRecognizer.modelFiles()) {
        Files.copy(modelDir.resolve(file), fresh.resolve(file));
      }
      Path old = indexDir.resolve(NAME + ".old");
      IOUtils.rm(old);
      if (Files.exists(target)) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      IOUtils.rm(old);
    } finally {
      IOUtils.rm(fresh);
    }
  }
}
