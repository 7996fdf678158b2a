package org.voxpop.enrich.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.enrich.entity.ConllEntityEvaluation.DocumentRecognizer;
import org.voxpop.enrich.entity.ConllEntityEvaluation.TokenSpan;

class ConllEntityEvaluationTest {

  static final EntityRecognizer R = EntityRecognizer.create();

  static String printed(ConllEntityEvaluation.Result r) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    r.print(new PrintStream(b, true, StandardCharsets.UTF_8));
    return b.toString(StandardCharsets.UTF_8);
  }

  @Test
  void conll2003TagsWithMiscLeftOut(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("c.conll");
    Files.writeString(
        f,
        """
        -DOCSTART- -X- O O

        Angela NNP B-NP B-PER
        Merkel NNP I-NP I-PER
        visited VBD B-VP O
        Paris NNP B-NP B-LOC
        with IN B-PP O
        French JJ B-NP B-MISC
        officials NNS I-NP O
        . . O O
        """,
        StandardCharsets.UTF_8);
    ConllEntityEvaluation.Result r = ConllEntityEvaluation.evaluate(f, Optional.empty(), R);
    assertEquals(1, r.perType().get("PERSON").correct());
    assertEquals(1, r.perType().get("LOCATION").correct());
    assertEquals(2, r.micro().predicted(), "the demonym French is not scored");
    String out = printed(r);
    assertTrue(out.contains("MISC (1 gold)"), out);
    String[] lines = out.strip().split("\n");
    assertEquals("micro-F1: 1.000", lines[lines.length - 1]);
  }

  @Test
  void handlesFollowTheCorpusConvention(@TempDir Path dir) throws IOException {
    Path btc = dir.resolve("btc");
    Files.writeString(
        btc, "RT\tO\n@\tB-PER\nNikoWavy\tB-PER\nsays\tO\nhi\tO\n", StandardCharsets.UTF_8);
    ConllEntityEvaluation.Result r = ConllEntityEvaluation.evaluate(btc, Optional.empty(), R);
    // The Broad Twitter Corpus tags "@" and the name as people; voxpop calls an unknown handle an
    // account, not a person, so it scores nothing there unless handles are left out.
    assertEquals(2, r.perType().get("PERSON").gold());
    assertEquals(0, r.perType().get("PERSON").predicted());
    ConllEntityEvaluation.Result none =
        ConllEntityEvaluation.evaluate(btc, Optional.empty(), R, true);
    assertEquals(0, none.micro().gold());
    assertEquals(0, none.micro().predicted());
    Path wnut = dir.resolve("wnut");
    Files.writeString(wnut, "@justinbieber\tO\nlove\tO\nyou\tO\n", StandardCharsets.UTF_8);
    assertEquals(0, ConllEntityEvaluation.evaluate(wnut, Optional.empty(), R).micro().predicted());
  }

  @Test
  void malformedLinesAreNamed(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad");
    Files.writeString(f, "Syria\tB-location\nlonely\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConllEntityEvaluation.evaluate(f, Optional.empty(), R));
    assertTrue(e.getMessage().endsWith(f + ":2: expected a token and a tag"), e.getMessage());
  }

  @Test
  void outputIsTheInputWithOneColumnAdded(@TempDir Path dir) throws IOException {
    // Blank lines before the first -DOCSTART-, a sentence before it, two -DOCSTART- in a row and
    // lines after the last sentence: each comes back where it stood.
    List<String> in =
        List.of(
            "",
            "Obama NNP B-NP B-PER",
            "spoke VBD B-VP O",
            "",
            "-DOCSTART- -X- -X- O",
            "",
            "-DOCSTART- -X- -X- O",
            "",
            "Merkel NNP B-NP B-PER",
            "visited VBD B-VP O",
            "Paris NNP B-NP B-LOC",
            "",
            "-DOCSTART- -X- -X- O",
            "");
    Path f = dir.resolve("news.txt");
    Path out = dir.resolve("out.txt");
    Files.write(f, in, StandardCharsets.UTF_8);
    ConllEntityEvaluation.Result r = ConllEntityEvaluation.evaluate(f, Optional.of(out), R);
    assertEquals(2, r.sentences());
    assertEquals(5, r.tokens());
    List<String> written = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(in.size(), written.size());
    for (int i = 0; i < in.size(); i++) {
      String w = written.get(i);
      String line =
          in.get(i).isBlank() || in.get(i).startsWith("-DOCSTART-")
              ? w
              : w.substring(0, w.lastIndexOf('\t'));
      assertEquals(in.get(i), line, "line " + (i + 1));
    }
    assertEquals("Paris NNP B-NP B-LOC\tB-LOC", written.get(10));
  }

  /** Two tweets with handles both ways ("@" and name as two tokens, "@CNN" as one). */
  static Path handlesFixture() throws URISyntaxException {
    return Path.of(ConllEntityEvaluationTest.class.getResource("handles.conll").toURI());
  }

  /** A system that answers from a script, one list of spans per sentence, and logs its calls. */
  static final class Scripted implements DocumentRecognizer {
    final List<List<TokenSpan>> answers;
    final List<String> calls = new ArrayList<>();
    int next;

    Scripted(List<List<TokenSpan>> answers) {
      this.answers = answers;
    }

    @Override
    public List<List<TokenSpan>> recognize(List<List<String>> sentences) {
      calls.add("doc");
      List<List<TokenSpan>> out = new ArrayList<>();
      for (List<String> tokens : sentences) {
        calls.add(tokens.get(0));
        out.add(answers.get(next++));
      }
      return out;
    }
  }

  static TokenSpan span(int start, int end, EntityType type) {
    return new TokenSpan(start, end, type, true, false);
  }

  /** Everything right except two handles: "@CNN" typed as a person, "jack" missed. */
  static Scripted wrongOnHandles() {
    return new Scripted(
        List.of(
            List.of(
                span(1, 2, EntityType.PERSON),
                span(2, 3, EntityType.PERSON),
                span(4, 6, EntityType.PERSON),
                span(7, 9, EntityType.LOCATION),
                span(10, 11, EntityType.PERSON)),
            List.of(span(1, 2, EntityType.PERSON), span(4, 5, EntityType.LOCATION))));
  }

  @Test
  void noHandlesLeavesHandlesOutOfGoldAndPrediction() throws Exception {
    ConllEntityEvaluation.Result all =
        ConllEntityEvaluation.evaluate(handlesFixture(), Optional.empty(), wrongOnHandles(), false);
    assertEquals(8, all.micro().gold());
    assertEquals(7, all.micro().predicted());
    assertEquals(6, all.micro().correct());
    assertTrue(all.handles().isEmpty());
    assertTrue(!printed(all).contains("handles left out"), printed(all));

    ConllEntityEvaluation.Result none =
        ConllEntityEvaluation.evaluate(handlesFixture(), Optional.empty(), wrongOnHandles(), true);
    assertEquals(3, none.micro().gold(), "Angela Merkel, New York, Paris");
    assertEquals(3, none.micro().predicted());
    assertEquals(1.0, none.micro().f1());
    ConllEntityEvaluation.Counts h = none.handles().orElseThrow();
    assertEquals(5, h.gold(), "@, NikoWavy, @CNN, @, jack");
    assertEquals(4, h.predicted());
    assertEquals(3, h.correct());
    String out = printed(none);
    assertTrue(
        out.contains("handles left out (--no-handles): 5 gold, 4 predicted (3 of them matching)"),
        out);
    String[] lines = out.strip().split("\n");
    assertEquals("micro-F1: 1.000", lines[lines.length - 1]);
  }

  @Test
  void noHandlesWithTheRecogniserLeavesGoldHandlesOut() throws Exception {
    ConllEntityEvaluation.Result r =
        ConllEntityEvaluation.evaluate(handlesFixture(), Optional.empty(), R, true);
    assertEquals(3, r.micro().gold());
    assertEquals(5, r.handles().orElseThrow().gold());
  }

  @Test
  void outputTagsAMultiTokenSpanBThenI(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.conll");
    Scripted system = wrongOnHandles();
    ConllEntityEvaluation.evaluate(handlesFixture(), Optional.of(out), system, false);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(
        List.of(
            "RT\tO\tO",
            "@\tB-PER\tB-PER",
            "NikoWavy\tB-PER\tB-PER",
            ":\tO\tO",
            "Angela\tB-PER\tB-PER",
            "Merkel\tI-PER\tI-PER",
            "visited\tO\tO",
            "New\tB-LOC\tB-LOC",
            "York\tI-LOC\tI-LOC",
            "with\tO\tO",
            "@CNN\tB-ORG\tB-PER",
            ".\tO\tO",
            "",
            "Thanks\tO\tO",
            "@\tB-PER\tB-PER",
            "jack\tB-PER\tO",
            "in\tO\tO",
            "Paris\tB-LOC\tB-LOC"),
        lines);
    // No "-DOCSTART-" lines: every tweet is a document of its own.
    assertEquals(List.of("doc", "RT", "doc", "Thanks"), system.calls);
  }

  @Test
  void recogniserOutputIsBThenI(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.conll");
    ConllEntityEvaluation.evaluate(handlesFixture(), Optional.of(out), R, false);
    String prev = "O";
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      if (line.isEmpty()) {
        prev = "O";
        continue;
      }
      String tag = line.substring(line.lastIndexOf('\t') + 1);
      if (tag.startsWith("I-")) {
        assertTrue(!prev.equals("O") && prev.substring(2).equals(tag.substring(2)), line);
      }
      prev = tag;
    }
    String written = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(written.contains("Angela\tB-PER\tB-PER\nMerkel\tI-PER\tI-PER\n"), written);
  }

  @Test
  void overlappingSpansAreDroppedAndDocumentsFollowDocstart(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("c.conll");
    Files.writeString(
        f,
        """
        -DOCSTART- -X- O O

        Angela NNP B-NP B-PER
        Merkel NNP I-NP I-PER

        Paris NNP B-NP B-LOC

        -DOCSTART- -X- O O

        Berlin NNP B-NP B-LOC
        """,
        StandardCharsets.UTF_8);
    Scripted system =
        new Scripted(
            List.of(
                List.of(span(0, 2, EntityType.PERSON), span(1, 2, EntityType.LOCATION)),
                List.of(span(0, 1, EntityType.LOCATION)),
                List.of(span(0, 1, EntityType.ORGANIZATION))));
    ConllEntityEvaluation.Result r =
        ConllEntityEvaluation.evaluate(f, Optional.empty(), system, false);
    assertEquals(3, r.micro().predicted(), "the span inside Angela Merkel is dropped");
    assertEquals(2, r.micro().correct());
    assertEquals(List.of("doc", "Angela", "Paris", "doc", "Berlin"), system.calls);
  }

  @Test
  void outputLabelsFollowTheFilesTagSetFromTheFirstSentence(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("wnut.conll");
    Files.writeString(f, "Merkel\tO\nspoke\tO\n\nObama\tB-person\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.conll");
    Scripted system =
        new Scripted(
            List.of(
                List.of(span(0, 1, EntityType.PERSON)), List.of(span(0, 1, EntityType.PERSON))));
    ConllEntityEvaluation.evaluate(f, Optional.of(out), system, false);
    assertEquals(
        List.of("Merkel\tO\tB-person", "spoke\tO\tO", "", "Obama\tB-person\tB-person"),
        Files.readAllLines(out, StandardCharsets.UTF_8));
  }
}
