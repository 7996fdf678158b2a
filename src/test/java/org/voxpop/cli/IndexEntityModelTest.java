package org.voxpop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.index.IndexEntityModel;

/**
 * {@code index --model DIR} enriches with a retrained tagger, keeps it in the index folder, and
 * later runs and {@code reindex} use the kept one until another is given. Told apart here by a
 * tagger with no weights, which finds no name the gazetteer does not know, against the bundled one,
 * which finds the invented "Zorblax Quintavian".
 */
class IndexEntityModelTest {

  private static final String RESOURCES = "/org/voxpop/enrich/entity/";
  private static final String NAME = "Zorblax Quintavian";

  @TempDir Path tmp;

  @Test
  void indexKeepsTheGivenModelAndLaterRunsUseIt() throws IOException {
    Path blank = blankModel(tmp.resolve("blank"));
    Path bundled = bundledModel(tmp.resolve("bundled"));
    Path idx = tmp.resolve("idx");

    CliTest.Run first = index(idx, article("a1"), "--model", blank.toString());
    assertEquals(0, first.code(), first.err());
    Path kept = idx.resolve(IndexEntityModel.NAME);
    for (String file : new String[] {"tagger-model.bin.gz", "word-statistics.tsv.gz"}) {
      assertArrayEquals(
          Files.readAllBytes(blank.resolve(file)),
          Files.readAllBytes(kept.resolve(file)),
          file + " is kept as given");
    }
    assertFalse(entities(idx).contains(NAME), "the blank tagger finds no new name");

    // No --model: the kept tagger, not the bundled one, enriches what is added.
    CliTest.Run second = index(idx, article("a2"));
    assertEquals(0, second.code(), second.err());
    assertFalse(entities(idx).contains(NAME), entities(idx));

    CliTest.Run reindex = CliTest.run("reindex", "-q", "--index", idx.toString());
    assertEquals(0, reindex.code(), reindex.err());
    assertFalse(entities(idx).contains(NAME), "reindex uses the kept tagger too");

    // Another model given to reindex replaces the kept one and re-enriches every article.
    CliTest.Run again =
        CliTest.run("reindex", "-q", "--index", idx.toString(), "--model", bundled.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(entities(idx).contains(NAME), entities(idx));
    assertArrayEquals(
        Files.readAllBytes(bundled.resolve("tagger-model.bin.gz")),
        Files.readAllBytes(kept.resolve("tagger-model.bin.gz")));
    try (var left = Files.list(idx)) {
      assertTrue(
          left.noneMatch(p -> p.getFileName().toString().startsWith(IndexEntityModel.NAME + ".")),
          "no copy in progress is left behind");
    }
  }

  @Test
  void aMissingModelFailsBeforeAnythingIsWritten() throws IOException {
    Path idx = tmp.resolve("idx2");
    CliTest.Run run = index(idx, article("a1"), "--model", tmp.resolve("none").toString());
    assertEquals(2, run.code(), run.out());
    assertTrue(run.err().contains("missing model file " + tmp.resolve("none")), run.err());
    assertFalse(Files.exists(idx), "no index folder was made");
  }

  private CliTest.Run index(Path idx, String record, String... more) throws IOException {
    Path input = Files.createTempFile(tmp, "input", ".jsonl");
    Files.writeString(input, record + "\n", StandardCharsets.UTF_8);
    String[] args = new String[5 + more.length];
    args[0] = "index";
    args[1] = "-q";
    args[2] = "--index";
    args[3] = idx.toString();
    System.arraycopy(more, 0, args, 4, more.length);
    args[args.length - 1] = input.toString();
    return CliTest.run(args);
  }

  private static String article(String id) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\"Resignation\",\"body\":\"Yesterday "
        + NAME
        + " told reporters he would resign.\",\"comments\":[]}";
  }

  private static String entities(Path idx) {
    CliTest.Run facets =
        CliTest.run(
            "facets", "--index", idx.toString(), "--scope", "articles", "--facets", "entity");
    assertEquals(0, facets.code(), facets.err());
    return facets.out();
  }

  private static Path bundledModel(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String name : new String[] {"tagger-model.bin.gz", "word-statistics.tsv.gz"}) {
      try (InputStream in = IndexEntityModelTest.class.getResourceAsStream(RESOURCES + name)) {
        Files.copy(in, dir.resolve(name));
      }
    }
    return dir;
  }

  /**
   * The bundled model's word statistics and the header of its first tagger, written as one tagger
   * of the earlier single-tagger format (which still reads, for every genre), with no feature
   * weights and flat transitions: a well-formed tagger that scores every label alike.
   */
  private static Path blankModel(Path dir) throws IOException {
    bundledModel(dir);
    Path model = dir.resolve("tagger-model.bin.gz");
    int magic;
    int format;
    int labels;
    double temperature;
    try (DataInputStream in =
        new DataInputStream(new GZIPInputStream(Files.newInputStream(model)))) {
      in.readInt(); // the taggers' magic number, format and count
      in.readInt();
      in.readInt();
      in.readUTF(); // the first tagger's genre
      magic = in.readInt();
      format = in.readInt();
      labels = in.readInt();
      temperature = in.readDouble();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(magic);
      out.writeInt(format);
      out.writeInt(labels);
      out.writeDouble(temperature);
      out.writeInt(0); // no features
      for (int i = 0; i < (labels + 1) * labels; i++) {
        out.writeDouble(0); // transitions
      }
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(model))) {
      out.write(bytes.toByteArray());
    }
    return dir;
  }
}
