package org.voxpop.enrich.sentiment;

import java.util.List;
import java.util.Set;

/**
 * General rules of stance that a classifier trained on single news sentences cannot learn, because
 * they turn on what the writer thinks of an act rather than on the words around the target. Applied
 * after the classifier, to every text alike; none names an entity.
 *
 * <ul>
 *   <li><b>Rejected accusation.</b> When the target is the one accused ("blaming X", "placing blame
 *       on X and Y", "accusing X") and the writer disowns the accusation (a cue just before the
 *       verb: "stop", "quit", "keep", "always", "continue", "typical", "don't", "too easy to", an
 *       addressee "you", or an insult right before the verb: "scum blaming X"), the writer defends
 *       the target: its stance is at least {@value #DEFENDED}.
 *   <li><b>Sarcastic praise.</b> A short sentence of praise ("well done.", "great job!", "bravo")
 *       in a text that is clearly negative as a whole, the praise counted, is sarcasm: the praise
 *       is blame, and every positive stance in the text turns negative.
 *   <li><b>Short sentences.</b> In a sentence of at most {@value #SHORT} tokens, where the
 *       classifier (trained on news sentences of 25 words on average) answers neutral but the
 *       valences around the target are clear (at least {@value #LEXICAL_BACKOFF} either way), the
 *       lexical stance stands.
 * </ul>
 */
final class StanceRoles {
  /**
   * A lexical stance at least this strong overrides a neutral answer of the classifier in a short
   * sentence.
   */
  static final double LEXICAL_BACKOFF = 0.2;

  static final int SHORT = 12;

  /** The stance of a target the writer defends against an accusation. */
  static final double DEFENDED = 0.3;

  /** Compound of the whole text at or below which praise in it reads as sarcasm. */
  static final double SARCASM_CONTEXT = -0.3;

  /** A sarcastic praise sentence has at most this many tokens. */
  static final int SARCASM_TOKENS = 6;

  private static final Set<String> ACCUSE =
      Lexicons.set(
          "blame",
          "blames",
          "blamed",
          "blaming",
          "accuse",
          "accuses",
          "accused",
          "accusing",
          "scapegoat",
          "scapegoats",
          "scapegoating",
          "demonize",
          "demonizing",
          "demonise",
          "demonising",
          "vilify",
          "vilifying");

  /** Light verbs of a noun accusation: "placing blame on X", "putting the blame on X". */
  private static final Set<String> LIGHT =
      Lexicons.set("place", "placing", "put", "putting", "lay", "laying", "the", "to");

  private static final Set<String> DISOWN =
      Lexicons.set(
          "stop",
          "stopped",
          "quit",
          "keep",
          "keeps",
          "kept",
          "always",
          "continue",
          "continues",
          "continuing",
          "constantly",
          "typical",
          "easy",
          "instead",
          "don't",
          "dont",
          "not",
          "never",
          "you",
          "y'all",
          "yall",
          "u");

  /** What may stand between an accusation and its target: articles, "on", coordinated names. */
  private static final Set<String> BETWEEN =
      Lexicons.set("the", "a", "on", "and", "&", "or", "nor");

  private static final List<String> PRAISE =
      List.of(
          "well done",
          "good job",
          "great job",
          "nice job",
          "good work",
          "great work",
          "nice work",
          "bravo",
          "congrats",
          "congratulations",
          "way to go",
          "thanks a lot",
          "nice going",
          "good going",
          "well played",
          "slow clap");

  private StanceRoles() {}

  /** One text's rule context, worked out once for all its mentions. */
  static final class Text {
    private final boolean sarcastic;

    Text(String text, DocumentSentiment scored) {
      this.sarcastic = sarcastic(text, scored);
    }

    /**
     * The classifier's stance toward the target starting at token {@code first} of {@code s}, after
     * the rules.
     */
    double adjust(double stance, double lexical, StanceSentence s, int first) {
      double out = stance;
      if (SentimentLabel.of(out) == SentimentLabel.NEUTRAL
          && Math.abs(lexical) >= LEXICAL_BACKOFF
          && s.size() <= SHORT) {
        out = lexical;
      }
      if (sarcastic && out > 0) {
        out = -out;
      }
      if (defended(s, first)) {
        out = Math.max(out, DEFENDED);
      }
      return out;
    }
  }

  /**
   * Whether the target starting at token {@code first} is the object of an accusation the writer
   * disowns.
   */
  static boolean defended(StanceSentence s, int first) {
    String[] w = s.words;
    // walk left over articles and coordinated names to the accusing word
    int i = first - 1;
    int steps = 0;
    while (i >= 0 && steps < 8 && !ACCUSE.contains(w[i])) {
      boolean name = Character.isUpperCase(s.tokens.raw[i].charAt(0));
      if (!BETWEEN.contains(w[i]) && !name) {
        return false;
      }
      i--;
      steps++;
    }
    if (i < 0 || !ACCUSE.contains(w[i])) {
      return false;
    }
    int verb = i;
    // the cue: within three words before the verb, light verbs skipped
    for (int k = verb - 1, seen = 0; k >= 0 && seen < 3; k--) {
      if (LIGHT.contains(w[k])) {
        continue;
      }
      if (DISOWN.contains(w[k]) || (k == verb - 1 && s.valences[k] <= -1.5)) {
        return true;
      }
      seen++;
    }
    return false;
  }

  /** A short praise sentence in a text that is clearly negative as a whole, praise included. */
  static boolean sarcastic(String text, DocumentSentiment scored) {
    List<SentenceSentiment> ss = scored.sentences();
    if (ss.size() < 2 || scored.compound() > SARCASM_CONTEXT) {
      return false;
    }
    for (SentenceSentiment s : ss) {
      if (s.compound() > 0 && s.end() - s.start() <= 60 && praise(text, s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean praise(String text, SentenceSentiment s) {
    String lower = text.substring(s.start(), s.end()).toLowerCase(java.util.Locale.ROOT);
    int words = lower.isBlank() ? 0 : words(lower.trim());
    if (words > SARCASM_TOKENS) {
      return false;
    }
    for (String p : PRAISE) {
      if (lower.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code trimmed.split("\\s+").length} without a regular expression: one word more than the runs
   * of white space ({@code \s}: space, tab, line breaks, form feed) inside a trimmed string.
   */
  static int words(String trimmed) {
    int words = 1;
    boolean space = false;
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      boolean ws = c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
      if (ws && !space) {
        words++;
      }
      space = ws;
    }
    return words;
  }
}
