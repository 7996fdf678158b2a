package org.voxpop.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.voxpop.index.Schema;
import org.voxpop.query.ExportFormat;
import org.voxpop.query.Scope;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.SearchResult;
import org.voxpop.query.SortOrder;
import org.voxpop.query.VoxpopSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code voxpop search QUERY}: hits and facets from the index. */
@Command(
    name = "search",
    sortOptions = false,
    description = {
      "Search comments (or articles) and count facets: how many comments, in how many articles.",
      "",
      "Query syntax: words, \"phrases\", AND OR NOT, +must -mustnot, (groups), wild*cards, and fields:",
      "  entity:Q30  entity:\"United States\"  entity:America",
      "    (an entity by any name the facets show or the gazetteer knows)",
      "  sentiment:negative  abuse:likely  source:BBC  author:NAME  type:comment",
      "  identity_attack:likely  insult:possible  profanity:likely  threat:likely   (kinds of abuse)",
      "  compound:[* TO -0.5]  likes:[10 TO *]  published:[2017-10 TO 2017-11]",
      "Values match whatever their case; an unknown value is an error naming the nearest known ones.",
      "An empty query (\"\") matches everything."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop search Raqqa",
      "  voxpop search 'entity:\"United States\" AND sentiment:negative' --facets source",
      "  voxpop search '' --drill entity=Obama --facets sentiment --format json"
    })
final class SearchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin IndexDirOption index;

  @Mixin QueryOptions queryOptions;

  @Option(
      names = {"--facets", "--dims"},
      split = ",",
      paramLabel = "DIM",
      description =
          "Facet dimensions to count (default: entity,sentiment,source); --dims is another name for"
              + " --facets, as on `voxpop facets`. Known: ${COMPLETION-CANDIDATES}.",
      completionCandidates = Dims.class)
  List<String> facets;

  @Option(
      names = {"-n", "--size"},
      defaultValue = "10",
      description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(
      names = "--top",
      defaultValue = "10",
      description = "Values per facet (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--format",
      defaultValue = "table",
      description =
          "table, json or csv (default: ${DEFAULT-VALUE}); csv has the columns of `voxpop export`, which writes every hit.")
  String format;

  @Mixin ExportFieldsOption fields;

  @Option(
      names = "--sort",
      defaultValue = "relevance",
      paramLabel = "ORDER",
      description =
          "relevance, newest, oldest, most_negative, most_positive, most_abusive, most_liked (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(
      names = "--after",
      paramLabel = "CURSOR",
      description = "Show the page after the one that printed this cursor.")
  String after;

  @Option(
      names = "--range",
      split = ",",
      paramLabel = "NAME",
      description = "Numeric range facets: compound, abuse_score, likes.")
  List<String> ranges = List.of();

  @Option(
      names = "--prefix",
      paramLabel = "DIM=TEXT",
      description = "Only facet values (entity names) of DIM starting with TEXT, e.g. entity=Isr.")
  List<String> prefixes = new ArrayList<>();

  @Option(
      names = "--path",
      paramLabel = "DIM=A/B",
      description =
          "Count the children of a path of a hierarchical facet, e.g. published=2016 for months.")
  List<String> paths = new ArrayList<>();

  /** The dimension names, for help and shell completion. */
  static final class Dims extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Dims() {
      super(Schema.allDims());
    }
  }

  @Override
  public Integer call() throws Exception {
    SearchRequest.Builder builder =
        queryOptions
            .builder()
            .pageSize(size)
            .facetTopN(top)
            .facets(
                (facets == null
                        ? List.of(Schema.DIM_ENTITY, Schema.DIM_SENTIMENT, Schema.DIM_SOURCE)
                        : facets)
                    .toArray(String[]::new));
    for (String prefix : prefixes) {
      String[] kv = keyValue("--prefix", prefix);
      builder.facetPrefix(kv[0], kv[1]);
    }
    for (String path : paths) {
      String[] kv = keyValue("--path", path);
      builder.facetPath(kv[0], kv[1].split("/"));
    }
    builder.sort(parseSort(sort)).rangeFacets(ranges.toArray(String[]::new));
    if (after != null) {
      builder.after(after);
    }
    try (VoxpopSearcher searcher =
        VoxpopSearcher.open(index.dir, org.voxpop.index.IndexGazetteer.forIndex(index.dir))) {
      queryOptions.defaultScope(builder, searcher);
      SearchResult result = searcher.search(builder.build());
      ResultPrinter printer =
          new ResultPrinter(spec.commandLine().getOut(), Terminal.interactive());
      if (!fields.names.isEmpty() && !format.equalsIgnoreCase("csv")) {
        throw new IllegalArgumentException(
            "--fields picks the columns of --format csv; the "
                + format
                + " format has no columns to pick");
      }
      switch (format.toLowerCase(Locale.ROOT)) {
        case "json" -> printer.json(result);
        case "csv" -> {
          searcher.writeHits(
              result.hits(),
              searcher.exportColumns(fields.names),
              ExportFormat.CSV,
              spec.commandLine().getOut());
          spec.commandLine().getOut().flush();
        }
        case "table" -> {
          printer.hits(result);
          printer.facets(result);
          result
              .nextCursor()
              .ifPresent(c -> spec.commandLine().getOut().println("\nNext page: --after " + c));
        }
        default ->
            throw new IllegalArgumentException(
                "--format is table, json or csv, not '" + format + "'");
      }
    }
    return ExitCodes.OK;
  }

  static Scope parseScope(String value) {
    try {
      return Scope.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--scope is comments, articles, both, articles_by_comments or comments_by_article, not '"
              + value
              + "'");
    }
  }

  static SortOrder parseSort(String value) {
    try {
      return SortOrder.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--sort is relevance, newest, oldest, most_negative, most_positive, most_abusive or most_liked, not '"
              + value
              + "'");
    }
  }

  static String[] keyValue(String option, String text) {
    int eq = text.indexOf('=');
    if (eq <= 0 || eq == text.length() - 1) {
      throw new IllegalArgumentException(
          option + " takes DIM=VALUE (e.g. entity=Q30 or published=2017/11), not '" + text + "'");
    }
    return new String[] {text.substring(0, eq), text.substring(eq + 1)};
  }
}
