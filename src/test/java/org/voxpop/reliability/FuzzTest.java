package org.voxpop.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.tests.util.TestUtil;
import org.junit.jupiter.api.Test;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.StancedMention;
import org.voxpop.enrich.TextEnrichment;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.input.InputRecord;
import org.voxpop.input.JsonLinesReader;
import org.voxpop.query.QuerySyntaxException;
import org.voxpop.query.QueryTranslator;

/**
 * Randomised property tests (seeded, so a failure reproduces): whatever the input, the readers, the
 * query parser and the enrichment never throw unexpectedly, offsets stay inside the text and scores
 * stay finite and in range. Strings come from Lucene's test utilities, which mix every Unicode
 * plane, surrogates, combining marks and control characters.
 */
class FuzzTest {
  private static final long SEED = Long.getLong("voxpop.fuzz.seed", 20261125L);
  private static final int ROUNDS = Integer.getInteger("voxpop.fuzz.rounds", 1500);

  private static String randomText(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> TestUtil.randomUnicodeString(random, 200);
      case 1 -> TestUtil.randomRealisticUnicodeString(random, 0, 300);
      case 2 -> TestUtil.randomSimpleString(random, 300);
      case 3 -> TestUtil.randomHtmlishString(random, 100);
      default -> mutateSeed(random);
    };
  }

  private static final String SEED_TEXT =
      "When US-backed Syrian fighters took full control of the city of Raqqa, IS fighters escaped. "
          + "USA and Britain rescued ISIS… the US bombed them in Allepo, Yarmook, Daraa. let us see, This is it!!! ";

  private static String mutateSeed(Random random) {
    StringBuilder text = new StringBuilder(SEED_TEXT);
    for (int i = 0, n = random.nextInt(20); i < n; i++) {
      int at = random.nextInt(text.length() + 1);
      text.insert(at, TestUtil.randomUnicodeString(random, 3));
    }
    return text.toString();
  }

  @Test
  void theReaderTurnsEveryLineIntoExactlyOneRecord() {
    Random random = new Random(SEED);
    for (int round = 0; round < ROUNDS; round++) {
      List<String> lines = new ArrayList<>();
      int n = 1 + random.nextInt(5);
      for (int i = 0; i < n; i++) {
        String text = randomText(random).replace("\n", " ").replace("\r", " ");
        lines.add(
            random.nextBoolean() ? text : "{\"id\":\"" + i + "\",\"body\":" + quote(text) + "}");
      }
      byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
      List<InputRecord> records = new ArrayList<>();
      JsonLinesReader.of("fuzz", new ByteArrayInputStream(bytes)).forEachRemaining(records::add);
      long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
      assertEquals(nonBlank, records.size(), "round " + round + ": " + lines);
    }
  }

  @Test
  void theQueryParserEitherParsesOrExplains() {
    Random random = new Random(SEED + 1);
    QueryTranslator translator = new QueryTranslator(Gazetteer.defaultGazetteer());
    String[] fragments = {
      "entity:",
      "\"",
      "(",
      ")",
      "AND",
      "OR",
      "NOT",
      "*",
      "?",
      "~",
      "^2",
      "[",
      " TO ",
      "]",
      "{",
      "}",
      "published:",
      "compound:",
      "sentiment:",
      "/",
      "\\",
      ":",
      "type:",
      "+",
      "-",
      "&&",
      "||",
      "!"
    };
    for (int round = 0; round < ROUNDS; round++) {
      StringBuilder query = new StringBuilder();
      for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
        query.append(
            random.nextBoolean()
                ? fragments[random.nextInt(fragments.length)]
                : TestUtil.randomRealisticUnicodeString(random, 0, 8));
      }
      try {
        translator.translate(query.toString());
      } catch (QuerySyntaxException expected) {
        assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
      }
    }
  }

  @Test
  void enrichmentKeepsOffsetsInsideTheTextAndScoresInRange() {
    Random random = new Random(SEED + 2);
    EnrichmentPipeline pipeline = EnrichmentPipeline.create();
    for (int round = 0; round < ROUNDS; round++) {
      String text = randomText(random);
      TextEnrichment result = pipeline.enrich(text);
      int lastStart = -1;
      for (StancedMention m : result.mentions()) {
        assertTrue(
            m.mention().start() >= 0
                && m.mention().start() < m.mention().end()
                && m.mention().end() <= text.length(),
            "offsets inside the text: " + m);
        assertTrue(m.mention().start() >= lastStart, "mentions in text order");
        lastStart = m.mention().start();
        m.stance()
            .value()
            .ifPresent(s -> assertTrue(Double.isFinite(s) && s >= -1 && s <= 1, "stance " + s));
      }
      result
          .sentiment()
          .value()
          .ifPresent(
              s -> {
                assertTrue(
                    Double.isFinite(s.compound()) && s.compound() >= -1 && s.compound() <= 1,
                    "compound " + s.compound());
                s.sentences()
                    .forEach(
                        sentence ->
                            assertTrue(sentence.start() >= 0 && sentence.end() <= text.length()));
              });
      result
          .abuse()
          .value()
          .ifPresent(
              a -> assertTrue(Double.isFinite(a.score()) && a.score() >= 0 && a.score() <= 1));
    }
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
