package org.voxpop.enrich.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.voxpop.enrich.sentiment.AbuseLexicon.Category;
import org.voxpop.enrich.sentiment.AbuseLexicon.Entry;

/**
 * Scores abuse, 0..1, and four kinds of it apart ({@link AbuseKind}: identity attack, insult,
 * profanity, threat), in one pass over the VADER tokens with hashed look-ups in the {@link
 * AbuseLexicon}. Each abusive term is weighted by the rules of the sentiment scorer (negation
 * before it ×0.3, capitals ×1.25, intensifiers such as "typical", "total" ×1.2), and its target
 * decides which kind it feeds:
 *
 * <ul>
 *   <li><b>identity attack</b>: slurs; dehumanising, metaphor ("animals", "cancer") and excluding
 *       terms said of an identity group or of "them" ("all Muslims are animals", "they are vermin",
 *       "send them back"); insults aimed at an identity group ("Mexicans are fools"); a
 *       generalisation of a group with a stereotype topic ("all immigrants are criminals"); threats
 *       aimed at a group count here too;
 *   <li><b>insult</b>: insults aimed at "you" (also a vocative: "So get out, traitor."), at a
 *       person named or pointed at before them ("Trump is a moron", "he is an idiot") or at a
 *       political camp (×1.5 for "you" and camps, ×1.3 for a person); an insult aimed at no one
 *       counts {@value #UNAIMED} of its weight; a profanity aimed at "you" ("f*** you") too;
 *   <li><b>profanity</b>: swear words (the bundled list and the lexicon's profanity rows) and
 *       profane insults ("asshole"), whatever their target;
 *   <li><b>threat</b>: the lexicon's threat phrases and {@link ThreatPatterns} ("I will kill you",
 *       "he should be hanged").
 * </ul>
 *
 * <p>Each kind's score is {@code 1 - exp(-1.2 s)} of its weighted sum {@code s}; the identity
 * attack also gets the weak signal of naming identity groups and stereotype topics ("crime",
 * "welfare", each {@value #STEREOTYPE_SHARE} of a group), at most {@value #MAX_FROM_GROUPS}, more
 * when the text is negative. The abuse score is {@code 1 - (1 - identity)(1 - insult)(1 - threat)(1
 * - }{@value #PROFANITY_SHARE}{@code ·profanity)(1 - shouting)}: swearing alone stays below {@link
 * AbuseLabel#POSSIBLE}, and so does every weak signal (shouting: the share of words in capitals, at
 * most {@value #MAX_FROM_SHOUTING}). Abuse is not negativity: negative sentiment alone adds
 * nothing.
 *
 * <p>It cannot see irony, quoted abuse ("he called them animals"), or abuse in words the lexicon
 * lacks; animal words used literally score as dehumanising when said of a group. Immutable and
 * thread safe.
 */
public final class AbuseScorer {
  /** The most that shouting (words in capitals) can contribute. */
  public static final double MAX_FROM_SHOUTING = 0.05;

  /**
   * The most that naming identity groups, and the topics of hostile generalisations about them, can
   * add without any abusive term.
   */
  public static final double MAX_FROM_GROUPS = 0.18;

  /** The share of the profanity score that counts as abuse: swearing alone is not abuse. */
  public static final double PROFANITY_SHARE = 0.25;

  /** The share of an insult's weight when it is aimed at no one ("what an idiot"). */
  public static final double UNAIMED = 0.75;

  /** The share of a "should be shot" threat's weight when it is said of no one. */
  static final double UNAIMED_THREAT = 0.25;

  // Per group mention: a base plus more when the text is negative (hand-set, not fitted).
  static final double G0 = 0.8;
  static final double G1 = 1.5;

  /** A stereotype topic ("crime", "welfare", "sharia") counts as this share of a group mention. */
  static final double STEREOTYPE_SHARE = 0.3;

  /** Weight of a generalisation: a group, a copula and a stereotype topic. */
  static final double GENERALISATION = 0.5;

  private static final double AT_YOU = 1.5;
  private static final double AT_GROUP = 1.5;
  private static final double AT_PERSON = 1.3;

  private static final Set<String> SECOND_PERSON =
      Lexicons.set(
          "you",
          "your",
          "you're",
          "youre",
          "yours",
          "ur",
          "u",
          "yourself",
          "yourselves",
          "y'all",
          "yall",
          "ya",
          "youse",
          "yer");

  /** Pronouns that point at a person an insult can be said of. */
  private static final Set<String> PERSON_PRONOUNS =
      Lexicons.set(
          "he", "she", "him", "her", "his", "he's", "hes", "she's", "shes", "himself", "herself",
          "they", "them", "they're", "theyre");

  /** Determiners that make a group word one person: "that woman", "a Muslim". */
  private static final Set<String> ONE_OF = Lexicons.set("this", "that", "a", "an", "one");

  private static final int SECOND = 1;
  private static final int PRONOUN = 2;
  private static final int ROLE_BITS =
      SECOND | PRONOUN | ThreatPatterns.VERB | ThreatPatterns.PARTICIPLE;

  /**
   * Every word with a role, to its role bits: one hashed look-up per token finds whether it is
   * second person, a person pronoun, a violent verb or participle ({@link ThreatPatterns}).
   */
  private static final Map<String, Integer> ROLES = roles();

  private static Map<String, Integer> roles() {
    Map<String, Integer> map = new HashMap<>();
    SECOND_PERSON.forEach(w -> map.merge(w, SECOND, (a, b) -> a | b));
    PERSON_PRONOUNS.forEach(w -> map.merge(w, PRONOUN, (a, b) -> a | b));
    ThreatPatterns.VERBS.forEach(w -> map.merge(w, ThreatPatterns.VERB, (a, b) -> a | b));
    ThreatPatterns.PARTICIPLES.forEach(
        w -> map.merge(w, ThreatPatterns.PARTICIPLE, (a, b) -> a | b));
    return Lexicons.frozen(map);
  }

  /**
   * {@link #ROLES} and the lexicon's {@link AbuseLexicon#wordBits}: what the scorer asks about each
   * token, in one map.
   */
  private static Map<String, Integer> wordBits(AbuseLexicon lexicon) {
    Map<String, Integer> m = new HashMap<>(lexicon.wordBits());
    ROLES.forEach((w, r) -> m.merge(w, r, (a, b) -> a | b));
    return m;
  }

  /** {@link #wordBits} of the bundled lexicon: the words {@link WordTable} must hold. */
  static Map<String, Integer> bundledWordBits() {
    return wordBits(AbuseLexicon.bundled());
  }

  private static final class Holder {
    static final AbuseScorer INSTANCE =
        new AbuseScorer(SentimentScorer.create(), AbuseLexicon.bundled());
  }

  private final SentimentScorer sentiment;
  private final AbuseLexicon lexicon;

  /**
   * {@link #wordBits} by {@link WordTable} id: the tokens carry their ids, so no token is hashed
   * again here.
   */
  private final int[] words;

  /**
   * By {@link WordTable} id, the lexicon's entry of each word with {@link AbuseLexicon#NEAR} (null
   * for none): what {@link AbuseLexicon#lookupSingle} finds for such a word written plainly, worked
   * out once instead of for every token.
   */
  private final Entry[] singles;

  private AbuseScorer(SentimentScorer sentiment, AbuseLexicon lexicon) {
    this.sentiment = sentiment;
    this.lexicon = lexicon;
    WordTable table = sentiment.vader().words();
    this.words = table.perWord(wordBits(lexicon));
    this.singles = new Entry[words.length];
    for (int id = 0; id < words.length; id++) {
      if ((words[id] & AbuseLexicon.NEAR) != 0) {
        singles[id] = lexicon.single(table.word(id));
      }
    }
  }

  private int bits(Tokens tok, int i) {
    int id = tok.id[i];
    return id == WordTable.NONE ? 0 : words[id];
  }

  /** The scorer with the bundled lexicon, loaded once and shared. */
  public static AbuseScorer create() {
    return Holder.INSTANCE;
  }

  /**
   * A scorer without the lexicon rows read off the Fox News comments, to measure how much they
   * flatter that file.
   */
  static AbuseScorer withoutFoxRows() {
    return new AbuseScorer(SentimentScorer.create(), new AbuseLexicon(false));
  }

  /** Scores a text; {@code null} is treated as empty. */
  public AbuseScore score(String text) {
    String t = text == null ? "" : text;
    Vader vader = sentiment.vader();
    Tokens tok = vader.tokenize(t, 0, t.length());
    // the VADER negative share of the whole text, from the same tokens (no second pass)
    double neg =
        Vader.score(tok, vader.valences(tok), Vader.punctuationEmphasis(t, 0, t.length())).negative;
    return score(t, tok, neg);
  }

  /**
   * Scores a text whose sentiment is already known, sparing a second VADER pass over it: the
   * document's negative share is what the groups signal needs. {@code null} text is empty.
   */
  public AbuseScore score(String text, DocumentSentiment known) {
    String t = text == null ? "" : text;
    Tokens tokens =
        SentimentScorer.analysisOf(text, known)
            .flatMap(SentimentScorer.Detailed::wholeText)
            .orElseGet(() -> sentiment.vader().tokenize(t, 0, t.length()));
    return score(t, tokens, known.negative());
  }

  /**
   * What the rules found in a text.
   *
   * @param byKind weighted sum of the abusive terms per {@link AbuseKind}, in its order
   * @param groups identity group mentions (runs of identity words)
   * @param stereotypes words of stereotype topics, and metaphors aimed at no one ("invasion")
   * @param matched the abusive terms, in text order
   */
  record Evidence(double[] byKind, int groups, int stereotypes, List<String> matched) {}

  private static double lexical(double sum) {
    return 1 - Math.exp(-1.2 * sum);
  }

  AbuseScore score(String text, Tokens tok, double neg) {
    Evidence ev = evidence(text, tok);
    double[] k = ev.byKind();
    double targets = ev.groups() + STEREOTYPE_SHARE * Math.min(ev.stereotypes(), 3);
    double fromGroups = MAX_FROM_GROUPS * (1 - Math.exp(-targets * (G0 + G1 * neg)));
    double fromShouting = MAX_FROM_SHOUTING * Math.min(1.0, 2 * AbuseTargets.shoutedShare(tok));
    AbuseKinds kinds =
        new AbuseKinds(
            1 - (1 - lexical(k[AbuseKind.IDENTITY_ATTACK.ordinal()])) * (1 - fromGroups),
            lexical(k[AbuseKind.INSULT.ordinal()]),
            lexical(k[AbuseKind.PROFANITY.ordinal()]),
            lexical(k[AbuseKind.THREAT.ordinal()]));
    double score =
        1
            - (1 - kinds.identityAttack())
                * (1 - kinds.insult())
                * (1 - kinds.threat())
                * (1 - PROFANITY_SHARE * kinds.profanity())
                * (1 - fromShouting);
    score = Double.isFinite(score) ? Math.max(0, Math.min(1, score)) : 0;
    return new AbuseScore(score, AbuseLabel.of(score), ev.matched(), kinds);
  }

  Evidence evidence(String text, Tokens tok) {
    int n = tok.size;
    String[] lw = tok.lower;
    // pass 1: find terms and targets
    Entry[] at = new Entry[n];
    int[] len = new int[n];
    boolean[] identity = new boolean[n];
    boolean[] camp = new boolean[n];
    boolean[] second = new boolean[n];
    boolean[] person = new boolean[n];
    boolean[] stereotype = new boolean[n];
    boolean[] covered = new boolean[n];
    int[] roles = new int[n];
    int violent = 0;
    int stereotypes = 0;
    int persons = 0;
    for (int i = 0; i < n; ) {
      int bits = bits(tok, i);
      Entry e =
          (bits & AbuseLexicon.NEAR) != 0
              ? lexicon.lookupSingle(tok.raw[i], lw[i], singles[tok.id[i]])
              : lexicon.lookupSingle(tok.raw[i], lw[i], false);
      if (e == null) {
        e = maskedAtEnd(text, tok, i);
      }
      int l = 1;
      // the hash of the phrase of words i .. i + k - 1, so that its string is made only when the
      // lexicon may hold it
      int ph = lw[i].hashCode();
      // longest match: extend the phrase only while it is a prefix of some lexicon phrase
      for (int k = 2;
          k <= lexicon.maxWords()
              && i + k <= n
              && (k == 2
                  ? (bits & AbuseLexicon.PREFIX) != 0
                  : lexicon.mayHold(ph) && lexicon.isPrefix(phrase(lw, i, k - 1)));
          k++) {
        if ((bits(tok, i + k - 1) & AbuseLexicon.LATER) == 0) {
          break; // no term has this word after its first: no longer phrase can match
        }
        String next = lw[i + k - 1];
        ph = 31 * ph + ' ';
        for (int c = 0; c < next.length(); c++) {
          ph *= 31;
        }
        ph += next.hashCode();
        Entry m = lexicon.mayHold(ph) ? lexicon.phrase(phrase(lw, i, k)) : null;
        if (m != null) {
          e = m;
          l = k;
        }
      }
      for (int j = i; j < i + l; j++) {
        roles[j] = (j == i ? bits : bits(tok, j)) & ROLE_BITS;
        second[j] = (roles[j] & SECOND) != 0;
        if ((roles[j] & (ThreatPatterns.VERB | ThreatPatterns.PARTICIPLE)) != 0) {
          violent++;
        }
      }
      if (e == null) {
        person[i] = (roles[i] & PRONOUN) != 0 || AbuseTargets.named(text, tok, i);
      } else if (e.category() == Category.STEREOTYPE) {
        stereotypes++;
        stereotype[i] = true;
      } else if (e.category() == Category.IDENTITY && i > 0 && ONE_OF.contains(lw[i - 1])) {
        person[i] = true; // "that woman", "a Muslim": one person, not a group to attack
        persons++; // who still names an identity, for the weak groups signal
      } else if (e.category() == Category.IDENTITY || e.category() == Category.POLITICAL) {
        for (int j = i; j < i + l; j++) {
          identity[j] = e.category() == Category.IDENTITY;
          camp[j] = e.category() == Category.POLITICAL;
        }
      } else {
        at[i] = e;
        len[i] = l;
        for (int j = i; j < i + l; j++) {
          covered[j] = true;
        }
      }
      i += l;
    }
    boolean capDiff = Vader.allCapDifferential(tok);
    double[] byKind = new double[AbuseKind.values().length];
    List<String> matched = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Entry e = at[i];
      if (e == null) {
        continue;
      }
      int end = i + len[i];
      boolean atYou =
          AbuseTargets.near(second, i, end, 4) || AbuseTargets.vocative(text, tok, i, end);
      boolean atGroup = AbuseTargets.near(identity, i, end, 5);
      boolean groupBefore = AbuseTargets.before(identity, i, 5);
      boolean campNear = AbuseTargets.near(camp, i, end, 5);
      // "this witch", "that idiot": pointed at one person
      boolean atPerson =
          AbuseTargets.before(person, i, 4)
              || (i > 0 && (lw[i - 1].equals("this") || lw[i - 1].equals("that")));
      Category c = e.category();
      if (c == Category.METAPHOR) {
        // A metaphor labels people named before it ("Muslims are a cancer", "these men are
        // animals"); a group after it is usually what the literal thing affects ("cancer kills
        // thousands of women"). Unaimed, a word like "invasion" is still the topic of a hostile
        // generalisation.
        if (!atYou
            && !groupBefore
            && !AbuseTargets.before(camp, i, 5)
            && !AbuseTargets.saidOfThem(lw, i)) {
          stereotypes++;
          continue;
        }
        c = Category.DEHUMANISING;
      }
      matched.add(e.term());
      double w = AbuseEmphasis.of(e.weight(), tok, i, capDiff);
      double[] k = byKind;
      int ia = AbuseKind.IDENTITY_ATTACK.ordinal();
      int ins = AbuseKind.INSULT.ordinal();
      switch (c) {
        case SLUR -> k[ia] += w * (atGroup || atYou ? AT_GROUP : 1);
        case EXCLUSION -> k[ia] += w * (atGroup ? AT_GROUP : 1);
        case DEHUMANISING -> {
          if (atGroup) {
            k[ia] += w * AT_GROUP;
          } else if (atYou || campNear) {
            k[ins] += w * AT_YOU;
          } else if (atPerson && !AbuseTargets.saidOfThem(lw, i)) {
            k[ins] += w * AT_PERSON;
          } else {
            k[ia] += w; // "they are vermin", "subhumans": dehumanising is about groups
          }
        }
        case THREAT -> {
          boolean aimedAt =
              atYou || atGroup || atPerson || campNear || AbuseTargets.spans(second, i, end);
          // "should be shot", "deserves to die" said of no one ("the bill should be killed")
          boolean saidOf = e.term().startsWith("should") || e.term().startsWith("deserve");
          k[AbuseKind.THREAT.ordinal()] += w * (aimedAt ? AT_YOU : saidOf ? UNAIMED_THREAT : 1);
          if (atGroup) {
            k[ia] += w / 2;
          }
        }
        case PROFANITY -> {
          k[AbuseKind.PROFANITY.ordinal()] += w;
          if (AbuseTargets.near(second, i, end, 2) || AbuseTargets.spans(second, i, end)) {
            k[ins] += 0.8 * w; // "f*** you", "screw you"
          }
        }
        default -> { // INSULT
          if (e.profane()) {
            k[AbuseKind.PROFANITY.ordinal()] += w;
          }
          if (atYou || campNear) {
            k[ins] += w * AT_YOU;
          } else if ((groupBefore || atGroup) && !atPerson) {
            k[ia] += w * AT_GROUP; // "Mexicans are fools": a generalisation about a group
          } else if (atPerson) {
            k[ins] += w * AT_PERSON;
          } else {
            k[ins] += w * UNAIMED;
          }
        }
      }
    }
    byKind[AbuseKind.IDENTITY_ATTACK.ordinal()] +=
        GENERALISATION * AbuseTargets.generalisations(text, tok, identity, stereotype);
    if (violent > 0) {
      threats(lw, n, roles, second, person, camp, identity, covered, byKind, matched);
    }
    int groups = persons;
    for (int i = 0; i < n; i++) {
      if (identity[i] && (i == 0 || !identity[i - 1])) {
        groups++;
      }
    }
    return new Evidence(byKind, groups, stereotypes, matched);
  }

  /** The {@code k} words from {@code i}, joined by spaces. */
  private static String phrase(String[] lw, int i, int k) {
    StringBuilder b = new StringBuilder(lw[i]);
    for (int j = i + 1; j < i + k; j++) {
      b.append(' ').append(lw[j]);
    }
    return b.toString();
  }

  /**
   * Violence promised to or wished on someone ({@link ThreatPatterns}), outside lexicon phrases.
   */
  private static void threats(
      String[] lw,
      int n,
      int[] roles,
      boolean[] second,
      boolean[] person,
      boolean[] camp,
      boolean[] identity,
      boolean[] covered,
      double[] byKind,
      List<String> matched) {
    boolean[] aimed = new boolean[n];
    for (int i = 0; i < n; i++) {
      aimed[i] = second[i] || person[i] || camp[i];
    }
    byte[] threats = new byte[n];
    if (ThreatPatterns.mark(lw, n, roles, aimed, identity, threats) == 0) {
      return;
    }
    for (int i = 0; i < n; i++) {
      if (threats[i] > 0 && !covered[i]) {
        matched.add(lw[i]);
        byKind[AbuseKind.THREAT.ordinal()] += AT_YOU;
        if (threats[i] == 2) {
          byKind[AbuseKind.IDENTITY_ATTACK.ordinal()] += 0.5;
        }
      }
    }
  }

  /**
   * "f***", "sh*t": the tokenizer strips trailing punctuation, asterisks included, so a word masked
   * at its end is looked up again with its asterisks.
   */
  private AbuseLexicon.Entry maskedAtEnd(String text, Tokens tok, int i) {
    int s = tok.start[i];
    int e = tok.end[i];
    if (e >= text.length() || text.charAt(e) != '*' || e - s != tok.raw[i].length()) {
      return null;
    }
    int m = e;
    while (m < text.length() && text.charAt(m) == '*') {
      m++;
    }
    String w = text.substring(s, m).toLowerCase(java.util.Locale.ROOT);
    return lexicon.lookupSingle(w, w);
  }
}
