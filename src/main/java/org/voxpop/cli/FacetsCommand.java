package org.voxpop.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.voxpop.index.Schema;
import org.voxpop.query.FacetDimension;
import org.voxpop.query.FacetValue;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.SearchResult;
import org.voxpop.query.VoxpopSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code voxpop facets}: facet counts only, for a query or the whole archive. */
@Command(
    name = "facets",
    sortOptions = false,
    description =
        "Count facet values (comments and distinct articles) for a query, without listing hits.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop facets --facets entity,person,location --top 20",
      "  voxpop facets 'sentiment:negative' --facets stance --path stance=Q30",
      "  voxpop facets --facets entity --prefix entity=Isr --format csv"
    })
final class FacetsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin IndexDirOption index;

  @Mixin QueryOptions query;

  @Option(
      names = {"--facets", "--dims"},
      split = ",",
      paramLabel = "DIM",
      description =
          "Facet dimensions to count (default: entity,sentiment,abuse,source); --dims is another name for"
              + " --facets, as on `voxpop search`. Known: ${COMPLETION-CANDIDATES}.",
      completionCandidates = SearchCommand.Dims.class)
  List<String> dims;

  @Option(
      names = "--top",
      defaultValue = "10",
      description = "Values per dimension (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--prefix",
      paramLabel = "DIM=TEXT",
      description = "Only values (entity names) of DIM starting with TEXT.")
  List<String> prefixes = List.of();

  @Option(
      names = "--path",
      paramLabel = "DIM=A/B",
      description = "Count the children of a path, e.g. published=2016.")
  List<String> paths = List.of();

  @Option(
      names = "--range",
      split = ",",
      paramLabel = "NAME",
      description = "Numeric range facets: compound, abuse_score, likes.")
  List<String> ranges = List.of();

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    SearchRequest.Builder builder =
        query
            .builder()
            .pageSize(0)
            .facetTopN(top)
            .facets(
                (dims == null
                        ? List.of(
                            Schema.DIM_ENTITY,
                            Schema.DIM_SENTIMENT,
                            Schema.DIM_ABUSE,
                            Schema.DIM_SOURCE)
                        : dims)
                    .toArray(String[]::new))
            .rangeFacets(ranges.toArray(String[]::new));
    for (String prefix : prefixes) {
      String[] kv = SearchCommand.keyValue("--prefix", prefix);
      builder.facetPrefix(kv[0], kv[1]);
    }
    for (String path : paths) {
      String[] kv = SearchCommand.keyValue("--path", path);
      builder.facetPath(kv[0], kv[1].split("/"));
    }
    try (VoxpopSearcher searcher =
        VoxpopSearcher.open(index.dir, org.voxpop.index.IndexGazetteer.forIndex(index.dir))) {
      query.defaultScope(builder, searcher);
      SearchResult result = searcher.search(builder.build());
      var out = spec.commandLine().getOut();
      switch (format.toLowerCase(Locale.ROOT)) {
        case "json" -> out.println(org.voxpop.query.ResultJson.toJson(result).toPrettyString());
        case "csv" -> {
          out.print("dim,path,value,label,comments,articles\r\n");
          for (FacetDimension dim : result.facets()) {
            for (FacetValue v : dim.values()) {
              out.print(
                  org.voxpop.query.Csv.row(
                      dim.dim(),
                      String.join("/", dim.path()),
                      v.value(),
                      v.label(),
                      Integer.toString(v.comments()),
                      Integer.toString(v.articles())));
            }
          }
        }
        case "table" -> {
          out.println(
              Plural.of(result.totalHits(), "hit")
                  + " in "
                  + Plural.of(result.distinctArticles(), "article"));
          ResultPrinter printer = new ResultPrinter(out, Terminal.interactive());
          printer.facets(result);
        }
        default ->
            throw new IllegalArgumentException(
                "--format is table, json or csv, not '" + format + "'");
      }
      out.flush();
    }
    return ExitCodes.OK;
  }
}
