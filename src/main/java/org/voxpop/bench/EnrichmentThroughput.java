package org.voxpop.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.voxpop.enrich.entity.EntityRecognizer;
import org.voxpop.enrich.sentiment.AbuseScorer;
import org.voxpop.enrich.sentiment.SentimentScorer;
import org.voxpop.input.InputRecord;
import org.voxpop.input.JsonLinesReader;
import org.voxpop.model.Article;
import org.voxpop.model.Comment;

/** Enrichment alone, one thread, over a run's own texts: megabytes (UTF-8) per second per step. */
final class EnrichmentThroughput {
  private EnrichmentThroughput() {}

  static ObjectNode measure(
      ObjectMapper json, Path corpus, EntityRecognizer recognizer, PrintWriter log)
      throws IOException {
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    try (JsonLinesReader reader = JsonLinesReader.open(corpus)) {
      while (reader.hasNext() && bytes < 64L * 1024 * 1024) {
        if (reader.next() instanceof InputRecord.ArticleRecord record) {
          Article article = record.article();
          texts.add(article.body());
          bytes += article.body().getBytes(StandardCharsets.UTF_8).length;
          for (Comment comment : article.comments()) {
            texts.add(comment.text());
            bytes += comment.text().getBytes(StandardCharsets.UTF_8).length;
          }
        }
      }
    }
    SentimentScorer sentiment = SentimentScorer.create();
    AbuseScorer abuse = AbuseScorer.create();
    ObjectNode out = json.createObjectNode();
    out.put("entities", rate(texts, bytes, recognizer::recognize));
    out.put("sentiment", rate(texts, bytes, sentiment::score));
    out.put("abuse", rate(texts, bytes, abuse::score));
    log.printf(
        Locale.ROOT,
        "  enrichment alone, one thread: entities %.1f MB/s, sentiment %.1f MB/s, abuse %.1f MB/s%n",
        out.path("entities").asDouble(),
        out.path("sentiment").asDouble(),
        out.path("abuse").asDouble());
    log.flush();
    return out;
  }

  /** One pass to warm up, then the best of three timed passes. */
  private static double rate(List<String> texts, long bytes, Consumer<String> step) {
    texts.forEach(step);
    double best = Double.MAX_VALUE;
    for (int pass = 0; pass < 3; pass++) {
      long t0 = System.nanoTime();
      texts.forEach(step);
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return BenchHarness.round(bytes / 1e6 / best);
  }
}
