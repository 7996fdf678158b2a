package org.voxpop.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns what a user names on the command line into the inputs of a run, for every command that
 * reads JSON Lines: a file as it is, a folder as every {@code *.jsonl} and {@code *.jsonl.gz} file
 * under it, a glob (quoted, so that the shell leaves it to voxpop: {@code 'data/**}{@code
 * /*.jsonl'}) as every file it matches, and {@code -} as standard input.
 *
 * <p>Files found in a folder or by a glob come in the order of their paths, so that a run over the
 * same folder reads the same records in the same order (the last version of an article wins). A
 * file named twice is read once.
 */
public final class InputSources {

  private static final String GLOB_CHARACTERS = "*?[{";

  private InputSources() {}

  /**
   * The inputs the arguments name, in the order given.
   *
   * @param arguments files, folders, globs, or {@code -} for standard input
   * @param stdin what {@code -} reads
   * @param dates how the inputs' dates are read
   * @throws NoSuchFileException when an argument names nothing that exists and is no glob
   * @throws IllegalArgumentException when a folder holds no JSON Lines file, a glob matches no
   *     file, or {@code -} is given twice
   */
  public static List<InputSource> resolve(
      List<String> arguments, InputStream stdin, DateReader dates) throws IOException {
    Map<Path, InputSource> files = new LinkedHashMap<>();
    List<InputSource> sources = new ArrayList<>();
    boolean stdinTaken = false;
    for (String argument : arguments) {
      if (argument.equals("-")) {
        if (stdinTaken) {
          throw new IllegalArgumentException("'-' (standard input) can be read only once");
        }
        stdinTaken = true;
        sources.add(InputSource.stdin(stdin, dates));
        continue;
      }
      for (Path file : files(argument)) {
        Path key = file.toAbsolutePath().normalize();
        if (!files.containsKey(key)) {
          InputSource source = InputSource.file(file, dates);
          files.put(key, source);
          sources.add(source);
        }
      }
    }
    return List.copyOf(sources);
  }

  /** The files one argument names. */
  private static List<Path> files(String argument) throws IOException {
    Path path = Path.of(argument);
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (Files.isDirectory(path)) {
      List<Path> found = walk(path, InputSources::isJsonLines);
      if (found.isEmpty()) {
        throw new IllegalArgumentException(
            "no .jsonl or .jsonl.gz files in the folder " + argument + " (or its subfolders)");
      }
      return found;
    }
    if (isGlob(argument)) {
      return glob(argument);
    }
    throw new NoSuchFileException(argument);
  }

  private static boolean isGlob(String argument) {
    return argument.chars().anyMatch(c -> GLOB_CHARACTERS.indexOf(c) >= 0);
  }

  private static boolean isJsonLines(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
  }

  /**
   * The files a glob matches. The folders before its first wildcard are where the search starts;
   * {@code **} stands for any number of folders, none included, as in shells with globstar.
   */
  private static List<Path> glob(String argument) throws IOException {
    String[] parts = argument.split("/", -1);
    StringBuilder base = new StringBuilder();
    int first = 0;
    while (first < parts.length - 1 && !isGlob(parts[first])) {
      base.append(parts[first]).append('/');
      first++;
    }
    String pattern = String.join("/", java.util.Arrays.copyOfRange(parts, first, parts.length));
    Path root = base.isEmpty() ? Path.of("") : Path.of(base.toString());
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(argument, null, "no such folder: " + root);
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    PathMatcher noFolders =
        FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace("**/", ""));
    List<Path> found =
        walk(
            root,
            file -> {
              Path relative = root.relativize(file);
              return matcher.matches(relative) || noFolders.matches(relative);
            });
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no file matches " + argument);
    }
    return found;
  }

  private static List<Path> walk(Path root, java.util.function.Predicate<Path> wanted)
      throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).filter(wanted).sorted().toList();
    }
  }
}
