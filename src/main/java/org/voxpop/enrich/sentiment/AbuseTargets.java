package org.voxpop.enrich.sentiment;

import java.util.Set;

/**
 * Where abuse is aimed, read off the tokens and the text between them: names, sentence starts,
 * vocatives, "they are ..." predicates, generalisations about a group, and the windows the {@link
 * AbuseScorer} looks in. Stateless.
 */
final class AbuseTargets {
  private AbuseTargets() {}

  /** Capitalised words that start sentences without naming anyone. */
  static final Set<String> NOT_NAMES =
      Lexicons.set(
          "this",
          "that",
          "it",
          "there",
          "what",
          "which",
          "who",
          "here",
          "everything",
          "nothing",
          "something",
          "everyone",
          "the",
          "a",
          "an",
          "and",
          "but",
          "so",
          "if",
          "i",
          "i'm",
          "im",
          "oh",
          "wow",
          "yes",
          "no",
          "well",
          "how",
          "why",
          "these",
          "those",
          "they",
          "we",
          "our",
          "my",
          "only",
          "just",
          "typical",
          "such",
          "total");

  static final Set<String> COPULA = Lexicons.set("is", "are", "was", "were", "'s", "be");

  /** Subjects of "they are animals": people already named, whom the metaphor is said of. */
  static final Set<String> THEY = Lexicons.set("they", "these", "those");

  static final Set<String> THEY_ARE = Lexicons.set("they're", "theyre");

  /** What may stand between "they are" and the metaphor: "they are all animals". */
  static final Set<String> PREDICATE_FILLERS =
      Lexicons.set(
          "a", "an", "all", "just", "such", "nothing", "like", "the", "real", "total", "filthy",
          "dirty", "but", "so", "too", "mostly", "always");

  static final Set<String> GENERALISERS =
      Lexicons.set("all", "every", "most", "those", "these", "typical", "the");
  static final Set<String> NEGATORS =
      Lexicons.set(
          "not", "no", "never", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "ain't",
          "aint", "nor", "neither", "hardly");

  /**
   * "All immigrants are criminals", "Muslims are violent": an identity group opening a sentence or
   * after "all", "those", then a copula and a stereotype topic within three words, not negated.
   */
  static int generalisations(String text, Tokens tok, boolean[] identity, boolean[] stereotype) {
    String[] lw = tok.lower;
    int n = tok.size;
    int found = 0;
    for (int i = 0; i < n; i++) {
      if (!identity[i] || (i > 0 && identity[i - 1])) {
        continue;
      }
      boolean opens = i == 0 || sentenceStart(text, tok, i) || GENERALISERS.contains(lw[i - 1]);
      int j = i;
      while (j < n && identity[j]) {
        j++;
      }
      if (!opens || j >= n || !COPULA.contains(lw[j])) {
        continue;
      }
      for (int k = j + 1; k < Math.min(n, j + 4); k++) {
        if (NEGATORS.contains(lw[k])) {
          break;
        }
        if (stereotype[k]) {
          found++;
          break;
        }
      }
    }
    return found;
  }

  /**
   * A capitalised word that names someone: not a sentence opener such as "What" or "This", and at
   * the start of a sentence only when a copula follows ("Trump is a moron"). Short all-caps words
   * count ("CNN"), longer ones are shouting.
   */
  static boolean named(String text, Tokens tok, int i) {
    String raw = tok.raw[i];
    if (raw.length() < 2
        || !Character.isUpperCase(raw.charAt(0))
        || NOT_NAMES.contains(tok.lower[i])) {
      return false;
    }
    if (tok.upper[i] && raw.length() > 4) {
      return false;
    }
    if (i == 0 || sentenceStart(text, tok, i)) {
      return i + 1 < tok.size && COPULA.contains(tok.lower[i + 1]);
    }
    return true;
  }

  /** Whether a sentence ends between token {@code i - 1} and token {@code i}. */
  static boolean sentenceStart(String text, Tokens tok, int i) {
    for (int c = tok.end[i - 1]; c < tok.start[i] && c < text.length(); c++) {
      char ch = text.charAt(c);
      if (ch == '.' || ch == '!' || ch == '?') {
        return true;
      }
    }
    return false;
  }

  /**
   * "So get out, traitor.": an insult after a comma that ends its sentence addresses the reader.
   */
  static boolean vocative(String text, Tokens tok, int from, int to) {
    if (from == 0 || text.isEmpty() || tok.end[to - 1] > text.length()) {
      return false;
    }
    boolean comma = false;
    for (int c = tok.end[from - 1]; c < tok.start[from] && c < text.length(); c++) {
      comma |= text.charAt(c) == ',';
    }
    if (!comma) {
      return false;
    }
    int limit = to < tok.size ? tok.start[to] : text.length();
    for (int c = tok.end[to - 1]; c < limit; c++) {
      char ch = text.charAt(c);
      if (ch == '.' || ch == '!' || ch == '?') {
        return true;
      }
    }
    return to == tok.size;
  }

  /** Share of words (two letters or more) written in capitals: shouting. */
  static double shoutedShare(Tokens tok) {
    int words = 0;
    int caps = 0;
    for (int i = 0; i < tok.size; i++) {
      String r = tok.raw[i];
      if (r.length() >= 2) {
        words++;
        if (tok.upper[i]) {
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
  static boolean saidOfThem(String[] lw, int at) {
    int j = at - 1;
    for (int skipped = 0; j >= 0 && skipped < 2 && PREDICATE_FILLERS.contains(lw[j]); skipped++) {
      j--;
    }
    if (j >= 0 && THEY_ARE.contains(lw[j])) {
      return true;
    }
    return j >= 1 && lw[j].equals("are") && THEY.contains(lw[j - 1]);
  }

  static boolean before(boolean[] flags, int at, int window) {
    for (int j = Math.max(0, at - window); j < at; j++) {
      if (flags[j]) {
        return true;
      }
    }
    return false;
  }

  static boolean spans(boolean[] flags, int from, int to) {
    for (int j = from; j < to; j++) {
      if (flags[j]) {
        return true;
      }
    }
    return false;
  }

  static boolean near(boolean[] flags, int from, int to, int window) {
    for (int j = Math.max(0, from - window); j < Math.min(flags.length, to + window); j++) {
      if (flags[j] && (j < from || j >= to)) {
        return true;
      }
    }
    return false;
  }
}
