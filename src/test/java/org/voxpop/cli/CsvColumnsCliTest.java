package org.voxpop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;

/**
 * {@code search --format csv} and {@code export} write one table, with the same {@code --fields}.
 */
class CsvColumnsCliTest {
  private static final String INDEX = FixtureIndex.dir().toString();

  @Test
  void searchCsvAndExportWriteTheSameColumnsAndRows() {
    CliTest.Run search =
        CliTest.run("search", "--index", INDEX, "Raqqa", "--scope", "both", "--format", "csv");
    CliTest.Run export =
        CliTest.run("export", "--index", INDEX, "Raqqa", "--scope", "both", "--format", "csv");
    assertEquals(0, search.code(), search.err());
    assertEquals(0, export.code(), export.err());
    assertEquals(export.out().lines().findFirst(), search.out().lines().findFirst(), "one header");
    assertEquals(
        export.out().lines().sorted().toList(),
        search.out().lines().sorted().toList(),
        "the same rows");
  }

  @Test
  void anyKeptFieldIsSelectableAndAnUnknownOneIsAUserError() {
    CliTest.Run source =
        CliTest.run(
            "search",
            "--index",
            INDEX,
            "Raqqa",
            "--format",
            "csv",
            "--fields",
            "source,comment_id");
    assertEquals(0, source.code(), source.err());
    assertEquals("source,comment_id\r\nBBC,7\r\n", source.out());

    CliTest.Run unknown = CliTest.run("export", "--index", INDEX, "--fields", "source,topicz");
    assertEquals(1, unknown.code());
    assertTrue(
        unknown
            .err()
            .contains("unknown field 'topicz'; known fields: type, article_id, comment_id"),
        unknown.err());
    assertEquals("", unknown.out(), "nothing is written before the error");

    CliTest.Run table = CliTest.run("search", "--index", INDEX, "Raqqa", "--fields", "source");
    assertEquals(1, table.code(), "--fields without --format csv is not ignored in silence");
    assertTrue(table.err().contains("--fields picks the columns of --format csv"), table.err());
  }

  @Test
  void facetsAndDimsAreOneOptionOnBothCommands() {
    for (String command : new String[] {"search", "facets"}) {
      CliTest.Run dims = CliTest.run(command, "--index", INDEX, "Raqqa", "--dims", "source");
      CliTest.Run facets = CliTest.run(command, "--index", INDEX, "Raqqa", "--facets", "source");
      assertEquals(0, dims.code(), dims.err());
      assertEquals(
          facets.out().replaceAll("\\(\\d+ ms\\)", ""),
          dims.out().replaceAll("\\(\\d+ ms\\)", ""),
          command);
      assertTrue(dims.out().contains("BBC"), dims.out());
    }
  }
}
