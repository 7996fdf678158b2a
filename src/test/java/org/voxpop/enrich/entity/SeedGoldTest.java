package org.voxpop.enrich.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.voxpop.model.Genre;

/** The seed article and its comments against a hand-made list of every entity mention. */
class SeedGoldTest {

  private static final EntityRecognizer RECOGNIZER = EntityRecognizer.create();

  static String resource(String name) throws IOException {
    try (InputStream in = SeedGoldTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** article = the first paragraph, comment-N = each numbered item without its prefix. */
  static Map<String, String> seedDocuments() throws IOException {
    String seed = resource("seed.txt");
    Map<String, String> docs = new LinkedHashMap<>();
    String[] paragraphs = seed.split("\\n\\s*\\n");
    docs.put("article", paragraphs[0].strip());
    Pattern item = Pattern.compile("^\\s+(\\d+)\\. (.*)$", Pattern.MULTILINE);
    Matcher m = item.matcher(seed);
    while (m.find()) {
      docs.put("comment-" + m.group(1), m.group(2).strip());
    }
    return docs;
  }

  record Gold(String doc, String surface, String id, String type) {}

  static List<Gold> gold() throws IOException {
    List<Gold> out = new ArrayList<>();
    for (String line : resource("seed-gold.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      out.add(new Gold(f[0], f[1], f[2], f[3]));
    }
    return out;
  }

  @Test
  void precisionAndRecallOnTheSeed() throws IOException {
    Map<String, String> docs = seedDocuments();
    assertEquals(9, docs.size());
    List<Gold> gold = gold();
    List<Gold> predicted = new ArrayList<>();
    // As the indexer reads them: the article as news, each comment under it as its writing shows.
    DocumentContext article =
        DocumentContext.of(
            RECOGNIZER.recognize(docs.get("article"), Genre.NEWS, DocumentContext.NONE));
    for (Map.Entry<String, String> d : docs.entrySet()) {
      boolean isArticle = d.getKey().equals("article");
      DocumentContext context = isArticle ? DocumentContext.NONE : article;
      List<EntityMention> found =
          isArticle
              ? RECOGNIZER.recognize(d.getValue(), Genre.NEWS, context)
              : RECOGNIZER.recognize(d.getValue(), context);
      for (EntityMention m : found) {
        assertEquals(m.surface(), d.getValue().substring(m.start(), m.end()));
        predicted.add(new Gold(d.getKey(), m.surface(), m.id(), m.type().name()));
      }
    }
    List<Gold> unmatched = new ArrayList<>(predicted);
    List<Gold> missed = new ArrayList<>();
    for (Gold g : gold) {
      if (!unmatched.remove(g)) {
        missed.add(g);
      }
    }
    int tp = gold.size() - missed.size();
    double recall = tp / (double) gold.size();
    double precision = tp / (double) predicted.size();
    String report =
        String.format(
            java.util.Locale.ROOT,
            "P=%.3f R=%.3f missed=%s spurious=%s",
            precision,
            recall,
            missed,
            unmatched);
    System.out.println("seed: " + report);
    assertTrue(recall >= 0.95, report);
    assertTrue(precision >= 0.95, report);
  }

  @Test
  void noIslamicStateOrUnitedStatesFromTheVerbOrThePronoun() throws IOException {
    DocumentContext article =
        DocumentContext.of(
            RECOGNIZER.recognize(seedDocuments().get("article"), Genre.NEWS, DocumentContext.NONE));
    for (String text : seedDocuments().values()) {
      for (Genre genre : Genre.values()) {
        for (EntityMention m : RECOGNIZER.recognize(text, genre, article)) {
          if (m.id().equals("Q2429253") || m.id().equals("Q30")) {
            assertTrue(
                !m.surface().equals("is")
                    && !m.surface().equals("us")
                    && !m.surface().equals("Is")
                    && !m.surface().equals("Us"),
                m.toString());
          }
        }
      }
    }
    String comment8 = seedDocuments().get("comment-8");
    int letUs = comment8.indexOf("let's just");
    for (EntityMention m : RECOGNIZER.recognize(comment8)) {
      assertTrue(m.end() <= letUs || m.start() >= letUs + 5, m.toString());
    }
  }
}
