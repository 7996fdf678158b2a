package org.voxpop.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.voxpop.input.ArticleJson;
import org.voxpop.input.PastedTextParser;
import org.voxpop.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code voxpop import-text FILE}: turns pasted article-plus-comments text into JSON Lines. */
@Command(
    name = "import-text",
    sortOptions = false,
    description = {
      "Convert text pasted from a web page - the article's paragraphs, then comments numbered"
          + " '1.', '2.', ... - into one JSON Lines record for `voxpop index`. Prints it, or writes --output."
    },
    footerHeading = "%nExample:%n",
    footer = {"  voxpop import-text page.txt --id bbc-raqqa --source BBC > raqqa.jsonl"})
final class ImportTextCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "UTF-8 text file.")
  Path file;

  @Option(names = "--id", required = true, description = "Article id.")
  String id;

  @Option(names = "--source", description = "Publisher, e.g. BBC.")
  String source;

  @Option(names = "--title", description = "Headline.")
  String title;

  @Option(names = "--url", description = "Article URL.")
  String url;

  @Option(names = "--section", description = "Section of the publication.")
  String section;

  @Option(names = "--author", description = "Byline; repeatable.")
  List<String> authors = List.of();

  @Option(
      names = "--published",
      description = "Publication date or date-time, ISO-8601 (e.g. 2017-11-13).")
  String published;

  @Option(
      names = "--language",
      defaultValue = "en",
      description = "Language code (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write here instead of standard output.")
  Path output;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString());
    }
    PastedTextParser.Parsed parsed =
        PastedTextParser.parse(Files.readString(file, StandardCharsets.UTF_8));
    if (parsed.body().isBlank()) {
      throw new IllegalArgumentException(
          file + ": no article text before the first numbered comment");
    }
    Optional<OffsetDateTime> date = Optional.empty();
    if (published != null) {
      try {
        date =
            Optional.of(
                published.length() == 10
                    ? java.time.LocalDate.parse(published)
                        .atStartOfDay()
                        .atOffset(java.time.ZoneOffset.UTC)
                    : OffsetDateTime.parse(published));
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException(
            "--published takes an ISO-8601 date such as 2017-11-13, not '" + published + "'");
      }
    }
    Article article =
        new Article(
            id,
            Optional.ofNullable(url),
            Optional.ofNullable(source),
            Optional.ofNullable(section),
            Optional.ofNullable(title),
            parsed.body(),
            authors,
            date,
            Optional.ofNullable(language),
            parsed.comments(),
            Map.of());
    String line = ArticleJson.toJsonLine(article) + "\n";
    if (output != null) {
      Files.writeString(output, line, StandardCharsets.UTF_8);
      spec.commandLine()
          .getErr()
          .printf(
              java.util.Locale.ROOT,
              "wrote %s: 1 article, %d comments%n",
              output,
              parsed.comments().size());
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(line);
      out.flush();
    }
    return ExitCodes.OK;
  }
}
