package org.voxpop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntitiesCommandTest {

  private static CommandRun run(Object command, String... args) {
    return CommandRun.of(command, args);
  }

  @Test
  void printsATable() {
    CommandRun r = run(new EntitiesCommand(), "When US-backed Syrian fighters took Raqqa");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Q30"), r.out());
    assertTrue(r.out().contains("demonym"), r.out());
    assertTrue(r.out().contains("slug:raqqa"), r.out());
  }

  @Test
  void printsJsonFromStandardInput() throws IOException {
    EntitiesCommand c = new EntitiesCommand();
    c.stdin =
        new ByteArrayInputStream(
            "Islamic State made Raqqa in northern Syria its base".getBytes(StandardCharsets.UTF_8));
    CommandRun r = run(c, "--format", "json", "-");
    assertEquals(0, r.code(), r.err());
    JsonNode arr = new ObjectMapper().readTree(r.out());
    assertEquals(3, arr.size());
    JsonNode first = arr.get(0);
    assertEquals("Q2429253", first.get("id").asText());
    assertEquals("Islamic State", first.get("name").asText());
    assertEquals("GROUP", first.get("type").asText());
    assertEquals("Islamic State", first.get("surface").asText());
    assertEquals(0, first.get("start").asInt());
    assertEquals(13, first.get("end").asInt());
    assertTrue(first.get("confidence").asDouble() > 0);
    assertEquals("gazetteer", first.get("source").asText());
  }

  @Test
  void usesANewsroomGazetteer(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("ours.tsv");
    Files.writeString(
        tsv, "slug:jane-doe\tJane Doe\tPERSON\tcouncillor\tDoe\t\t\n", StandardCharsets.UTF_8);
    CommandRun r =
        run(
            new EntitiesCommand(),
            "--gazetteer",
            tsv.toString(),
            "--format",
            "json",
            "we met Jane Doe");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("slug:jane-doe"), r.out());
  }

  @Test
  void userAndDataErrors(@TempDir Path dir) throws IOException {
    assertEquals(
        1,
        run(new EntitiesCommand(), "--gazetteer", dir.resolve("missing.tsv").toString(), "x")
            .code());
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "slug:x\tX\tPLANET\n", StandardCharsets.UTF_8);
    assertEquals(2, run(new EntitiesCommand(), "--gazetteer", bad.toString(), "x").code());
    assertEquals(1, run(new EntitiesCommand(), "--format", "xml", "x").code());
    assertEquals(1, run(new EntitiesCommand()).code());
  }

  @Test
  void evaluatesAConllFile(@TempDir Path dir) throws IOException {
    Path conll = dir.resolve("tiny.conll");
    Files.writeString(
        conll,
        """
        ISIS\tB-group
        made\tO
        Raqqa\tB-location
        its\tO
        headquarters\tO

        Quentin\tB-person
        Sommerville\tI-person
        reports\tO
        on\tO
        Minecraft\tB-product
        """,
        StandardCharsets.UTF_8);
    Path out = dir.resolve("tiny.out");
    CommandRun r = run(new EvaluateEntitiesCommand(), conll.toString(), "--output", out.toString());
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals("micro-F1: 1.000", lines[lines.length - 1], r.out());
    assertTrue(lines[0].startsWith("read as news text (told from its writing"), r.out());
    // Through the real command line, which takes enum values in any case.
    CliTest.Run social = CliTest.run("evaluate", "entities", conll.toString(), "--genre", "social");
    assertEquals(0, social.code(), social.err());
    assertTrue(social.out().startsWith("read as social text\n"), social.out());
    assertTrue(r.out().contains("product (1 gold)"), r.out());
    String written = Files.readString(out);
    assertTrue(written.contains("ISIS\tB-group\tB-group"), written);
    assertTrue(written.contains("Sommerville\tI-person\tI-person"), written);
    assertTrue(written.contains("made\tO\tO"), written);
    assertEquals(
        1, run(new EvaluateEntitiesCommand(), dir.resolve("nope.conll").toString()).code());
    Path bad = dir.resolve("bad.conll");
    Files.writeString(bad, "IS\tGROUP\n", StandardCharsets.UTF_8);
    assertEquals(2, run(new EvaluateEntitiesCommand(), bad.toString()).code());
  }

  @Test
  void noHandlesLeavesHandlesOut(@TempDir Path dir) throws IOException {
    Path conll = dir.resolve("btc.conll");
    Files.writeString(
        conll,
        "RT\tO\n@\tB-PER\nNikoWavy\tB-PER\nloves\tO\nParis\tB-LOC\n",
        StandardCharsets.UTF_8);
    CommandRun r = run(new EvaluateEntitiesCommand(), conll.toString(), "--no-handles");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("handles left out (--no-handles): 2 gold"), r.out());
    assertTrue(r.out().contains("LOCATION            1"), r.out());
    assertTrue(r.out().contains("PERSON              0"), r.out());
    assertTrue(run(new EvaluateEntitiesCommand(), "--help").out().contains("--no-handles"));
  }

  @Test
  void trainingRefusesOneFoldBeforeReadingAnything(@TempDir Path dir) {
    CommandRun r = run(new TrainEntitiesCommand(), "--data", dir.toString(), "--folds", "1");
    assertEquals(ExitCodes.USER_ERROR, r.code());
    assertTrue(r.err().contains("--folds must be at least 2"), r.err());
    assertTrue(run(new TrainEntitiesCommand(), "--help").out().contains("--folds"));
  }

  /**
   * The bundled tagger's files in {@code dir/model}, as voxpop train entities --out writes them.
   */
  private static Path bundledModelCopy(Path dir) throws IOException {
    Path model = Files.createDirectory(dir.resolve("model"));
    for (String name : new String[] {"tagger-model.bin.gz", "word-statistics.tsv.gz"}) {
      try (InputStream in =
          EntitiesCommand.class.getResourceAsStream("/org/voxpop/enrich/entity/" + name)) {
        Files.copy(in, model.resolve(name));
      }
    }
    return model;
  }

  @Test
  void evaluatesATaggerTrainedElsewhere(@TempDir Path dir) throws IOException {
    Path conll = dir.resolve("tiny.conll");
    Files.writeString(
        conll, "Angela\tB-PER\nMerkel\tI-PER\nvisited\tO\nParis\tB-LOC\n", StandardCharsets.UTF_8);
    Path model = bundledModelCopy(dir);
    CommandRun r =
        run(new EvaluateEntitiesCommand(), conll.toString(), "--model", model.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().strip().endsWith("micro-F1: 1.000"), r.out());

    Files.delete(model.resolve("word-statistics.tsv.gz"));
    CommandRun missing =
        run(new EvaluateEntitiesCommand(), conll.toString(), "--model", model.toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("word-statistics.tsv.gz"), missing.err());
  }

  @Test
  void recognisesWithATaggerTrainedElsewhere(@TempDir Path dir) throws IOException {
    Path model = bundledModelCopy(dir);
    CommandRun r =
        run(
            new EntitiesCommand(),
            "--model",
            model.toString(),
            "--format",
            "json",
            "Leeds beat Chelsea 2-0");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"surface\":\"Leeds\""), r.out());
    assertTrue(r.out().contains("\"surface\":\"Chelsea\""), r.out());

    Files.delete(model.resolve("tagger-model.bin.gz"));
    CommandRun missing = run(new EntitiesCommand(), "--model", model.toString(), "Leeds");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("tagger-model.bin.gz"), missing.err());
  }
}
