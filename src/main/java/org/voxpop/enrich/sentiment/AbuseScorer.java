package org.voxpop.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores insults, slurs and dehumanising language, 0..1, from the bundled
 * {@code abuse-lexicon.tsv} (term, weight, category) with the same kind of rules as the
 * sentiment scorer:
 *
 * <ul>
 *   <li>negation in the three tokens before a term dampens it ("he is not an idiot": ×0.3);
 *   <li>ALL-CAPS terms in mixed-case text, and intensifiers before a term ("total idiot",
 *       "typical scum", "bunch of"), raise it;
 *   <li>second-person targeting ("you", "your people", "y'all") within four tokens raises it
 *       (×1.5): abuse aimed at a reader;
 *   <li>group targeting (an identity group from the lexicon's {@code group} category:
 *       nationality, religion, ethnicity, gender, sexuality; or a political camp from its
 *       {@code political} category) within five tokens raises it (×1.5): abuse aimed at a group;
 *   <li>{@code metaphor} terms ("animals", "vermin"-like metaphors such as "cancer", "invasion")
 *       count only when aimed at "you" or at a group named before them ("Muslims are a cancer"):
 *       "the animals at the zoo" and "cancer kills thousands of women" are not abuse.
 * </ul>
 *
 * <p>Also matched: plural forms, masked letters ("f*ggots"), stretched, dotted and digit
 * spellings ("scuuum", "F.A.G", "1diot") and insults shouted inside a word ("demoRATs"). A
 * metaphor said of people named before ("they are vermin", "those are animals") is aimed too.
 * The weighted sum {@code s} of the terms gives {@code lexical = 1 - exp(-1.2 s)}. Two weaker
 * signals follow: naming identity groups, or the topics of hostile generalisations about them
 * (the lexicon's {@code stereotype} category: "crime", "welfare", "sharia", each counting
 * {@value #STEREOTYPE_SHARE} of a group; {@value #MAX_FROM_GROUPS} at most, more when the text is
 * negative; political camps do not count, as hate is aimed at who people are), and the share of
 * words in capitals ({@value #MAX_FROM_SHOUTING} at most). The score is
 * {@code 1 - (1 - lexical)(1 - groups)(1 - shouting)}. Abuse is not negativity: negative
 * sentiment alone adds nothing (it only strengthens the groups signal), and without an abusive
 * term the weak signals together stay below the {@link AbuseLabel#POSSIBLE} threshold, so
 * nothing is labelled, while the ranking (and so the ROC AUC) still profits from them.
 *
 * <p>It cannot see irony, quoted abuse ("he called them animals"), or abuse in words the lexicon
 * lacks; animal words ("animals", "dogs") used literally score as dehumanising when near a group.
 * Immutable and thread safe.
 */
public final class AbuseScorer {
  /** The most that shouting (words in capitals) can contribute. */
  public static final double MAX_FROM_SHOUTING = 0.05;
  /**
   * The most that naming identity groups, and the topics of hostile generalisations about them,
   * can add without any abusive term.
   */
  public static final double MAX_FROM_GROUPS = 0.18;
  // Per group mention: a base plus more when the text is negative (hand-set, not fitted).
  static final double G0 = 0.8;
  static final double G1 = 1.5;
  /** A stereotype topic ("crime", "welfare", "sharia") counts as this share of a group mention. */
  static final double STEREOTYPE_SHARE = 0.3;

  private static final Set<String> SECOND_PERSON = Lexicons.set("you", "your", "you're", "youre",
      "yours", "ur", "u", "yourself", "yourselves", "y'all", "yall", "ya", "youse", "yer");
  /** Subjects of "they are animals": people already named, whom the metaphor is said of. */
  private static final Set<String> THEY = Lexicons.set("they", "these", "those");
  private static final Set<String> THEY_ARE = Lexicons.set("they're", "theyre");
  /** What may stand between "they are" and the metaphor: "they are all animals". */
  private static final Set<String> PREDICATE_FILLERS = Lexicons.set("a", "an", "all", "just",
      "such", "nothing", "like", "the", "real", "total", "filthy", "dirty");
  private static final Set<String> NEGATORS = Lexicons.set("not", "no", "never", "isn't", "isnt",
      "aren't", "arent", "wasn't", "wasnt", "ain't", "aint", "nor", "neither", "hardly");
  private static final Set<String> INTENSIFIERS = Lexicons.set("typical", "such", "bunch", "pack",
      "total", "totally", "complete", "completely", "utter", "utterly", "absolute", "absolutely",
      "fucking", "fuckin", "freaking", "damn", "real", "really", "biggest", "filthy", "dirty",
      "stupid", "disgusting", "worthless", "pathetic", "sick", "these", "bloody", "all");

  private static final class Holder {
    static final AbuseScorer INSTANCE = new AbuseScorer(SentimentScorer.create());
  }

  /** The lexicon category of stereotype topics ("crime", "welfare"): context, not abuse. */
  private static final String STEREOTYPE = "stereotype";

  private record Entry(String term, double weight, String category) {}

  private final SentimentScorer sentiment;
  private final Map<String, Entry> terms;
  private final int maxWords;
  private final List<Entry> singleWords;
  /** Every proper word prefix of a multi-word term ("go", "go back" for "go back to"). */
  private final Set<String> prefixes;

  private AbuseScorer(SentimentScorer sentiment) {
    this.sentiment = sentiment;
    Map<String, Entry> map = new HashMap<>();
    int max = 1;
    try (BufferedReader r = Lexicons.open("abuse-lexicon.tsv")) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        String term = f[0].trim().toLowerCase(Locale.ROOT);
        if (map.put(term, new Entry(term, Double.parseDouble(f[1].trim()), f[2].trim())) != null) {
          // a second row would silently replace the first, e.g. an insult by a weightless topic
          throw new IllegalStateException("abuse-lexicon.tsv lists \"" + term + "\" twice");
        }
        max = Math.max(max, term.split(" ").length);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.terms = Lexicons.frozen(map);
    java.util.HashSet<String> pre = new java.util.HashSet<>();
    for (String k : map.keySet()) {
      for (int sp = k.indexOf(' '); sp > 0; sp = k.indexOf(' ', sp + 1)) {
        pre.add(k.substring(0, sp));
      }
    }
    this.prefixes = Lexicons.frozenSet(pre);
    this.singleWords = map.values().stream().filter(e -> e.term().indexOf(' ') < 0)
        .sorted(java.util.Comparator.comparing(Entry::term)).toList();
    this.maxWords = max;
  }

  /** The scorer with the bundled lexicon, loaded once and shared. */
  public static AbuseScorer create() {
    return Holder.INSTANCE;
  }

  /** Scores a text; {@code null} is treated as empty. */
  public AbuseScore score(String text) {
    String t = text == null ? "" : text;
    Vader vader = sentiment.vader();
    Tokens tok = vader.tokenize(t, 0, t.length());
    // the VADER negative share of the whole text, from the same tokens (no second pass)
    double neg = Vader.score(tok, vader.valences(tok), Vader.punctuationEmphasis(t, 0, t.length()))
        .negative;
    return score(tok, neg);
  }

  /**
   * Scores a text whose sentiment is already known, sparing a second VADER pass over it: the
   * document's negative share is what the groups signal needs. {@code null} text is empty.
   */
  public AbuseScore score(String text, DocumentSentiment known) {
    String t = text == null ? "" : text;
    return score(sentiment.vader().tokenize(t, 0, t.length()), known.negative());
  }

  /** Categories of abusive terms, in the order of {@link Evidence#byCategory()}. */
  static final List<String> CATEGORIES = List.of("insult", "slur", "dehumanising", "exclusion",
      "threat", "profanity", "metaphor");

  /**
   * What the rules found in a text.
   *
   * @param byCategory weighted sum of the abusive terms per {@link #CATEGORIES} entry, after the
   *     negation, emphasis and targeting rules
   * @param groups group mentions (runs of group words)
   * @param stereotypes words of stereotype topics, and metaphors aimed at no one ("invasion")
   * @param secondPerson second-person words
   * @param matched the abusive terms, in text order
   */
  record Evidence(
      double[] byCategory, int groups, int stereotypes, int secondPerson, List<String> matched) {
    double sum() {
      double s = 0;
      for (double v : byCategory) {
        s += v;
      }
      return s;
    }
  }

  AbuseScore score(Tokens tok, double neg) {
    Evidence ev = evidence(tok);
    double lexical = 1 - Math.exp(-1.2 * ev.sum());
    double targets = ev.groups() + STEREOTYPE_SHARE * Math.min(ev.stereotypes(), 3);
    double fromGroups = MAX_FROM_GROUPS * (1 - Math.exp(-targets * (G0 + G1 * neg)));
    double fromShouting = MAX_FROM_SHOUTING * Math.min(1.0, 2 * shoutedShare(tok));
    double score = 1 - (1 - lexical) * (1 - fromGroups) * (1 - fromShouting);
    if (!Double.isFinite(score)) {
      score = 0;
    }
    score = Math.max(0, Math.min(1, score));
    return new AbuseScore(score, AbuseLabel.of(score), ev.matched());
  }

  Evidence evidence(Tokens tok) {
    int n = tok.size;
    String[] lw = tok.lower;
    // pass 1: find terms and groups
    Entry[] at = new Entry[n];
    int[] len = new int[n];
    boolean[] group = new boolean[n];
    boolean[] second = new boolean[n];
    boolean[] identity = new boolean[n];
    int stereotypes = 0;
    for (int i = 0; i < n; ) {
      second[i] = SECOND_PERSON.contains(lw[i]);
      // longest match: extend the phrase only while it is a prefix of some lexicon phrase
      Entry e = lookupSingle(tok.raw[i], lw[i]);
      int l = 1;
      String phrase = lw[i];
      for (int k = 2; k <= maxWords && i + k <= n && prefixes.contains(phrase); k++) {
        phrase = phrase + " " + lw[i + k - 1];
        Entry m = terms.get(phrase);
        if (m != null) {
          e = m;
          l = k;
        }
      }
      if (e != null) {
        if (e.category().equals(STEREOTYPE)) {
          stereotypes++;
        } else if (isTarget(e)) {
          for (int j = i; j < i + l; j++) {
            group[j] = true;
            identity[j] = e.category().equals("group");
          }
        } else {
          at[i] = e;
          len[i] = l;
        }
        for (int j = i + 1; j < i + l; j++) {
          second[j] = SECOND_PERSON.contains(lw[j]);
        }
        i += l;
      } else {
        i++;
      }
    }
    boolean capDiff = Vader.allCapDifferential(tok);
    double[] byCategory = new double[CATEGORIES.size()];
    List<String> matched = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Entry e = at[i];
      if (e == null) {
        continue;
      }
      matched.add(e.term());
      double w = e.weight();
      for (int j = Math.max(0, i - 3); j < i; j++) {
        if (NEGATORS.contains(lw[j]) || lw[j].endsWith("n't")) {
          w *= 0.3;
          break;
        }
      }
      if (capDiff && Tokens.isUpper(tok.raw[i])) {
        w *= 1.25;
      }
      for (int j = Math.max(0, i - 2); j < i; j++) {
        if (INTENSIFIERS.contains(lw[j]) || Vader.BOOSTERS.getOrDefault(lw[j], 0.0) > 0) {
          w *= 1.2;
          break;
        }
      }
      boolean atYou = near(second, i, i + len[i], 4);
      boolean atGroup = near(group, i, i + len[i], 5);
      // A metaphor labels a group named before it ("Muslims are a cancer", "these men are
      // animals"); a group after it is usually what the literal thing affects ("cancer kills
      // thousands of women").
      boolean groupBefore = before(group, i, 5);
      if (e.category().equals("metaphor") && !atYou && !groupBefore
          && !saidOfThem(lw, i)) {
        // "animals", "cancer", "invasion" are only abusive when aimed at people; unaimed, a word
        // like "invasion" or "breeding" is still the topic of a hostile generalisation
        matched.remove(matched.size() - 1);
        stereotypes++;
        continue;
      }
      if (atYou) {
        w *= 1.5;
      }
      if (atGroup) {
        w *= 1.5;
      }
      byCategory[Math.max(0, CATEGORIES.indexOf(e.category()))] += w;
    }
    int groups = 0;
    int seconds = 0;
    for (int i = 0; i < n; i++) {
      if (identity[i] && (i == 0 || !identity[i - 1])) {
        groups++;
      }
      if (second[i]) {
        seconds++;
      }
    }
    return new Evidence(byCategory, groups, stereotypes, seconds, matched);
  }

  /** Group words: identity groups ({@code group}) and political camps ({@code political}). */
  private static boolean isTarget(Entry e) {
    return e.category().equals("group") || e.category().equals("political");
  }

  /** Terms that carry no abuse themselves: group words and stereotype topics. */
  private static boolean isContext(Entry e) {
    return isTarget(e) || e.category().equals(STEREOTYPE);
  }

  /** Share of words (two letters or more) written in capitals: shouting. */
  static double shoutedShare(Tokens tok) {
    int words = 0;
    int caps = 0;
    for (int i = 0; i < tok.size; i++) {
      String r = tok.raw[i];
      if (r.length() >= 2) {
        words++;
        if (Tokens.isUpper(r)) {
          caps++;
        }
      }
    }
    // all-caps text is a habit of some writers, not emphasis within the text: count it half
    return words == 0 ? 0 : (caps == words ? 0.5 : (double) caps / words);
  }

  /**
   * "they are animals", "those are vermin", "they're all rats": the metaphor is said of people
   * named before. A pointing word alone is not enough: "those pigs were culled" is about pigs.
   */
  private static boolean saidOfThem(String[] lw, int at) {
    int j = at - 1;
    for (int skipped = 0; j >= 0 && skipped < 2 && PREDICATE_FILLERS.contains(lw[j]); skipped++) {
      j--;
    }
    if (j >= 0 && THEY_ARE.contains(lw[j])) {
      return true;
    }
    return j >= 1 && lw[j].equals("are") && THEY.contains(lw[j - 1]);
  }

  private static boolean before(boolean[] flags, int at, int window) {
    for (int j = Math.max(0, at - window); j < at; j++) {
      if (flags[j]) {
        return true;
      }
    }
    return false;
  }

  private static boolean near(boolean[] flags, int from, int to, int window) {
    for (int j = Math.max(0, from - window); j < Math.min(flags.length, to + window); j++) {
      if (flags[j] && (j < from || j >= to)) {
        return true;
      }
    }
    return false;
  }

  /** "f*ggot", "n**ger": a masked letter matches any letter of a one-word term. */
  private Entry masked(String w) {
    String core = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    for (Entry e : singleWords) {
      String t = e.term();
      if ((t.length() == w.length() || t.length() == core.length()) && !isContext(e)) {
        String x = t.length() == w.length() ? w : core;
        boolean ok = true;
        for (int c = 0; c < t.length() && ok; c++) {
          ok = x.charAt(c) == '*' || x.charAt(c) == t.charAt(c);
        }
        if (ok) {
          return e;
        }
      }
    }
    return null;
  }

  private Entry lookupSingle(String raw, String lower) {
    Entry e = single(lower);
    if (e == null) {
      e = hiddenInCaps(raw);
    }
    if (e == null) {
      e = respelled(lower);
    }
    int dash = lower.indexOf('-');
    if (e == null && dash > 0) {
      // "non-Jewish", "Muslim-majority", "anti-white": look at the parts of a hyphenated word
      e = single(lower.substring(dash + 1));
      if (e == null) {
        e = single(lower.substring(0, dash));
      }
    }
    return e;
  }

  /**
   * "scuuuum", "1diot", "F.A.G": a spelling that dodges filters, read back and looked up exactly
   * (no plural forms: "BBB" must not become "b" + "s"). Only words of three letters or more
   * count, and a dotted acronym only when it spells a slur: "P.O.S." and "K.Y." are initials.
   */
  private Entry respelled(String lower) {
    String plain = Spelling.plain(lower);
    if (plain.equals(lower) || plain.length() < 3) {
      return null;
    }
    Entry e = terms.get(plain);
    if (e == null && !Spelling.collapsed(plain).equals(plain) && Spelling.collapsed(plain).length() >= 3) {
      e = terms.get(Spelling.collapsed(plain));
    }
    if (e == null || isContext(e)) {
      return null;
    }
    boolean dotted = lower.indexOf('.') > 0;
    return dotted && !e.category().equals("slur") ? null : e;
  }

  /** "demoRATs", "DUMMYcrats": an insult shouted inside a lower-case word. */
  private Entry hiddenInCaps(String raw) {
    int n = raw.length();
    boolean lower = false;
    for (int c = 0; c < n && !lower; c++) {
      lower = Character.isLowerCase(raw.charAt(c));
    }
    if (!lower) {
      return null;
    }
    int c = 0;
    while (c < n) {
      if (!Character.isUpperCase(raw.charAt(c))) {
        c++;
        continue;
      }
      int d = c;
      while (d < n && Character.isUpperCase(raw.charAt(d))) {
        d++;
      }
      if (d - c >= 3) {
        Entry e = single(raw.substring(c, d).toLowerCase(Locale.ROOT));
        if (e != null && !isContext(e)) {
          // shouting the insult inside a name is aiming it: never a mere metaphor
          return e.category().equals("metaphor") ? new Entry(e.term(), e.weight(), "insult") : e;
        }
      }
      c = d;
    }
    return null;
  }

  private Entry single(String w) {
    Entry e = terms.get(w);
    if (e == null) {
      e = terms.get(w + "s");
    }
    if (e == null && w.indexOf('*') > 0) {
      e = masked(w);
    }
    if (e == null && w.length() > 3 && w.endsWith("s")) {
      e = terms.get(w.substring(0, w.length() - 1));
      if (e == null && w.endsWith("es")) {
        e = terms.get(w.substring(0, w.length() - 2));
      }
    }
    return e;
  }
}
