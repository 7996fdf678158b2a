package org.voxpop.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `voxpop index` accepts as input: files, folders, quoted globs and standard input. */
class InputSourcesTest {
  private static final String TREE = "src/test/resources/org/voxpop/input/tree";
  private static final InputStream NO_STDIN = InputStream.nullInputStream();

  @TempDir Path tmp;

  private static List<String> names(List<String> arguments) throws IOException {
    return InputSources.resolve(arguments, NO_STDIN, DateReader.standard()).stream()
        .map(InputSource::name)
        .toList();
  }

  @Test
  void aFolderIsEveryJsonLinesFileUnderItInPathOrder() throws IOException {
    assertEquals(
        List.of(
            TREE + "/2016/a.jsonl",
            TREE + "/2016/b.jsonl",
            TREE + "/2017/c.jsonl",
            TREE + "/2017/late/comments.jsonl"),
        names(List.of(TREE)),
        "notes.txt is no input");
  }

  @Test
  void aFolderFindsGzippedFilesToo() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("feed/b"));
    Files.writeString(tmp.resolve("feed/a.jsonl"), "{}\n");
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(folder.resolve("c.JSONL.GZ")))) {
      out.write("{}\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(folder.resolve("c.json"), "{}\n");
    assertEquals(
        List.of(tmp.resolve("feed/a.jsonl").toString(), folder.resolve("c.JSONL.GZ").toString()),
        names(List.of(tmp.resolve("feed").toString())));
  }

  @Test
  void aGlobMatchesFilesInAnyFolderBelowWithDoubleStarIncludingNone() throws IOException {
    assertEquals(
        List.of(
            TREE + "/2016/a.jsonl",
            TREE + "/2016/b.jsonl",
            TREE + "/2017/c.jsonl",
            TREE + "/2017/late/comments.jsonl"),
        names(List.of(TREE + "/**/*.jsonl")));
    assertEquals(
        List.of(TREE + "/2016/a.jsonl", TREE + "/2016/b.jsonl"),
        names(List.of(TREE + "/2016/*.jsonl")));
    assertEquals(List.of(TREE + "/2017/c.jsonl"), names(List.of(TREE + "/201?/c.jsonl")));
    assertEquals(
        List.of(TREE + "/2017/late/comments.jsonl"),
        names(List.of(TREE + "/2017/**/comments.jsonl")),
        "** stands for no folder as well as for late/");
  }

  @Test
  void aFileNamedTwiceIsReadOnceInTheOrderFirstNamed() throws IOException {
    assertEquals(
        List.of(
            TREE + "/2017/c.jsonl",
            TREE + "/2016/a.jsonl",
            TREE + "/2016/b.jsonl",
            TREE + "/2017/late/comments.jsonl"),
        names(List.of(TREE + "/2017/c.jsonl", TREE)));
  }

  @Test
  void whatNamesNothingSaysSo() {
    NoSuchFileException missing =
        assertThrows(NoSuchFileException.class, () -> names(List.of("no/such/file.jsonl")));
    assertEquals("no/such/file.jsonl", missing.getMessage());
    IllegalArgumentException glob =
        assertThrows(IllegalArgumentException.class, () -> names(List.of(TREE + "/**/*.csv")));
    assertEquals("no file matches " + TREE + "/**/*.csv", glob.getMessage());
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> names(List.of(tmp.toString())));
    assertTrue(
        empty.getMessage().startsWith("no .jsonl or .jsonl.gz files in the folder " + tmp),
        empty.getMessage());
    assertThrows(IllegalArgumentException.class, () -> names(List.of("-", "-")));
  }

  @Test
  void dashIsStandardInputPlainOrGzippedAndItsLinesAreNamedStdin() throws IOException {
    String lines = "{\"id\":\"a\",\"body\":\"b\"}\n{\"id\":\"c\"}\n";
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(zipped)) {
      out.write(lines.getBytes(StandardCharsets.UTF_8));
    }
    for (byte[] bytes : List.of(lines.getBytes(StandardCharsets.UTF_8), zipped.toByteArray())) {
      List<InputSource> sources =
          InputSources.resolve(
              List.of("-"), new ByteArrayInputStream(bytes), DateReader.standard());
      assertEquals(-1, sources.get(0).size(), "the size of standard input is not known in advance");
      List<String> read = new ArrayList<>();
      try (JsonLinesReader reader = sources.get(0).open()) {
        reader.forEachRemaining(r -> read.add(r.location() + " " + r.getClass().getSimpleName()));
      }
      assertEquals(List.of("<stdin>:1 ArticleRecord", "<stdin>:2 Rejected"), read);
    }
  }
}
