package org.voxpop.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.voxpop.input.DateReader;
import org.voxpop.input.InputSource;
import org.voxpop.input.InputSources;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the commands that read JSON Lines accept as input, and how they read its dates. */
final class InputOptions {
  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description =
          "JSON Lines files (.jsonl, .jsonl.gz), folders (every *.jsonl and *.jsonl.gz under them, in path order),"
              + " quoted globs ('data/**/*.jsonl'), or - for standard input (plain or gzipped).")
  List<String> inputs;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description =
          "How `published` and `posted` are written, as a java.time pattern (e.g. 'dd-MMM-yyyy HH:mm:ss.SS'; "
              + "English month names in any case; UTC unless the pattern has a zone). Without it: ISO 8601, "
              + "RFC 1123 (Thu, 26 Feb 1987 15:01:01 GMT), 26-FEB-1987 15:01:01.79, epoch seconds or milliseconds.")
  Optional<String> dateFormat = Optional.empty();

  /** What {@code -} reads: the process's standard input unless a test gives another stream. */
  InputStream stdin = System.in;

  /**
   * The inputs the arguments name.
   *
   * @throws java.nio.file.NoSuchFileException when an argument names nothing
   * @throws IllegalArgumentException for an empty folder, a glob matching nothing, a bad pattern
   */
  List<InputSource> sources() throws IOException {
    DateReader dates = dateFormat.map(DateReader::withPattern).orElse(DateReader.standard());
    return InputSources.resolve(inputs, stdin, dates);
  }
}
