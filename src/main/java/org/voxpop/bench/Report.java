package org.voxpop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Renders a results document as the Markdown table that {@code docs/performance.md} quotes. */
final class Report {
  private Report() {}

  static String markdown(JsonNode report) {
    StringBuilder md = new StringBuilder();
    JsonNode env = report.path("environment");
    md.append("# voxpop benchmark results (").append(env.path("mode").asText()).append(")\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Machine: %s, %d cores, JDK %s, Lucene %s, commit `%s`, %s. Total %.0f s.%n%n",
            env.path("os").asText(),
            env.path("cores").asInt(),
            env.path("jdk").asText(),
            env.path("lucene").asText(),
            env.path("commit").asText(),
            env.path("date").asText(),
            report.path("total_seconds").asDouble()));
    md.append(
        "Ratios are measured side by side in one run; 95% confidence intervals in brackets.\n\n");
    StringBuilder enrichment = new StringBuilder();
    boolean header = false;
    for (JsonNode run : report.path("runs")) {
      if (!run.path("kind").asText().equals("indexing")) {
        continue;
      }
      if (!header) {
        md.append("## Indexing throughput (documents per second)\n\n");
        md.append(
            "Configurations: plain Lucene (StandardAnalyzer, title and text, stored); the same plus voxpop's facet fields\n"
                + "that need no enrichment (source, section, author, date, type); voxpop with enrichment off (its full schema:\n"
                + "exact and stemmed text, entity offsets, numeric fields, facets, the kept input record); voxpop with entities, sentiment and abuse.\n\n");
        md.append(
            "| run | threads | docs | plain | plain + facets | voxpop, no enrichment | voxpop, enriched | (plain+facets) / plain | voxpop no enrichment / plain | voxpop enriched / plain | index / input size |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        header = true;
      }
      JsonNode enrich = run.path("enrichment_mb_per_s_one_thread");
      if (!enrich.isMissingNode()) {
        enrichment.append(
            String.format(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f |%n",
                run.path("name").asText(),
                enrich.path("entities").asDouble(),
                enrich.path("sentiment").asDouble(),
                enrich.path("abuse").asDouble()));
      }
      for (JsonNode t : run.path("threads")) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %,d | %,.0f | %,.0f | %,.0f | %,.0f | %s | %s | %s | %.2f |%n",
                run.path("name").asText(),
                t.path("threads").asInt(),
                t.path("docs").asLong(),
                t.path("plain_docs_per_s").path("mean").asDouble(),
                t.path("plain_facets_docs_per_s").path("mean").asDouble(),
                t.path("voxpop_bare_docs_per_s").path("mean").asDouble(),
                t.path("voxpop_full_docs_per_s").path("mean").asDouble(),
                ci(t.path("plain_facets_over_plain")),
                ci(t.path("voxpop_bare_over_plain")),
                ci(t.path("voxpop_full_over_plain")),
                t.path("voxpop_index_over_input").asDouble()));
      }
    }
    if (!enrichment.isEmpty()) {
      md.append(
          "\n## Enrichment alone, one thread (MB/s of UTF-8 text)\n\n| run | entities | sentiment | abuse |\n|---|---:|---:|---:|\n");
      md.append(enrichment);
    }
    header = false;
    for (JsonNode run : report.path("runs")) {
      if (!run.path("kind").asText().equals("query")) {
        continue;
      }
      if (!header) {
        md.append("\n## Query latency (milliseconds)\n\n");
        md.append(
            String.format(
                Locale.ROOT,
                "Each query index is merged to one segment per search thread (`voxpop index --merge`); both sides search with %d threads.%n%n",
                run.path("search_threads").asInt(1)));
        // The mean of per-call ratios with its interval, and the ratio of the medians, which a
        // few slow calls (a collection pause on either side) do not move.
        md.append(
            "| run | comments | scenario | baseline p50 / p95 / p99 | voxpop p50 / p95 / p99 | voxpop / baseline, mean [95% CI] | voxpop p50 / baseline p50 |\n");
        md.append("|---|---:|---|---:|---:|---:|---:|\n");
        header = true;
      }
      for (JsonNode s : run.path("scenarios")) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %,d | %s | %.2f / %.2f / %.2f | %.2f / %.2f / %.2f | %.2f [%.2f, %.2f] | %.2f |%n",
                run.path("name").asText(),
                run.path("comments").asLong(),
                s.path("scenario").asText(),
                s.path("baseline_p50_ms").asDouble(),
                s.path("baseline_p95_ms").asDouble(),
                s.path("baseline_p99_ms").asDouble(),
                s.path("voxpop_p50_ms").asDouble(),
                s.path("voxpop_p95_ms").asDouble(),
                s.path("voxpop_p99_ms").asDouble(),
                s.path("ratio_mean").asDouble(),
                s.path("ratio_ci95_low").asDouble(),
                s.path("ratio_ci95_high").asDouble(),
                s.path("ratio_p50").asDouble()));
      }
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | | index size %.1f MiB, heap after load %.1f MiB (%.1f MiB of it the open"
                  + " index, both sides) | | | | |%n",
              run.path("name").asText(),
              run.path("index_bytes").asLong() / 1048576.0,
              run.path("heap_bytes_after_load").asLong() / 1048576.0,
              run.path("heap_bytes_of_open_index").asLong() / 1048576.0));
    }
    if (report.path("failures").size() > 0) {
      md.append("\n**Runs with wrong counts:** ")
          .append(report.path("failures").toString())
          .append('\n');
    }
    return md.toString();
  }

  private static String ci(JsonNode interval) {
    return String.format(
        Locale.ROOT,
        "%.2f [%.2f, %.2f]",
        interval.path("mean").asDouble(),
        interval.path("ci95_low").asDouble(),
        interval.path("ci95_high").asDouble());
  }
}
