package org.voxpop.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --fields} option of the commands that write tables of hits ({@code export}, {@code
 * search --format csv}): one column set for both, checked against the index by {@link
 * org.voxpop.query.VoxpopSearcher#exportColumns}.
 */
final class ExportFieldsOption {
  @Option(
      names = "--fields",
      split = ",",
      paramLabel = "FIELD",
      description =
          "Columns to write, in order. Default: type, article_id, comment_id, parent_id, title, url,"
              + " source, section, language, author, date, likes, text, compound, sentiment, abuse, entities"
              + " (names, \"; \" between them), entity_ids, stance (\"United States: negative; Israel: neutral\"),"
              + " then every other field of the input the index holds (e.g. topics). Also: mentions (ids, offsets"
              + " and stances, as JSON). An unknown name is an error that lists the known ones.")
  List<String> names = List.of();
}
