package org.voxpop.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.voxpop.query.DrillMode;
import org.voxpop.query.FacetDimension;
import org.voxpop.query.FacetValue;
import org.voxpop.query.Hit;
import org.voxpop.query.ResultJson;
import org.voxpop.query.SearchResult;
import org.voxpop.query.VoxpopSearcher;

/** Prints search results as readable tables, with highlighted matches on a terminal. */
final class ResultPrinter {
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private final PrintWriter out;
  private final boolean colour;

  ResultPrinter(PrintWriter out, boolean colour) {
    this.out = out;
    this.colour = colour;
  }

  void hits(SearchResult result) {
    out.printf(
        Locale.ROOT,
        "%s in %s (%d ms)%n",
        Plural.of(result.totalHits(), "hit"),
        Plural.of(result.distinctArticles(), "article"),
        result.took().toMillis());
    if (result.hits().isEmpty()) {
      return;
    }
    TextTable table =
        TextTable.of("#", "article", "text", "author", "date", "sentiment", "entities")
            .limit(1, 28)
            .limit(2, 70)
            .limit(3, 16)
            .limit(6, 40);
    int n = 1;
    for (Hit hit : result.hits()) {
      String where =
          hit.title().orElse(hit.articleId())
              + (hit.matchedComments() > 0
                  ? " (" + hit.matchedComments() + " matching comments)"
                  : "");
      String snippet = hit.snippet();
      table.row(
          n++,
          where,
          (hit.type().equals("comment") ? "" : "[article] ") + snippet,
          hit.author().orElse(""),
          hit.date().map(d -> d.substring(0, Math.min(10, d.length()))).orElse(""),
          hit.compound()
              .map(c -> String.format(Locale.ROOT, "%+.2f %s", c, hit.sentiment().orElse("")))
              .orElse(""),
          hit.entities().stream()
              .map(Hit.MentionView::name)
              .distinct()
              .collect(Collectors.joining(", ")));
    }
    java.io.StringWriter buffer = new java.io.StringWriter();
    table.print(new PrintWriter(buffer));
    out.print(highlight(buffer.toString()));
    out.flush();
  }

  /** Every facet dimension of a result, in its order. */
  void facets(SearchResult result) {
    result.facets().forEach(dim -> facet(dim, result));
  }

  /**
   * One dimension's counts of a result. A dimension with selected values says how they combine and
   * what its counts are, as {@link DrillMode} has it, so that a count above the hits reads as what
   * it is.
   */
  private void facet(FacetDimension dim, SearchResult result) {
    out.println();
    boolean selected = result.selected().stream().anyMatch(s -> s.dim().equals(dim.dim()));
    String how =
        !selected || !org.voxpop.index.Schema.allDims().contains(dim.dim())
            ? ""
            : DrillMode.of(dim.dim()) == DrillMode.ALL_OF
                ? "; hits have all selected values, counted within the hits"
                : "; hits have any selected value, counted as if none were selected";
    out.println(
        dim.dim()
            + (dim.path().isEmpty() ? "" : " / " + String.join(" / ", dim.path()))
            + " ("
            + Plural.of(dim.childCount(), "value")
            + how
            + ")");
    TextTable table = TextTable.of("value", "comments", "articles").limit(0, 40).omitZeroColumns();
    for (FacetValue v : dim.values()) {
      String label = v.label().equals(v.value()) ? v.value() : v.label() + " (" + v.value() + ")";
      table.row(label, v.comments(), v.articles());
    }
    if (dim.missingComments() > 0 || dim.missingArticles() > 0) {
      table.row("(none)", dim.missingComments(), dim.missingArticles());
    }
    table.print(out);
  }

  void json(SearchResult result) {
    out.println(ResultJson.toJson(result).toPrettyString());
    out.flush();
  }

  private String highlight(String text) {
    String start = colour ? BOLD : "";
    String end = colour ? RESET : "";
    return text.replace(VoxpopSearcher.HIGHLIGHT_START, start)
        .replace(VoxpopSearcher.HIGHLIGHT_END, end);
  }
}
