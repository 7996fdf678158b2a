package org.voxpop.enrich.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled tagger and word statistics are what {@code voxpop train entities --data ../shared}
 * makes, byte for byte. The gazetteer is one of the training inputs: a change to it that is not
 * followed by a retrain fails here, as one alias once did unnoticed.
 *
 * <p>The same build trains a first tagger without the development sets and scores it on them: the
 * held-out floors below hold the numbers of docs/quality.md (CoNLL-2003 dev chose the number of
 * epochs and all three the temperature, which is model selection; none was trained on). The bundled
 * tagger is then trained on them too, so its own scores on them ({@link QualityFloorsTest}) are
 * in-sample.
 *
 * <p>Where the files are missing the test fails in CI ({@code VOXPOP_CI} set) and is reported as
 * skipped, with the reason, elsewhere.
 */
class EntityModelReproductionTest {

  @TempDir Path dir;

  @Test
  void bundledModelIsRebuiltByteForByte() throws IOException {
    for (java.util.List<String> files :
        java.util.List.of(
            EntityModelBuilder.TRAIN, EntityModelBuilder.UNLABELLED, EntityModelBuilder.DEV)) {
      for (String f : files) {
        org.voxpop.SharedData.file(f, "input of voxpop train entities");
      }
    }
    EntityModelBuilder.Report report =
        EntityModelBuilder.build(
            new EntityModelBuilder.Options(
                Path.of("..", "shared"),
                Path.of(EntityModelBuilder.EMBEDDING_PATHS),
                dir,
                EntityModelBuilder.DEFAULT_EPOCHS,
                EntityModelBuilder.DEFAULT_SEED,
                false,
                false,
                0),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    for (String name : new String[] {BundledModel.MODEL_FILE, BundledModel.WORDS_FILE}) {
      try (InputStream bundled =
          EntityModelBuilder.class.getResourceAsStream(Gazetteer.RESOURCE_DIR + name)) {
        assertArrayEquals(
            bundled.readAllBytes(),
            Files.readAllBytes(dir.resolve(name)),
            name + " is not what voxpop train entities --data ../shared makes: retrain it");
      }
    }
    // A little under the lowest of three seeds (0.9405 / 0.5938 / 0.5909, docs/entities.md,
    // "Shouted copies", with the lower-case copies of the news documents and the shouted copies of
    // the tweets); the default seed, which this test trains, scores 0.9436 / 0.6061 / 0.6054.
    Map<String, Double> floors =
        Map.of("conll2003-dev.txt", 0.935, "emerging.dev.conll", 0.59, "btc.dev", 0.585);
    assertEquals(floors.keySet(), report.heldOutF1().keySet());
    floors.forEach(
        (file, floor) ->
            assertTrue(
                report.heldOutF1().get(file) >= floor,
                file + ": held-out micro-F1 " + report.heldOutF1().get(file) + " < " + floor));
  }
}
