package org.voxpop.enrich.entity;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.voxpop.enrich.entity.tagger.ConllFile;
import org.voxpop.enrich.entity.tagger.NerCorpus;
import org.voxpop.enrich.entity.tagger.WritingStyle;
import org.voxpop.model.Genre;

/**
 * Scores the recogniser on a CoNLL-style file (token first column, BIO tag last, blank line between
 * sentences): entity-level exact span match, per type and micro-averaged.
 *
 * <p>Gold tags map onto voxpop types: WNUT-17 person/location/group/corporation and CoNLL
 * PER/LOC/ORG. GROUP and ORGANIZATION are scored as one class, ORGANIZATION, because neither tag
 * set draws our line between them (WNUT's "group" holds companies' teams and bands, CoNLL's ORG
 * holds armed groups). Gold types without a voxpop counterpart (product, creative-work, MISC) are
 * counted and reported but left out of the micro average. Demonym mentions and nationality or
 * religious groups are not names in either tag set (CoNLL calls them MISC), so they are not scored
 * either. Twitter handles ("@name") are scored only in files that tag them (a lone "@" token tagged
 * B-, as in the Broad Twitter Corpus, where "@" and the name are two entities). With {@code
 * noHandles} they are left out of gold and prediction in every file, so that corpora that disagree
 * on them can be compared.
 *
 * <p>The recogniser reads each document whole, as text (its sentences as paragraphs, the tokens
 * joined by spaces), as it reads an article; any other system can be scored by the same code
 * through {@link DocumentRecognizer}, which sees the file's tokens, a document at a time.
 */
public final class ConllEntityEvaluation {

  private static final Map<String, String> GOLD_TYPES =
      Map.ofEntries(
          Map.entry("person", "PERSON"),
          Map.entry("per", "PERSON"),
          Map.entry("location", "LOCATION"),
          Map.entry("loc", "LOCATION"),
          Map.entry("group", "ORGANIZATION"),
          Map.entry("corporation", "ORGANIZATION"),
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
   * @param handles with {@code --no-handles}, the handle spans left out: gold, predicted, and
   *     predicted ones that matched a gold one; empty otherwise
   */
  public record Result(
      Map<String, Counts> perType,
      Map<String, Integer> unscored,
      int sentences,
      int tokens,
      Optional<Counts> handles) {

    public Result {
      Objects.requireNonNull(handles, "handles");
    }

    /** A result of a run that scored handles like any other span. */
    public Result(
        Map<String, Counts> perType, Map<String, Integer> unscored, int sentences, int tokens) {
      this(perType, unscored, sentences, tokens, Optional.empty());
    }

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
      out.printf(
          Locale.ROOT,
          "%-14s %6s %6s %6s %9s %7s %6s%n",
          "type",
          "gold",
          "pred",
          "tp",
          "precision",
          "recall",
          "f1");
      for (Map.Entry<String, Counts> e : perType.entrySet()) {
        row(out, e.getKey(), e.getValue());
      }
      row(out, "micro", micro());
      out.println("ORGANIZATION includes GROUP (gold: group, corporation, ORG).");
      if (unscored.isEmpty()) {
        out.println("not scored: none (every gold type has a voxpop counterpart)");
      } else {
        StringBuilder sb = new StringBuilder();
        unscored.forEach(
            (k, v) ->
                sb.append(sb.isEmpty() ? "" : ", ")
                    .append(k)
                    .append(" (")
                    .append(v)
                    .append(" gold)"));
        out.println("not scored, no voxpop counterpart, left out of the micro average: " + sb);
      }
      handles.ifPresent(
          h ->
              out.printf(
                  Locale.ROOT,
                  "handles left out (--no-handles): %d gold, %d predicted (%d of them matching)%n",
                  h.gold(),
                  h.predicted(),
                  h.correct()));
      out.printf(Locale.ROOT, "micro-F1: %.3f%n", micro().f1());
    }

    private static void row(PrintStream out, String name, Counts c) {
      out.printf(
          Locale.ROOT,
          "%-14s %6d %6d %6d %9.3f %7.3f %6.3f%n",
          name,
          c.gold,
          c.predicted,
          c.correct,
          c.precision(),
          c.recall(),
          c.f1());
    }
  }

  private record Span(int start, int end, String type) {}

  /**
   * One entity that a system found in a sentence, over the file's own tokens.
   *
   * @param start first token
   * @param end one past the last token
   * @param type the voxpop type: it names the tag that {@code --output} writes (GROUP is "group" in
   *     WNUT terms and ORG in CoNLL terms; EVENT and OTHER are written as MISC or "other")
   * @param scored whether the span counts as a prediction at all; false writes it out but leaves it
   *     unscored, as for demonyms and nationality groups, which both tag sets call MISC
   * @param handle whether the system takes the span for a Twitter handle; handles are scored only
   *     in files that tag them (see the class comment)
   */
  public record TokenSpan(int start, int end, EntityType type, boolean scored, boolean handle) {
    public TokenSpan {
      Objects.requireNonNull(type, "type");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad token span " + start + ".." + end);
      }
    }
  }

  /**
   * A system under evaluation that works on the file's tokens, one document at a time, so that it
   * may use what the document says elsewhere (a later "Obama" is the Barack Obama named before), as
   * it would on real text.
   */
  public interface DocumentRecognizer {

    /**
     * The entities of each sentence of one document: a document runs from one "-DOCSTART-" line to
     * the next, or is one sentence in a file without them (tweet corpora, where a sentence is a
     * whole tweet). In each sentence, a span that overlaps an earlier one is dropped.
     *
     * @param sentences the tokens of each sentence, in order
     * @return one list per sentence, token indexes counted within the sentence
     */
    List<List<TokenSpan>> recognize(List<List<String>> sentences);
  }

  private ConllEntityEvaluation() {}

  /**
   * Evaluates a recogniser on a CoNLL file: each document is read whole, as text (the tokens joined
   * by spaces, the sentences by blank lines), and its mentions mapped back onto the tokens they
   * overlap.
   *
   * @param conll the file
   * @param output where to write the input back with our BIO tag as an extra last column
   * @throws IOException if a file cannot be read or written
   * @throws IllegalArgumentException if the file is not CoNLL-shaped (message names the line)
   */
  public static Result evaluate(Path conll, Optional<Path> output, EntityRecognizer recognizer)
      throws IOException {
    return evaluate(conll, output, recognizer, false);
  }

  /**
   * As {@link #evaluate(Path, Optional, EntityRecognizer)}, optionally leaving handles out.
   *
   * @param noHandles leave out of gold and prediction alike every span that starts with "@" or
   *     follows a lone "@" token (test sets disagree on whether handles are names)
   */
  public static Result evaluate(
      Path conll, Optional<Path> output, EntityRecognizer recognizer, boolean noHandles)
      throws IOException {
    ConllFile file = ConllFile.read(conll);
    return evaluate(file, output, recognizer, noHandles, genreOf(file));
  }

  /**
   * As {@link #evaluate(Path, Optional, EntityRecognizer, boolean)}, reading every document as text
   * of the given genre.
   */
  public static Result evaluate(
      Path conll,
      Optional<Path> output,
      EntityRecognizer recognizer,
      boolean noHandles,
      Genre genre)
      throws IOException {
    return evaluate(ConllFile.read(conll), output, recognizer, noHandles, genre);
  }

  /**
   * The genre of a CoNLL file's text, told from its writing as a whole ({@link WritingStyle}): a
   * corpus is of one genre, and a single tweet that reads like a headline is still a tweet.
   *
   * @throws IOException if the file cannot be read
   */
  public static Genre genreOf(Path conll) throws IOException {
    return genreOf(ConllFile.read(conll));
  }

  /** As {@link #genreOf(Path)}, of a file already read. */
  public static Genre genreOf(ConllFile conll) {
    return NerCorpus.of(conll).genre();
  }

  /**
   * Evaluates any system that tags the file's tokens, with the same scoring as the recogniser.
   *
   * @param conll the file
   * @param output where to write the input back with the system's BIO tag as an extra last column
   * @param system the system under evaluation; called on one thread, in file order
   * @param noHandles leave out of gold and prediction alike every span that starts with "@" or
   *     follows a lone "@" token
   * @throws IOException if a file cannot be read or written
   * @throws IllegalArgumentException if the file is not CoNLL-shaped (message names the line)
   */
  public static Result evaluate(
      Path conll, Optional<Path> output, DocumentRecognizer system, boolean noHandles)
      throws IOException {
    return evaluate(ConllFile.read(conll), output, system, noHandles);
  }

  /**
   * As {@link #evaluate(Path, Optional, EntityRecognizer, boolean, Genre)}, of a file already read.
   */
  public static Result evaluate(
      ConllFile conll,
      Optional<Path> output,
      EntityRecognizer recognizer,
      boolean noHandles,
      Genre genre)
      throws IOException {
    return evaluate(conll, output, new RecognizerOnTokens(recognizer, genre), noHandles);
  }

  private static Result evaluate(
      ConllFile conll, Optional<Path> output, DocumentRecognizer system, boolean noHandles)
      throws IOException {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (String t : SCORED) {
      counts.put(t, new int[3]);
    }
    Map<String, Integer> unscored = new TreeMap<>();
    int[] handles = new int[3];
    int sentences = 0;
    int tokens = 0;
    // Output labels follow the file's tag set, decided over the whole file, so that a WNUT file
    // whose first sentences have no entity still gets WNUT labels throughout.
    boolean wnut = false;
    // Handles are names only in corpora that tag them (the Broad Twitter Corpus does, as a lone
    // "@" token tagged B-); elsewhere (WNUT-17) an "@user" is no entity and is not scored.
    boolean scoreHandles = false;
    for (ConllFile.Document d : conll.documents()) {
      for (ConllFile.Sentence s : d.sentences()) {
        for (ConllFile.Row r : s.rows()) {
          scoreHandles |= r.token().equals("@") && r.tag().startsWith("B-");
          wnut |= !r.tag().equals("O") && Character.isLowerCase(r.tag().charAt(2));
        }
      }
    }
    try (Writer writer =
        output.isPresent()
            ? Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8)
            : Writer.nullWriter()) {
      for (ConllFile.Document d : conll.documents()) {
        List<List<String>> words = new ArrayList<>(d.sentences().size());
        for (ConllFile.Sentence s : d.sentences()) {
          words.add(s.tokens());
        }
        List<List<TokenSpan>> found = system.recognize(Collections.unmodifiableList(words));
        for (int i = 0; i < d.sentences().size(); i++) {
          ConllFile.Sentence s = d.sentences().get(i);
          sentences++;
          tokens += s.rows().size();
          String[] predicted =
              scoreSentence(
                  s, found.get(i), counts, unscored, handles, wnut, scoreHandles, noHandles);
          for (String sep : s.before()) {
            writer.write(sep);
            writer.write('\n');
          }
          for (int t = 0; t < predicted.length; t++) {
            writer.write(s.rows().get(t).text());
            writer.write('\t');
            writer.write(predicted[t]);
            writer.write('\n');
          }
        }
      }
      for (String sep : conll.trailing()) {
        writer.write(sep);
        writer.write('\n');
      }
    }
    Map<String, Counts> perType = new LinkedHashMap<>();
    counts.forEach((k, v) -> perType.put(k, new Counts(v[0], v[1], v[2])));
    return new Result(
        perType,
        unscored,
        sentences,
        tokens,
        noHandles ? Optional.of(new Counts(handles[0], handles[1], handles[2])) : Optional.empty());
  }

  private static String[] scoreSentence(
      ConllFile.Sentence sentence,
      List<TokenSpan> found,
      Map<String, int[]> counts,
      Map<String, Integer> unscored,
      int[] handles,
      boolean wnut,
      boolean scoreHandles,
      boolean noHandles) {
    List<String> words = sentence.tokens();
    int n = words.size();
    Set<Span> gold = new HashSet<>();
    Set<Span> goldHandles = new HashSet<>();
    for (ConllFile.TaggedRun run : ConllFile.runs(sentence.tags())) {
      String raw = run.type();
      String mapped = GOLD_TYPES.get(raw.toLowerCase(Locale.ROOT));
      Span span = new Span(run.start(), run.end() - 1, mapped == null ? raw : mapped);
      if (noHandles && isHandle(words, run.start())) {
        goldHandles.add(span);
      } else if (mapped == null) {
        unscored.merge(raw, 1, Integer::sum);
      } else {
        gold.add(span);
      }
    }
    String[] predictedTags = new String[n];
    Arrays.fill(predictedTags, "O");
    Set<Span> predicted = new HashSet<>();
    Set<Span> predictedHandles = new HashSet<>();
    for (TokenSpan s : found) {
      if (s.end() > n) {
        throw new IllegalStateException("span " + s + " past the sentence's " + n + " tokens");
      }
      boolean free = true;
      for (int t = s.start(); t < s.end() && free; t++) {
        free = predictedTags[t].equals("O");
      }
      if (!free) {
        continue;
      }
      String label = outputLabel(s.type(), wnut);
      for (int t = s.start(); t < s.end(); t++) {
        predictedTags[t] = (t == s.start() ? "B-" : "I-") + label;
      }
      Optional<String> type =
          s.scored() && (scoreHandles || !s.handle()) ? scoredClass(s.type()) : Optional.empty();
      if (type.isEmpty()) {
        continue;
      }
      Span p = new Span(s.start(), s.end() - 1, type.get());
      if (noHandles && isHandle(words, s.start())) {
        predictedHandles.add(p);
      } else {
        predicted.add(p);
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
    handles[0] += goldHandles.size();
    handles[1] += predictedHandles.size();
    for (Span p : predictedHandles) {
      if (goldHandles.contains(p)) {
        handles[2]++;
      }
    }
    return predictedTags;
  }

  /** Whether a span starting at this token is a handle: "@name", or the name after a lone "@". */
  private static boolean isHandle(List<String> words, int start) {
    return words.get(start).startsWith("@") || start > 0 && words.get(start - 1).equals("@");
  }

  /** The class a type is scored in; none for a type no tag set names (EVENT, OTHER). */
  static Optional<String> scoredClass(EntityType type) {
    return switch (type) {
      case PERSON -> Optional.of("PERSON");
      case LOCATION -> Optional.of("LOCATION");
      case ORGANIZATION, GROUP -> Optional.of("ORGANIZATION");
      default -> Optional.empty();
    };
  }

  private static String outputLabel(EntityType type, boolean wnut) {
    return switch (type) {
      case PERSON -> wnut ? "person" : "PER";
      case LOCATION -> wnut ? "location" : "LOC";
      case ORGANIZATION -> wnut ? "corporation" : "ORG";
      case GROUP -> wnut ? "group" : "ORG";
      default -> wnut ? "other" : "MISC";
    };
  }
}
