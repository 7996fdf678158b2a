package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.StancedMention;
import org.voxpop.enrich.TextEnrichment;

/**
 * The seed's comments as a reader takes them: the mean stance of each comment toward each entity it
 * names (the number the stance facet labels), through the whole enrichment pipeline. Comment 1
 * defends the USA and Israel against "typical scum blaming" them; comment 2's "well done." is
 * sarcasm; comment 3 says Iran, America and Russia created IS "to kill"; comment 8 tells others to
 * "stop blaming United States".
 */
class SeedStanceTest {
  private static final EnrichmentPipeline PIPELINE = EnrichmentPipeline.create();

  private static Map<String, Double> meanStances(String comment) {
    TextEnrichment e = PIPELINE.enrich(comment);
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (StancedMention m : e.mentions()) {
      double[] s = sums.computeIfAbsent(m.mention().id(), k -> new double[2]);
      s[0] += m.stance().value().orElseThrow();
      s[1]++;
    }
    Map<String, Double> out = new LinkedHashMap<>();
    sums.forEach((id, s) -> out.put(id, s[0] / s[1]));
    return out;
  }

  @ParameterizedTest(name = "comment {0}, {2} ({1}): {3}")
  @CsvSource(
      textBlock =
          """
      1, Q30,      United States,  not negative
      1, Q801,     Israel,         not negative
      2, Q30,      United States,  negative
      2, Q145,     United Kingdom, negative
      2, Q2429253, Islamic State,  negative
      3, Q794,     Iran,           negative
      3, Q159,     Russia,         negative
      3, Q30,      United States,  negative
      3, Q44329,   Bashar al-Assad, negative
      4, Q30,      United States,  negative
      6, Q30,      United States,  negative
      8, Q30,      United States,  not negative
      """)
  void meanStancePerCommentAndEntity(int comment, String id, String name, String expected) {
    Map<String, Double> stances = meanStances(Seed.COMMENTS.get(comment - 1));
    assertTrue(stances.containsKey(id), name + " is named in comment " + comment + ": " + stances);
    SentimentLabel label = SentimentLabel.of(stances.get(id));
    if (expected.equals("negative")) {
      assertEquals(
          SentimentLabel.NEGATIVE, label, name + " in comment " + comment + ": " + stances);
    } else {
      assertTrue(
          label != SentimentLabel.NEGATIVE, name + " in comment " + comment + ": " + stances);
    }
  }
}
