package org.voxpop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Draws the two charts of the performance page as plain SVG, with no charting library. */
final class Charts {
  private Charts() {}

  private static final String[] COLOURS = {"#4c72b0", "#dd8452", "#55a868", "#c44e52"};

  static void write(JsonNode report, Path outDir, String mode) throws IOException {
    Files.writeString(
        outDir.resolve("throughput-vs-threads-" + mode + ".svg"),
        throughput(report),
        StandardCharsets.UTF_8);
    Files.writeString(
        outDir.resolve("latency-vs-size-" + mode + ".svg"),
        latency(report),
        StandardCharsets.UTF_8);
  }

  /** Grouped bars: docs/s of plain, facets-only and enriched indexing per thread count. */
  static String throughput(JsonNode report) {
    List<String> labels = new ArrayList<>();
    List<double[]> groups = new ArrayList<>();
    for (JsonNode run : report.path("runs")) {
      if (!run.path("kind").asText().equals("indexing")) {
        continue;
      }
      for (JsonNode t : run.path("threads")) {
        labels.add(run.path("name").asText() + ", " + t.path("threads").asInt() + " thr");
        groups.add(
            new double[] {
              t.path("plain_docs_per_s").path("mean").asDouble(),
                  t.path("plain_facets_docs_per_s").path("mean").asDouble(),
              t.path("voxpop_bare_docs_per_s").path("mean").asDouble(),
                  t.path("voxpop_full_docs_per_s").path("mean").asDouble()
            });
      }
    }
    double max = groups.stream().flatMapToDouble(java.util.Arrays::stream).max().orElse(1);
    int width = 120 + labels.size() * 200;
    StringBuilder svg = header(width, 360, "Indexing throughput (docs/s): plain Lucene vs voxpop");
    for (int g = 0; g < groups.size(); g++) {
      for (int b = 0; b < 4; b++) {
        double h = 220 * groups.get(g)[b] / max;
        double x = 80 + g * 200 + b * 40;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x='%.0f' y='%.1f' width='34' height='%.1f' fill='%s'/>%n",
                x,
                270 - h,
                h,
                COLOURS[b]));
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x='%.0f' y='%.1f' font-size='10' text-anchor='middle'>%,.0f</text>%n",
                x + 17,
                266 - h,
                groups.get(g)[b]));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x='%d' y='290' font-size='11' text-anchor='middle'>%s</text>%n",
              80 + g * 200 + 77,
              escape(labels.get(g))));
    }
    legend(
        svg,
        List.of(
            "plain Lucene", "plain + facet fields", "voxpop, no enrichment", "voxpop, enriched"),
        width);
    return svg.append("</svg>\n").toString();
  }

  /** Lines: voxpop p50 latency per scenario against index size (comments). */
  static String latency(JsonNode report) {
    List<JsonNode> runs = new ArrayList<>();
    report
        .path("runs")
        .forEach(
            r -> {
              if (r.path("kind").asText().equals("query")) {
                runs.add(r);
              }
            });
    runs.sort(java.util.Comparator.comparingLong(r -> r.path("comments").asLong()));
    StringBuilder svg = header(640, 360, "Query latency p50 (ms) vs index size (comments)");
    if (runs.isEmpty()) {
      return svg.append("</svg>\n").toString();
    }
    List<String> scenarios = new ArrayList<>();
    List<Integer> drawn = new ArrayList<>();
    JsonNode first = runs.get(0).path("scenarios");
    for (int i = 0; i < first.size(); i++) {
      if (first.get(i).path("charted").asBoolean(true)) {
        scenarios.add(first.get(i).path("scenario").asText());
        drawn.add(i);
      }
    }
    double maxMs = 0.001;
    for (JsonNode run : runs) {
      for (JsonNode s : run.path("scenarios")) {
        maxMs = Math.max(maxMs, s.path("voxpop_p50_ms").asDouble());
      }
    }
    double maxLog = Math.log10(Math.max(10, runs.get(runs.size() - 1).path("comments").asLong()));
    double minLog = Math.log10(Math.max(1, runs.get(0).path("comments").asLong())) - 0.2;
    for (int i = 0; i < scenarios.size(); i++) {
      StringBuilder points = new StringBuilder();
      for (JsonNode run : runs) {
        JsonNode s = run.path("scenarios").get(drawn.get(i));
        double x =
            70
                + 500
                    * (Math.log10(run.path("comments").asLong()) - minLog)
                    / Math.max(0.1, maxLog - minLog);
        double y = 290 - 240 * s.path("voxpop_p50_ms").asDouble() / maxMs;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        svg.append(
            String.format(
                Locale.ROOT,
                "<circle cx='%.1f' cy='%.1f' r='3' fill='%s'/>%n",
                x,
                y,
                COLOURS[i % 4]));
        if (i == 0) {
          svg.append(
              String.format(
                  Locale.ROOT,
                  "<text x='%.1f' y='308' font-size='10' text-anchor='middle'>%,d</text>%n",
                  x,
                  run.path("comments").asLong()));
        }
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<polyline points='%s' fill='none' stroke='%s' stroke-width='2'/>%n",
              points.toString().strip(),
              COLOURS[i % 4]));
    }
    svg.append(
        String.format(Locale.ROOT, "<text x='20' y='60' font-size='10'>%.1f ms</text>%n", maxMs));
    legend(svg, scenarios, 640);
    return svg.append("</svg>\n").toString();
  }

  private static StringBuilder header(int width, int height, String title) {
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif'>%n",
            width,
            height + 60));
    svg.append(String.format(Locale.ROOT, "<rect width='100%%' height='100%%' fill='white'/>%n"));
    svg.append(
        String.format(
            Locale.ROOT, "<text x='10' y='24' font-size='15'>%s</text>%n", escape(title)));
    svg.append("<line x1='60' y1='270' x2='")
        .append(width - 20)
        .append("' y2='270' stroke='#333'/>\n");
    return svg;
  }

  private static void legend(StringBuilder svg, List<String> names, int width) {
    for (int i = 0; i < names.size(); i++) {
      int y = 330 + i * 16;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x='70' y='%d' width='12' height='12' fill='%s'/>%n",
              y - 10,
              COLOURS[i % 4]));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x='88' y='%d' font-size='11'>%s</text>%n",
              y,
              escape(names.get(i))));
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
