package org.voxpop.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The abuse scorer's words, from three bundled files: {@code abuse-lexicon.tsv} (written for
 * voxpop: insults, slurs, dehumanising and excluding phrases, threats, profanity phrases, context
 * words), {@code profanity-badwords-list.txt} (single swear words, npm {@code badwords-list} 1.0.0,
 * MIT) and {@code identity-terms.tsv} (the groups an identity attack is aimed at). A lexicon row
 * overrides the list for its word; a {@code clean} row removes a list word. Each word is in one
 * place: a word listed twice, or both as an identity term and an abusive term, fails the load.
 *
 * <p>Also matched, by {@link #lookupSingle}: plural forms, masked letters ("f*ggots"), stretched,
 * dotted and digit spellings ("scuuum", "F.A.G", "1diot") and insults shouted inside a word
 * ("demoRATs"). Immutable and thread safe.
 */
final class AbuseLexicon {
  /** What a word is, which decides the kind of abuse it feeds (see {@link AbuseScorer}). */
  enum Category {
    INSULT,
    SLUR,
    DEHUMANISING,
    EXCLUSION,
    THREAT,
    PROFANITY,
    METAPHOR,
    /** An identity group: the target of identity attacks, no abuse of its own. */
    IDENTITY,
    /** A political camp: aims an insult, no abuse of its own. */
    POLITICAL,
    /** A topic of hostile generalisations about groups ("crime", "sharia"): context only. */
    STEREOTYPE;

    /** Words that carry no abuse themselves. */
    boolean context() {
      return this == IDENTITY || this == POLITICAL || this == STEREOTYPE;
    }
  }

  /** Weight of a swear word from the bundled list that the lexicon does not weigh itself. */
  static final double LIST_WEIGHT = 0.5;

  /** Origin of the lexicon rows read off the Fox News comments (their AUC there is in-sample). */
  static final String FOX = "fox";

  /**
   * One word or phrase.
   *
   * @param term lower case
   * @param weight 0..1
   * @param category what it is
   * @param profane whether it is a swear word (in the bundled list, or a profanity row)
   * @param listOnly whether only the bundled list has it (no lexicon row)
   */
  record Entry(String term, double weight, Category category, boolean profane, boolean listOnly) {}

  private static final class Holder {
    static final AbuseLexicon ALL = new AbuseLexicon(true);
  }

  private final Map<String, Entry> terms;

  /** Every proper word prefix of a multi-word term ("go", "go back" for "go back to"). */
  private final Set<String> prefixes;

  private final int maxWords;

  /**
   * The {@link String#hashCode} of every term and every phrase prefix, sorted: a scorer that
   * extends a phrase word by word can turn it away by its hash before making its string.
   */
  private final int[] phraseHashes;

  private final List<Entry> singleWords;

  /**
   * Every word {@link #single} can find a term for without a mask: the terms, and their forms with
   * "s" or "es" added or an "s" taken off. One look-up turns away the rest, nearly every word of a
   * text, which would otherwise cost up to four.
   */
  private final Set<String> near;

  /**
   * Bits of {@link #wordBits}: the word is in {@link #near}, or is a first word of a phrase term.
   */
  static final int NEAR = 1 << 8;

  static final int PREFIX = 1 << 9;

  /** Bit of {@link #wordBits}: the word is the second or a later word of a phrase term. */
  static final int LATER = 1 << 10;

  /** {@link #NEAR}, {@link #PREFIX} and {@link #LATER} of every word that has one. */
  private final Map<String, Integer> wordBits;

  /** The bundled lexicon, loaded once. */
  static AbuseLexicon bundled() {
    return Holder.ALL;
  }

  /**
   * Loads the bundled files; without {@code withFoxRows}, the rows read off the Fox News comments
   * are left out (for an evaluation on that file that is not flattered by them).
   */
  AbuseLexicon(boolean withFoxRows) {
    Map<String, Entry> map = new HashMap<>();
    Set<String> listed = new HashSet<>();
    try (BufferedReader r = Lexicons.open("profanity-badwords-list.txt")) {
      for (String line; (line = r.readLine()) != null; ) {
        String w = line.trim().toLowerCase(Locale.ROOT);
        // a literal "*" in the list would act as a mask
        if (!w.isEmpty() && w.indexOf('*') < 0) {
          listed.add(w);
          map.put(w, new Entry(w, LIST_WEIGHT, Category.PROFANITY, true, true));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> rows = new HashSet<>();
    for (String[] f : rows("abuse-lexicon.tsv")) {
      String term = f[0];
      if (!rows.add(term)) {
        // a second row would silently replace the first, e.g. an insult by a weightless topic
        throw new IllegalStateException("abuse-lexicon.tsv lists \"" + term + "\" twice");
      }
      String category = f[2].toUpperCase(Locale.ROOT);
      if (category.equals("CLEAN")) {
        map.remove(term);
        continue;
      }
      if (!withFoxRows && f.length > 3 && f[3].equals(FOX)) {
        continue;
      }
      Category c = Category.valueOf(category);
      map.put(
          term,
          new Entry(
              term,
              Double.parseDouble(f[1]),
              c,
              c == Category.PROFANITY || listed.contains(term),
              false));
    }
    for (String[] f : rows("identity-terms.tsv")) {
      Entry old = map.put(f[0], new Entry(f[0], 0, Category.IDENTITY, false, false));
      if (old != null) {
        throw new IllegalStateException(
            "identity term \"" + f[0] + "\" is also in the abuse lexicon");
      }
    }
    this.terms = Lexicons.frozen(map);
    Set<String> pre = new HashSet<>();
    Set<String> later = new HashSet<>();
    int max = 1;
    for (String k : map.keySet()) {
      for (int sp = k.indexOf(' '); sp > 0; sp = k.indexOf(' ', sp + 1)) {
        pre.add(k.substring(0, sp));
        int next = k.indexOf(' ', sp + 1);
        later.add(k.substring(sp + 1, next < 0 ? k.length() : next));
      }
      max = Math.max(max, k.split(" ").length);
    }
    this.prefixes = Lexicons.frozenSet(pre);
    this.phraseHashes =
        java.util.stream.Stream.concat(map.keySet().stream(), pre.stream())
            .mapToInt(String::hashCode)
            .sorted()
            .distinct()
            .toArray();
    this.maxWords = max;
    Set<String> forms = new HashSet<>();
    for (String k : map.keySet()) {
      forms.add(k);
      forms.add(k + "s");
      forms.add(k + "es");
      if (k.endsWith("s")) {
        forms.add(k.substring(0, k.length() - 1));
      }
    }
    this.near = Lexicons.frozenSet(forms);
    Map<String, Integer> bits = new HashMap<>();
    forms.forEach(w -> bits.merge(w, NEAR, (a, b) -> a | b));
    pre.forEach(w -> bits.merge(w, PREFIX, (a, b) -> a | b));
    later.forEach(w -> bits.merge(w, LATER, (a, b) -> a | b));
    this.wordBits = Map.copyOf(bits);
    // the lexicon's own rows first: a masked "f***" is its "fuck" before the list's "fcuk"
    this.singleWords =
        map.values().stream()
            .filter(e -> e.term().indexOf(' ') < 0)
            .sorted(Comparator.comparing(Entry::listOnly).thenComparing(Entry::term))
            .toList();
  }

  private static List<String[]> rows(String name) {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = Lexicons.open(name)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        for (int i = 0; i < f.length; i++) {
          f[i] = f[i].trim();
        }
        f[0] = f[0].toLowerCase(Locale.ROOT);
        out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The entry of a lower-case phrase, or null. */
  Entry phrase(String lowerPhrase) {
    return terms.get(lowerPhrase);
  }

  /**
   * Whether a term or a phrase prefix may have this {@link String#hashCode}: false means neither
   * {@link #phrase} nor {@link #isPrefix} would find the words.
   */
  boolean mayHold(int hash) {
    return java.util.Arrays.binarySearch(phraseHashes, hash) >= 0;
  }

  /** Whether some longer phrase starts with these words. */
  boolean isPrefix(String lowerWords) {
    return prefixes.contains(lowerWords);
  }

  /** The most words of a phrase. */
  int maxWords() {
    return maxWords;
  }

  /**
   * {@link #NEAR}, {@link #PREFIX} and {@link #LATER} of each word that has one, so that a scorer
   * asking about every token can merge them with its own word lists into one look-up.
   */
  Map<String, Integer> wordBits() {
    return wordBits;
  }

  /** The entry of one token, by its raw and lower-case spelling, or null. */
  Entry lookupSingle(String raw, String lower) {
    return lookupSingle(raw, lower, near.contains(lower));
  }

  /**
   * {@link #lookupSingle(String, String)}, told whether the lower-case word is in {@link #near}.
   */
  Entry lookupSingle(String raw, String lower, boolean isNear) {
    if (plainWord(raw, lower)) {
      // nothing hidden in capitals, nothing respelled, masked or hyphenated: the word itself
      return isNear ? single(lower) : null;
    }
    Entry e = isNear || lower.indexOf('*') >= 0 ? single(lower) : null;
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
   * Whether a word is, in lower case, only the letters a-z with no three equal ones in a row, and
   * has no run of three capitals after or before a lower-case letter: nearly every word of a text
   * ("the", "The", "USA"), for which {@link #lookupSingle} need not try capitals ({@link
   * #hiddenInCaps} finds nothing), respellings or parts.
   */
  private static boolean plainWord(String raw, String lower) {
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c < 'a' || c > 'z' || i >= 2 && c == lower.charAt(i - 1) && c == lower.charAt(i - 2)) {
        return false;
      }
    }
    if (raw.equals(lower)) {
      return true;
    }
    int run = 0;
    boolean longRun = false;
    boolean lowerCase = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isUpperCase(c)) {
        longRun |= ++run >= 3;
      } else {
        run = 0;
        lowerCase |= Character.isLowerCase(c);
      }
    }
    return !(longRun && lowerCase);
  }

  /**
   * {@link #lookupSingle(String, String, boolean)} of a word in {@link #near}, given {@code
   * single}, the entry {@link #single} finds for its lower case (worked out beforehand).
   */
  Entry lookupSingle(String raw, String lower, Entry single) {
    return plainWord(raw, lower) ? single : lookupSingle(raw, lower, true);
  }

  /**
   * "f*ggot", "n**ger", "f***": a masked letter matches any letter of a one-word term. When several
   * terms fit, a swear word wins ("f***" is "fuck", not "fags"), the lexicon's own rows before the
   * bundled list's.
   */
  private Entry masked(String w) {
    String core = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    Entry first = null;
    for (Entry e : singleWords) {
      String t = e.term();
      if ((t.length() == w.length() || t.length() == core.length()) && !e.category().context()) {
        String x = t.length() == w.length() ? w : core;
        boolean ok = true;
        for (int c = 0; c < t.length() && ok; c++) {
          ok = x.charAt(c) == '*' || x.charAt(c) == t.charAt(c);
        }
        if (ok && e.category() == Category.PROFANITY) {
          return e;
        }
        if (ok && first == null) {
          first = e;
        }
      }
    }
    return first;
  }

  /**
   * "scuuuum", "1diot", "F.A.G": a spelling that dodges filters, read back and looked up exactly
   * (no plural forms: "BBB" must not become "b" + "s"). Only words of three letters or more count,
   * and a dotted acronym only when it spells a slur: "P.O.S." and "K.Y." are initials.
   */
  private Entry respelled(String lower) {
    String plain = Spelling.plain(lower);
    if (plain.equals(lower) || plain.length() < 3) {
      return null;
    }
    Entry e = terms.get(plain);
    String collapsed = Spelling.collapsed(plain);
    if (e == null && !collapsed.equals(plain) && collapsed.length() >= 3) {
      e = terms.get(collapsed);
    }
    if (e == null || e.category().context()) {
      return null;
    }
    boolean dotted = lower.indexOf('.') > 0;
    return dotted && e.category() != Category.SLUR ? null : e;
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
        if (e != null && !e.category().context()) {
          // shouting the insult inside a name is aiming it: never a mere metaphor
          return e.category() == Category.METAPHOR
              ? new Entry(e.term(), e.weight(), Category.INSULT, e.profane(), false)
              : e;
        }
      }
      c = d;
    }
    return null;
  }

  /** The entry of a one-word lower-case token, in any of its plural forms, or null. */
  Entry single(String w) {
    if (w.indexOf('*') < 0 && !near.contains(w)) {
      return null;
    }
    Entry e = terms.get(w);
    if (e == null && w.length() >= 3) {
      // a lexicon row in the plural ("idiots") matches the singular; a list word does not ("as")
      e = terms.get(w + "s");
      e = e == null || e.listOnly() ? null : e;
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
