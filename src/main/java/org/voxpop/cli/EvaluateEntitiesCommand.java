package org.voxpop.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.voxpop.enrich.entity.ConllEntityEvaluation;
import org.voxpop.enrich.entity.EntityRecognizer;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.enrich.entity.tagger.ConllFile;
import org.voxpop.model.Genre;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code voxpop evaluate entities FILE [--output OUT] [--no-handles] [--model DIR]}: precision,
 * recall and F1 of the recogniser on a CoNLL-style file; the last line printed is {@code micro-F1:
 * 0.xxx}.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = 1,
    description = "Score entity recognition on a CoNLL file (token first, BIO tag last column).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop evaluate entities emerging.dev.conll",
      "  voxpop evaluate entities btc.dev --output predicted.conll",
      "  voxpop evaluate entities btc.dev --no-handles",
      "  voxpop evaluate entities btc.dev --no-handles --model /tmp/held-out"
    })
public final class EvaluateEntitiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "CoNLL file: WNUT-17 or CoNLL-2003 tags.")
  Path file;

  @Option(
      names = "--output",
      paramLabel = "OUT",
      description =
          "Write the input back with our predicted BIO tag as the last column "
              + "(B- on an entity's first token, I- on the rest).")
  Path output;

  // Test sets disagree on handles (BTC tags them as people, WNUT-17 does not): this makes
  // numbers on the two comparable.
  @Option(
      names = "--no-handles",
      description =
          "Leave spans that start with \"@\" or follow a lone \"@\" token out of both "
              + "gold and prediction (--output still shows every predicted tag).")
  boolean noHandles;

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description =
          "Score the tagger that voxpop train entities --out DIR wrote there instead of the bundled"
              + " one (e.g. --held-out's, never trained on the development sets).")
  Path model;

  @Option(
      names = "--genre",
      paramLabel = "GENRE",
      description =
          "news, social or mixed: read every document with the tagger of that genre. Without"
              + " it the genre is told from the writing of the whole file, news or social (printed"
              + " on the first line); mixed is how the indexer reads most comments.")
  Genre genre;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.println("voxpop evaluate entities: no such file: " + file);
      return 1;
    }
    try {
      EntityRecognizer recognizer =
          model == null
              ? EntityRecognizer.create()
              : EntityRecognizer.create(Gazetteer.defaultGazetteer(), model);
      ConllFile conll = ConllFile.read(file);
      Genre read = genre == null ? ConllEntityEvaluation.genreOf(conll) : genre;
      ConllEntityEvaluation.Result result =
          ConllEntityEvaluation.evaluate(
              conll, Optional.ofNullable(output), recognizer, noHandles, read);
      out.printf(
          Locale.ROOT,
          "read as %s text%s%n",
          read.name().toLowerCase(Locale.ROOT),
          genre == null ? " (told from its writing; --genre to choose)" : "");
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      try (PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
        result.print(ps);
      }
      out.print(buf.toString(StandardCharsets.UTF_8));
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("voxpop evaluate entities: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("voxpop evaluate entities: " + e.getMessage());
      return 2;
    }
  }
}
