package org.voxpop.enrich.entity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.voxpop.enrich.entity.tagger.EntityTagger;
import org.voxpop.enrich.entity.tagger.GenreTaggers;
import org.voxpop.enrich.entity.tagger.ScoredWord;
import org.voxpop.enrich.entity.tagger.TaggedSpan;
import org.voxpop.enrich.entity.tagger.Tokenizer;
import org.voxpop.enrich.entity.tagger.Tokens;
import org.voxpop.enrich.entity.tagger.WritingStyle;
import org.voxpop.model.Genre;

// Over 500 lines: the passes around the tagger (handles, compounds, known names, misspellings,
// lower-case names) read the same tokens, gazetteer matches and coverage of one text; tagging is
// EntityTagger's and linking EntityLinker's.
/**
 * Finds entity mentions in a text and links them to canonical entities.
 *
 * <p>A trained sequence tagger ({@link EntityTagger}, bundled model) decides which words are names
 * and of what kind, using the text around them, how the words are written, word classes learned
 * from unlabelled text and what the gazetteer knows; {@link EntityLinker} then resolves each name
 * to the gazetteer's canonical entity (ids, aliases, demonyms, misspellings) or to a stable slug.
 * Around the tagger: "@handles" are accounts, resolved through the gazetteer when it knows them;
 * names glued to a participle ("US-backed", "Russian-led") and well-known names written in lower
 * case ("the russians", "middle east"), which a model trained on edited text rarely sees, come from
 * the gazetteer alone; and where the tagger hesitated, a known name, a name the document or its
 * article already holds ({@link DocumentContext}) or a near miss of a well-known place raises the
 * tagger's odds of a name (docs/entities.md).
 *
 * <p>Immutable and thread safe; create once and share.
 */
public final class EntityRecognizer {

  /** Source values of {@link EntityMention#source()}: how the mention's entity was found. */
  static final String GAZETTEER = "gazetteer";

  static final String DEMONYM = "demonym";
  static final String FUZZY = "gazetteer-fuzzy";
  static final String COREF = "coref";
  static final String SURNAME = "surname";
  static final String TAGGER = "tagger";
  static final String HANDLE = "handle";

  private final Gazetteer gazetteer;
  private final GazetteerLexicon lexicon;
  private final Misspellings misspellings;
  private final Map<Genre, Reading> readings = new EnumMap<>(Genre.class);

  /** How texts of one genre are read: its tagger, and the words as that tagger scores them. */
  private record Reading(EntityTagger tagger, Vocabulary vocabulary) {}

  private EntityRecognizer(Gazetteer gazetteer, GenreTaggers taggers) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.lexicon = new GazetteerLexicon(gazetteer);
    this.misspellings = new Misspellings(gazetteer);
    GenreTaggers t = Objects.requireNonNull(taggers, "taggers").withLexicon(lexicon);
    // A tagger that reads several genres (a model of an earlier version) keeps one vocabulary.
    Map<EntityTagger, Reading> made = new java.util.IdentityHashMap<>();
    for (Genre g : Genre.values()) {
      readings.put(
          g, made.computeIfAbsent(t.tagger(g), x -> new Reading(x, new Vocabulary(gazetteer, x))));
    }
  }

  /** A recogniser over the default gazetteer with the bundled model. */
  public static EntityRecognizer create() {
    return create(Gazetteer.defaultGazetteer());
  }

  /** A recogniser over the given gazetteer (e.g. one with a newsroom's overrides). */
  public static EntityRecognizer create(Gazetteer gazetteer) {
    return new EntityRecognizer(gazetteer, BundledModel.tagger());
  }

  /**
   * A recogniser over the given gazetteer with a tagger that {@code voxpop train entities --out
   * DIR} wrote to {@code modelDirectory} ({@code tagger-model.bin.gz} and {@code
   * word-statistics.tsv.gz}) instead of the bundled one: a retrained or held-out model. Train it
   * with the same gazetteer: the gazetteer is one of its features.
   *
   * @throws IOException if a model file is missing or unreadable
   */
  public static EntityRecognizer create(Gazetteer gazetteer, Path modelDirectory)
      throws IOException {
    return new EntityRecognizer(gazetteer, BundledModel.fromDirectory(modelDirectory));
  }

  /**
   * The names of the files that make a tagger in a model directory ({@link #create(Gazetteer,
   * Path)}): what must be copied to keep the model elsewhere.
   */
  public static java.util.List<String> modelFiles() {
    return java.util.List.of(BundledModel.MODEL_FILE, BundledModel.WORDS_FILE);
  }

  /** A recogniser with other taggers (freshly trained ones, in evaluation). */
  static EntityRecognizer create(Gazetteer gazetteer, GenreTaggers taggers) {
    return new EntityRecognizer(gazetteer, taggers);
  }

  /** The gazetteer this recogniser matches against. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * How much more likely a name the document (or its article) already mentions is meant again by
   * one of its other names, as odds: the tagger's probability that a word is a name is multiplied
   * by this in odds before the name is accepted. A shouted "IS" the tagger gives 1% becomes an even
   * chance under an article on Islamic State, and stays nothing elsewhere.
   */
  static final double CONTEXT_ODDS = 100;

  /**
   * Least probability for a name the tagger found to be kept: below it, more of them are wrong than
   * right. Chosen on the development sets (micro-F1 of CoNLL-2003, WNUT-17 and BTC dev at 0, 0.2,
   * 0.25, 0.3, 0.35, 0.4, 0.5; see docs/quality.md).
   */
  static final double MIN_CONFIDENCE = 0.3;

  /**
   * How much a near miss of a well-known place's or group's name raises the odds that a capitalised
   * word is a name (see {@link #misspelt}).
   */
  static final double MISSPELLING_ODDS = 10;

  /** How much a country or curated name, written with its capitals, raises those odds. */
  static final double KNOWN_NAME_ODDS = 3;

  /** How a gazetteer name was found: as a demonym ("Syrian") or as a name or alias. */
  static String sourceOf(Gazetteer.Entry e) {
    return e.kind() == Gazetteer.Kind.DEMONYM ? DEMONYM : GAZETTEER;
  }

  /**
   * The entity mentions of a text, sorted by start offset and never overlapping.
   *
   * @return an immutable list, empty for a null or blank text
   */
  public List<EntityMention> recognize(String text) {
    return recognize(text, DocumentContext.NONE);
  }

  /**
   * The entity mentions of a text read in a context (a comment under its article), sorted by start
   * offset and never overlapping; the text's genre told from its writing ({@link
   * WritingStyle#of(Tokens)}: social with a handle, hashtag or link, mixed otherwise).
   *
   * @return an immutable list, empty for a null or blank text
   */
  public List<EntityMention> recognize(String text, DocumentContext context) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Tokens tokens = Tokenizer.tokenize(text);
    return recognize(tokens, WritingStyle.of(tokens), context);
  }

  /**
   * The entity mentions of a text of a known genre (an article's body is {@link Genre#NEWS}, a
   * tweet {@link Genre#SOCIAL}), read in a context, sorted by start offset and never overlapping.
   * Without a genre, {@link #recognize(String, DocumentContext)} tells it from the text's writing
   * ({@link WritingStyle#of(Tokens)}).
   *
   * @return an immutable list, empty for a null or blank text
   */
  public List<EntityMention> recognize(String text, Genre genre, DocumentContext context) {
    Objects.requireNonNull(genre, "genre");
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return recognize(Tokenizer.tokenize(text), genre, context);
  }

  private List<EntityMention> recognize(Tokens tokens, Genre genre, DocumentContext context) {
    Reading reading = readings.get(genre);
    EntityTagger tagger = reading.tagger();
    Vocabulary vocabulary = reading.vocabulary();
    int n = tokens.size();
    String[] words = tokens.words(); // read only: shared with the tokens
    boolean[] covered = new boolean[n];
    List<EntityMention> out = new ArrayList<>();
    handles(tokens, words, covered, out);
    compounds(tokens, words, covered, out);
    // The gazetteer's names, found once: for the tagger's features and for the passes below.
    int sentences = tokens.sentenceStarts().length;
    List<List<NameMatches.Match>> matches = new ArrayList<>(sentences);
    List<String[][]> codes = new ArrayList<>(sentences);
    Vocabulary.Word[] known = vocabulary.words(words);
    ScoredWord[] scored = new ScoredWord[n];
    for (int i = 0; i < n; i++) {
      scored[i] = known[i].scored();
    }
    for (int s = 0; s < sentences; s++) {
      int from = tokens.sentenceStarts()[s];
      int to = tokens.sentenceEnd(s);
      String[] sentence = java.util.Arrays.copyOfRange(words, from, to);
      Gazetteer.TokenView[] views = new Gazetteer.TokenView[to - from];
      for (int i = from; i < to; i++) {
        views[i - from] = known[i].view();
      }
      List<NameMatches.Match> m = nameMatches(sentence, views);
      matches.add(m);
      codes.add(lexicon.codes(sentence, m, views));
    }
    EntityTagger.TaggedText tagged = tagger.tag(tokens, codes, scored);
    List<TaggedSpan> spans = new ArrayList<>();
    for (TaggedSpan s : tagged.spans()) {
      if (s.confidence() < MIN_CONFIDENCE) {
        continue;
      }
      if (!any(covered, s.start(), s.end())) {
        spans.addAll(repetitions(words, s));
      }
    }
    spans = splitJoinedNames(words, extendToKnownNames(tokens, words, matches, spans));
    EntityLinker linker = new EntityLinker(gazetteer, misspellings, tokens, words, tagged);
    for (EntityMention m : linker.link(spans)) {
      out.add(m);
      markChars(tokens, covered, m);
    }
    // The names found so far count as context too; asked by id, so that the article's context is
    // not copied for every comment.
    Set<String> named = new HashSet<>();
    out.forEach(m -> named.add(m.id()));
    Predicate<String> inContext = id -> context.entityIds().contains(id) || named.contains(id);
    knownNames(tokens, words, matches, covered, inContext, tagged, out);
    misspelt(tokens, words, covered, tagged, linker, out);
    lowerCaseNames(tokens, words, matches, covered, out);
    out.sort(Comparator.comparingInt(EntityMention::start));
    return List.copyOf(out);
  }

  /**
   * "America & Russia" tagged as one name is two, when the words on each side of the "&" or "and"
   * are each a country or curated name ("Procter & Gamble" is neither, and stays).
   */
  private List<TaggedSpan> splitJoinedNames(String[] words, List<TaggedSpan> spans) {
    List<TaggedSpan> out = new ArrayList<>(spans.size());
    for (TaggedSpan s : spans) {
      int join = -1;
      for (int i = s.start() + 1; i < s.end() - 1; i++) {
        if (words[i].equals("&") || words[i].equalsIgnoreCase("and")) {
          join = i;
          break;
        }
      }
      if (join > 0 && known(words, s.start(), join) && known(words, join + 1, s.end())) {
        out.add(new TaggedSpan(s.start(), join, s.type(), s.confidence()));
        out.add(new TaggedSpan(join + 1, s.end(), s.type(), s.confidence()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private boolean known(String[] words, int a, int b) {
    String key = Text.key(String.join(" ", java.util.Arrays.copyOfRange(words, a, b)));
    for (Gazetteer.Entry e : gazetteer.entries(key)) {
      if (e.priority() >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * The gazetteer names a sentence spells, longest first, then leftmost: "middle east" before
   * "east".
   */
  private List<NameMatches.Match> nameMatches(String[] sentence, Gazetteer.TokenView[] views) {
    List<NameMatches.Match> m = new ArrayList<>(NameMatches.find(gazetteer, sentence, views));
    m.sort(LONGEST_FIRST);
    return m;
  }

  private static final Comparator<NameMatches.Match> LONGEST_FIRST =
      Comparator.comparingInt((NameMatches.Match x) -> x.first() - x.last())
          .thenComparingInt(NameMatches.Match::first);

  /** "Allah Allah Allah" is one name said three times, not a name of three words. */
  private static List<TaggedSpan> repetitions(String[] words, TaggedSpan s) {
    if (s.end() - s.start() < 2) {
      return List.of(s);
    }
    for (int i = s.start() + 1; i < s.end(); i++) {
      if (!words[i].equals(words[s.start()])) {
        return List.of(s);
      }
    }
    List<TaggedSpan> out = new ArrayList<>(s.end() - s.start());
    for (int i = s.start(); i < s.end(); i++) {
      out.add(new TaggedSpan(i, i + 1, s.type(), s.confidence()));
    }
    return out;
  }

  /**
   * Commenters write names of several words with small letters ("Free Syrian army", "Arab spring",
   * "Tabqa dam"), and the tagger then finds only the capitalised part. Where a country or curated
   * name of the gazetteer spells the found part and its neighbouring words, the whole name is the
   * mention.
   */
  private List<TaggedSpan> extendToKnownNames(
      Tokens t, String[] words, List<List<NameMatches.Match>> matches, List<TaggedSpan> spans) {
    if (spans.isEmpty()) {
      return spans;
    }
    List<TaggedSpan> out = new ArrayList<>(spans);
    for (int s = 0; s < t.sentenceStarts().length; s++) {
      int from = t.sentenceStarts()[s];
      for (NameMatches.Match m : matches.get(s)) {
        int a = from + m.first();
        int b = from + m.last() + 1;
        if (!m.aligned() || m.entries().get(0).priority() < 2) {
          continue;
        }
        List<Integer> inside = new ArrayList<>(2);
        boolean clash = false;
        for (int k = 0; k < out.size(); k++) {
          TaggedSpan x = out.get(k);
          if (x.end() <= a || x.start() >= b) {
            continue;
          }
          if (x.start() >= a && x.end() <= b && x.end() - x.start() < b - a) {
            inside.add(k);
          } else {
            clash = true;
          }
        }
        if (inside.isEmpty() || clash || !wordsOnly(words, a, b)) {
          continue;
        }
        // "United States of America" tagged as two places is one.
        Gazetteer.Entry e = m.entries().get(0);
        double conf = 1;
        for (int k : inside) {
          conf = Math.min(conf, out.get(k).confidence());
        }
        TaggedSpan whole = new TaggedSpan(a, b, taggerType(e), conf);
        for (int j = inside.size() - 1; j >= 1; j--) {
          out.remove((int) inside.get(j));
        }
        out.set(inside.get(0), whole);
      }
    }
    return out;
  }

  private static boolean wordsOnly(String[] words, int a, int b) {
    for (int i = a; i < b; i++) {
      if (Text.letters(words[i]).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static String taggerType(Gazetteer.Entry e) {
    if (e.kind() == Gazetteer.Kind.DEMONYM) {
      return "MISC";
    }
    return switch (e.entity().type()) {
      case PERSON -> "PER";
      case LOCATION -> "LOC";
      case ORGANIZATION, GROUP -> "ORG";
      default -> "MISC";
    };
  }

  /**
   * "@name": an account. The gazetteer resolves the ones it knows ("@CNN"); the rest are {@link
   * EntityType#ACCOUNT}s, not people: most are ordinary users.
   */
  private void handles(Tokens t, String[] words, boolean[] covered, List<EntityMention> out) {
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.length() < 3 || w.charAt(0) != '@') {
        continue;
      }
      String handle = w.substring(1);
      Entity known = handle.length() >= 3 ? gazetteer.lookup(handle).orElse(null) : null;
      out.add(
          known != null
              ? EntityMention.of(known, w, t.start()[i], t.end()[i], 0.6, HANDLE)
              : new EntityMention(
                  "slug:@" + handle.toLowerCase(Locale.ROOT),
                  w,
                  EntityType.ACCOUNT,
                  "handle",
                  w,
                  t.start()[i],
                  t.end()[i],
                  0.3,
                  HANDLE));
      covered[i] = true;
    }
  }

  /**
   * A country or curated name glued by a hyphen to a lower-case word ("US-backed", "Russian-led",
   * "IS-held") is a mention of that name, whatever the tagger makes of the whole.
   */
  private void compounds(Tokens t, String[] words, boolean[] covered, List<EntityMention> out) {
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      int h = w.indexOf('-');
      if (covered[i] || h < 1 || h == w.length() - 1 || !Character.isUpperCase(w.charAt(0))) {
        continue;
      }
      String tail = w.substring(h + 1);
      if (!tail.chars().allMatch(Character::isLowerCase)) {
        continue;
      }
      String head = w.substring(0, h);
      String headLetters = Text.letters(head);
      for (Gazetteer.Entry e : gazetteer.entries(Text.key(head))) {
        if (e.priority() < 2
            || (e.exactCase() && !headLetters.equals(Text.letters(e.form())))
            || (!e.exactCase() && e.commonWord())) {
          continue;
        }
        Entity x = e.entity();
        int b = t.start()[i];
        out.add(EntityMention.of(x, head, b, b + h, 0.8, sourceOf(e)));
        covered[i] = true;
        break;
      }
    }
  }

  /**
   * Known names the tagger did not take, though it did not rule them out: its probability that the
   * words are a name is weighed, as odds, with what the gazetteer and the context add. Another name
   * of an entity the text or its context already names counts {@link #CONTEXT_ODDS} ("IS" in a
   * comment under an article on Islamic State); a country or curated name written with its
   * capitals, {@link #KNOWN_NAME_ODDS} (the tagger spreads its belief over LOC and MISC for "Middle
   * East" in "our Middle East correspondent", and no single label wins). Lower-case words, common
   * words, shouted sentences and ambiguous short forms outside the context never count.
   */
  private void knownNames(
      Tokens t,
      String[] words,
      List<List<NameMatches.Match>> matches,
      boolean[] covered,
      Predicate<String> context,
      EntityTagger.TaggedText tagged,
      List<EntityMention> out) {
    for (int s = 0; s < t.sentenceStarts().length; s++) {
      int from = t.sentenceStarts()[s];
      boolean shouted = tagged.shouted(s);
      for (NameMatches.Match m : matches.get(s)) {
        int a = from + m.first();
        int b = from + m.last() + 1;
        if (!m.aligned() || any(covered, a, b) || allLower(words, a, b)) {
          continue;
        }
        String letters = Text.letters(t.text().substring(t.start()[a], t.end()[b - 1]));
        for (Gazetteer.Entry e : m.entries()) {
          if (e.exactCase() && !letters.equals(Text.letters(e.form()))) {
            continue;
          }
          boolean inContext = context.test(e.entity().id());
          boolean wellKnown =
              e.priority() >= 2 && !e.commonWord() && !e.ambiguousShortForm() && !shouted;
          if (!inContext && !wellKnown) {
            continue;
          }
          double p = 1;
          for (int i = a; i < b; i++) {
            p = Math.min(p, tagged.nameProbability(i));
          }
          double odds = (inContext ? CONTEXT_ODDS : KNOWN_NAME_ODDS) * p / Math.max(1e-9, 1 - p);
          if (odds >= 1) {
            Entity x = e.entity();
            int cb = t.start()[a];
            int ce = t.end()[b - 1];
            out.add(
                EntityMention.of(
                    x,
                    t.text().substring(cb, ce),
                    cb,
                    ce,
                    odds / (1 + odds),
                    inContext && e.kind() != Gazetteer.Kind.DEMONYM ? COREF : sourceOf(e)));
            mark(covered, a, b);
          }
          break;
        }
      }
    }
  }

  /**
   * A capitalised word one typo away from a well-known place or group ("Allepo", "Instanbul"): the
   * tagger rarely knows such a word, so the near miss is weighed as evidence with {@link
   * #MISSPELLING_ODDS}, as a context is in {@link #knownNames}.
   */
  private void misspelt(
      Tokens t,
      String[] words,
      boolean[] covered,
      EntityTagger.TaggedText tagged,
      EntityLinker linker,
      List<EntityMention> out) {
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (covered[i]
          || w.length() < 5
          || !Character.isUpperCase(w.charAt(0))
          || !Character.isLowerCase(w.charAt(w.length() - 1))) {
        continue; // a misspelling worth a guess is a capitalised word, not shouted
      }
      java.util.Optional<Gazetteer.Entry> e = linker.misspelling(w, Text.key(w));
      if (e.isEmpty()) {
        continue;
      }
      double p = tagged.nameProbability(i);
      double odds = MISSPELLING_ODDS * p / Math.max(1e-9, 1 - p);
      if (odds >= 1) {
        Entity x = e.get().entity();
        out.add(
            EntityMention.of(
                x, words[i], t.start()[i], t.end()[i], 0.8 * odds / (1 + odds), FUZZY));
        covered[i] = true;
      }
    }
  }

  /**
   * Well-known names written in lower case ("the russians", "middle east", "isis"): countries,
   * curated entities and their demonyms only, never a name that is also a common English word
   * ("turkey", "china"), and only where the tagger proposed nothing.
   */
  private void lowerCaseNames(
      Tokens t,
      String[] words,
      List<List<NameMatches.Match>> matches,
      boolean[] covered,
      List<EntityMention> out) {
    for (int s = 0; s < t.sentenceStarts().length; s++) {
      int from = t.sentenceStarts()[s];
      int to = t.sentenceEnd(s);
      for (NameMatches.Match m : matches.get(s)) {
        int a = from + m.first();
        int b = from + m.last() + 1;
        if (!m.aligned() || any(covered, a, b) || !allLower(words, a, b)) {
          continue;
        }
        for (Gazetteer.Entry e : m.entries()) {
          if (e.exactCase() || e.commonWord() || e.priority() < 2) {
            continue;
          }
          Entity x = e.entity();
          int cb = t.start()[a];
          int ce = t.end()[b - 1];
          out.add(EntityMention.of(x, t.text().substring(cb, ce), cb, ce, 0.6, sourceOf(e)));
          mark(covered, a, b);
          break;
        }
      }
    }
  }

  private static boolean allLower(String[] words, int a, int b) {
    for (int i = a; i < b; i++) {
      for (int k = 0; k < words[i].length(); k++) {
        if (Character.isUpperCase(words[i].charAt(k))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean any(boolean[] covered, int a, int b) {
    for (int i = a; i < b; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }

  /** Marks the tokens a mention overlaps; a name the linker dropped leaves its words free. */
  private static void markChars(Tokens t, boolean[] covered, EntityMention m) {
    for (int i = 0; i < t.size(); i++) {
      if (t.end()[i] > m.start() && t.start()[i] < m.end()) {
        covered[i] = true;
      }
    }
  }

  private static void mark(boolean[] covered, int a, int b) {
    for (int i = a; i < b; i++) {
      covered[i] = true;
    }
  }
}
