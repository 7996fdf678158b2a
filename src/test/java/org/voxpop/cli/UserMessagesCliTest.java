package org.voxpop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.FixtureIndex;

/**
 * Golden messages for mistakes a user makes on the command line: each is one plain sentence (two
 * more lines for a query, with a caret under the problem), exit code 1, and nothing of the
 * program's insides ("I/O error: /etc/passwd", "Address already in use", "Lexical error").
 */
class UserMessagesCliTest {
  @TempDir Path tmp;

  @Test
  void aQuerySyntaxErrorShowsTheQueryWithACaretUnderTheProblem() {
    CliTest.Run run =
        CliTest.run("search", "--index", FixtureIndex.dir().toString(), "Obama AND \"White House");
    assertEquals(1, run.code(), run.err());
    assertEquals(
        String.join(
            System.lineSeparator(),
            "voxpop: query syntax error at column 11: missing closing quote: the phrase that starts here is never closed",
            "  Obama AND \"White House",
            "            ^",
            ""),
        run.err().replace("\n", System.lineSeparator()));
  }

  @Test
  void anOperatorWithNothingAfterItIsNamed() {
    CliTest.Run run =
        CliTest.run(
            "facets", "--index", FixtureIndex.dir().toString(), "--dims", "entity", "Raqqa AND");
    assertEquals(1, run.code(), run.err());
    assertEquals(
        "voxpop: query syntax error at column 7: AND needs a term after it\n  Raqqa AND\n        ^\n",
        run.err());
  }

  @Test
  void aFileGivenAsTheIndexIsNamedAsAFile() throws Exception {
    Path file = Files.writeString(tmp.resolve("passwd"), "root:x:0:0\n");
    String expected =
        "voxpop: not an index folder: "
            + file
            + " is a file; give --index a folder (a new or empty one to create an index)\n";
    CliTest.Run index =
        CliTest.run("index", "--index", file.toString(), "index-fixtures/seed.jsonl");
    assertEquals(1, index.code(), index.err());
    assertEquals(expected, index.err());
    CliTest.Run search = CliTest.run("search", "--index", file.toString(), "x");
    assertEquals(1, search.code(), search.err());
    assertEquals(expected, search.err());
    assertEquals("root:x:0:0\n", Files.readString(file));

    CliTest.Run inside =
        CliTest.run(
            "index", "--index", file.resolve("sub").toString(), "index-fixtures/seed.jsonl");
    assertEquals(1, inside.code(), inside.err());
    assertEquals(
        "voxpop: not a folder: " + file.resolve("sub") + " is a file, or lies inside one\n",
        inside.err());
  }

  @Test
  void aPortInUseIsAUserErrorThatSaysWhatToDo() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      CliTest.Run run =
          CliTest.run(
              "serve", "--index", FixtureIndex.dir().toString(), "--port", Integer.toString(port));
      assertEquals(1, run.code(), run.err());
      assertEquals(
          "voxpop: port "
              + port
              + " is already in use; choose another with --port (0 picks a free one)\n",
          run.err());
    }
  }
}
