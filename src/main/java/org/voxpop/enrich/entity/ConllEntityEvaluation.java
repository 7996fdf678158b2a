package org.voxpop.enrich.entity;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the recogniser on a CoNLL-style file (token first column, BIO tag last, blank line
 * between sentences): entity-level exact span match, per type and micro-averaged.
 *
 * <p>Gold tags map onto voxpop types: WNUT-17 person/location/group/corporation and CoNLL
 * PER/LOC/ORG. GROUP and ORGANIZATION are scored as one class, ORGANIZATION, because neither tag
 * set draws our line between them (WNUT's "group" holds companies' teams and bands, CoNLL's ORG
 * holds armed groups). Gold types without a voxpop counterpart (product, creative-work, MISC) are
 * counted and reported but left out of the micro average. Demonym mentions and nationality or
 * religious groups are not names in either tag set (CoNLL calls them MISC), so they are not
 * scored either. Twitter handles ("@name") are scored only in files that tag them (a lone "@"
 * token tagged B-, as in the Broad Twitter Corpus, where "@" and the name are two entities).
 */
public final class ConllEntityEvaluation {

  private static final Map<String, String> GOLD_TYPES = Map.ofEntries(
      Map.entry("person", "PERSON"), Map.entry("per", "PERSON"),
      Map.entry("location", "LOCATION"), Map.entry("loc", "LOCATION"),
      Map.entry("group", "ORGANIZATION"), Map.entry("corporation", "ORGANIZATION"),
      Map.entry("org", "ORGANIZATION"));
  private static final List<String> SCORED = List.of("PERSON", "LOCATION", "ORGANIZATION");

  /** Counts of one scored type. */
  public record Counts(int gold, int predicted, int correct) {

    /** Precision, 0 when nothing was predicted. */
    public double precision() {
      return predicted == 0 ? 0 : correct / (double) predicted;
    }

    /** Recall, 0 when there is no gold entity. */
    public double recall() {
      return gold == 0 ? 0 : correct / (double) gold;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * The outcome of one evaluation.
   *
   * @param perType counts per scored voxpop type
   * @param unscored gold entity counts per original tag without a voxpop counterpart
   * @param sentences sentences read
   * @param tokens tokens read
   */
  public record Result(Map<String, Counts> perType, Map<String, Integer> unscored, int sentences,
      int tokens) {

    /** Micro-averaged counts over the scored types. */
    public Counts micro() {
      int g = 0;
      int p = 0;
      int c = 0;
      for (Counts x : perType.values()) {
        g += x.gold;
        p += x.predicted;
        c += x.correct;
      }
      return new Counts(g, p, c);
    }

    /** Prints the table; the last line is {@code micro-F1: 0.xxx}. */
    public void print(PrintStream out) {
      out.printf(Locale.ROOT, "%d sentences, %d tokens%n", sentences, tokens);
      out.printf(Locale.ROOT, "%-14s %6s %6s %6s %9s %7s %6s%n", "type", "gold", "pred", "tp",
          "precision", "recall", "f1");
      for (Map.Entry<String, Counts> e : perType.entrySet()) {
        row(out, e.getKey(), e.getValue());
      }
      row(out, "micro", micro());
      out.println("ORGANIZATION includes GROUP (gold: group, corporation, ORG).");
      if (unscored.isEmpty()) {
        out.println("not scored: none (every gold type has a voxpop counterpart)");
      } else {
        StringBuilder sb = new StringBuilder();
        unscored.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(" (")
            .append(v).append(" gold)"));
        out.println("not scored, no voxpop counterpart, left out of the micro average: " + sb);
      }
      out.printf(Locale.ROOT, "micro-F1: %.3f%n", micro().f1());
    }

    private static void row(PrintStream out, String name, Counts c) {
      out.printf(Locale.ROOT, "%-14s %6d %6d %6d %9.3f %7.3f %6.3f%n", name, c.gold, c.predicted,
          c.correct, c.precision(), c.recall(), c.f1());
    }
  }

  private record Span(int start, int end, String type) {}

  private ConllEntityEvaluation() {}

  /**
   * Evaluates a recogniser on a CoNLL file.
   *
   * @param conll the file
   * @param output where to write the input back with our BIO tag as an extra last column
   * @throws IOException if a file cannot be read or written
   * @throws IllegalArgumentException if the file is not CoNLL-shaped (message names the line)
   */
  public static Result evaluate(Path conll, Optional<Path> output, EntityRecognizer recognizer)
      throws IOException {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (String t : SCORED) {
      counts.put(t, new int[3]);
    }
    Map<String, Integer> unscored = new TreeMap<>();
    int sentences = 0;
    int tokens = 0;
    boolean wnut = false;
    // Handles are names only in corpora that tag them (the Broad Twitter Corpus does, as a lone
    // "@" token tagged B-); elsewhere (WNUT-17) an "@user" is no entity and is not scored.
    boolean scoreHandles = false;
    try (BufferedReader r = Files.newBufferedReader(conll, StandardCharsets.UTF_8)) {
      String l;
      while ((l = r.readLine()) != null && !scoreHandles) {
        scoreHandles = l.startsWith("@\tB-") || l.startsWith("@ B-");
      }
    }
    BufferedWriter writer = output.isPresent()
        ? Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8) : null;
    try (BufferedReader r = Files.newBufferedReader(conll, StandardCharsets.UTF_8)) {
      List<String> lines = new ArrayList<>();
      List<String[]> cols = new ArrayList<>();
      String line;
      int no = 0;
      while (true) {
        line = r.readLine();
        no++;
        boolean boundary = line == null || line.isBlank() || line.startsWith("-DOCSTART-");
        if (!boundary) {
          // Tab-separated files may hold tokens that are themselves blank (a zero-width space).
          String[] f = line.indexOf('\t') >= 0 ? line.split("\t", -1) : line.strip().split(" +");
          f[f.length - 1] = f[f.length - 1].strip();
          if (f.length < 2) {
            throw new IllegalArgumentException(conll + " line " + no
                + ": expected a token and a tag separated by a tab");
          }
          String tag = f[f.length - 1];
          if (!tag.equals("O") && !tag.startsWith("B-") && !tag.startsWith("I-")) {
            throw new IllegalArgumentException(conll + " line " + no + ": not a BIO tag: " + tag);
          }
          wnut |= tag.length() > 2 && Character.isLowerCase(tag.charAt(2));
          lines.add(line);
          cols.add(f);
          continue;
        }
        if (!cols.isEmpty()) {
          sentences++;
          tokens += cols.size();
          String[] predicted = scoreSentence(cols, recognizer, counts, unscored, wnut, scoreHandles);
          if (writer != null) {
            for (int i = 0; i < lines.size(); i++) {
              writer.write(lines.get(i));
              writer.write('\t');
              writer.write(predicted[i]);
              writer.newLine();
            }
          }
          lines.clear();
          cols.clear();
        }
        if (line == null) {
          break;
        }
        if (writer != null) {
          writer.write(line);
          writer.newLine();
        }
      }
    } finally {
      if (writer != null) {
        writer.close();
      }
    }
    Map<String, Counts> perType = new LinkedHashMap<>();
    counts.forEach((k, v) -> perType.put(k, new Counts(v[0], v[1], v[2])));
    return new Result(perType, unscored, sentences, tokens);
  }

  private static String[] scoreSentence(List<String[]> cols, EntityRecognizer recognizer,
      Map<String, int[]> counts, Map<String, Integer> unscored, boolean wnut, boolean scoreHandles) {
    int n = cols.size();
    // Tokens come pre-split: join them with single spaces and remember where each one sits.
    int[] start = new int[n];
    int[] end = new int[n];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      // A lone "@" is a handle split from its name by the corpus' tokeniser: glue it back.
      if (i > 0 && !cols.get(i - 1)[0].equals("@")) {
        sb.append(' ');
      }
      start[i] = sb.length();
      sb.append(cols.get(i)[0]);
      end[i] = sb.length();
    }
    Set<Span> gold = new HashSet<>();
    int i = 0;
    while (i < n) {
      String tag = cols.get(i)[cols.get(i).length - 1];
      if (tag.equals("O")) {
        i++;
        continue;
      }
      String raw = tag.substring(2);
      int j = i + 1;
      while (j < n && cols.get(j)[cols.get(j).length - 1].equals("I-" + raw)) {
        j++;
      }
      String mapped = GOLD_TYPES.get(raw.toLowerCase(Locale.ROOT));
      if (mapped == null) {
        unscored.merge(raw, 1, Integer::sum);
      } else {
        gold.add(new Span(i, j - 1, mapped));
      }
      i = j;
    }
    String[] predictedTags = new String[n];
    java.util.Arrays.fill(predictedTags, "O");
    Set<Span> predicted = new HashSet<>();
    for (EntityMention m : recognizer.recognize(sb.toString())) {
      String type = scoredType(m);
      if (EntityRecognizer.HANDLE.equals(m.source()) && !scoreHandles) {
        type = null;
      }
      int first = -1;
      int last = -1;
      for (int t = 0; t < n; t++) {
        if (end[t] > m.start() && start[t] < m.end()) {
          if (first < 0) {
            first = t;
          }
          last = t;
        }
      }
      if (first < 0 || !predictedTags[first].equals("O")) {
        continue;
      }
      String label = outputLabel(m, wnut);
      // Where "@" is a token of its own, the corpus tags it and the name as two entities.
      boolean split = m.surface().startsWith("@") && cols.get(first)[0].equals("@") && last > first;
      for (int t = first; t <= last; t++) {
        predictedTags[t] = (t == first || split && t == first + 1 ? "B-" : "I-") + label;
      }
      if (type != null) {
        if (split) {
          predicted.add(new Span(first, first, type));
          predicted.add(new Span(first + 1, last, type));
        } else {
          predicted.add(new Span(first, last, type));
        }
      }
    }
    for (Span g : gold) {
      counts.get(g.type())[0]++;
      if (predicted.contains(g)) {
        counts.get(g.type())[2]++;
      }
    }
    for (Span p : predicted) {
      counts.get(p.type())[1]++;
    }
    return predictedTags;
  }

  private static String scoredType(EntityMention m) {
    if (EntityRecognizer.DEMONYM.equals(m.source())) {
      return null;
    }
    return switch (m.type()) {
      case PERSON -> "PERSON";
      case LOCATION -> "LOCATION";
      case ORGANIZATION -> "ORGANIZATION";
      case GROUP -> m.subtype().equals("nationality") || m.subtype().equals("religious group")
          ? null : "ORGANIZATION";
      default -> null;
    };
  }

  private static String outputLabel(EntityMention m, boolean wnut) {
    if (EntityRecognizer.DEMONYM.equals(m.source())) {
      return wnut ? "other" : "MISC";
    }
    return switch (m.type()) {
      case PERSON -> wnut ? "person" : "PER";
      case LOCATION -> wnut ? "location" : "LOC";
      case ORGANIZATION -> wnut ? "corporation" : "ORG";
      case GROUP -> wnut ? "group" : "ORG";
      default -> wnut ? "other" : "MISC";
    };
  }
}
