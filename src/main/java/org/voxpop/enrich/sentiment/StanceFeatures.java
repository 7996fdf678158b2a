package org.voxpop.enrich.sentiment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

// Over 500 lines: one feature template set; its templates share the sentence's flags, positions
// and the hashing that the trained model's keys depend on, so they stay in one place.
/**
 * The target-dependent features of one mention in its sentence, as 32-bit hashed keys with values:
 * the words left and right of the target (with their distance up to three words, and whether they
 * share its clause), the VADER valences around it by side, distance and clause, the whole
 * sentence's compound, whether the target is the subject, object or agent of an evaluative verb ("X
 * slammed Y", "Y was praised", "accused X of", "by X"), attribution (the target as speaker,
 * "according to X", inside or outside a quotation and the valence quoted), negation before the
 * target and which side of a contrast ("but", "although") it is on, and a few conjunctions of the
 * target's position or role with the sign of the valence around it. Other mentions of the sentence
 * and capitalised words read as placeholders, so that the model learns what is said around a name
 * rather than who is named.
 *
 * <p>Keys are hashes of a template number and the words' {@link String#hashCode}, which Java
 * specifies, so the same text gives the same keys on every machine. Stateless and thread safe.
 */
final class StanceFeatures {
  private StanceFeatures() {}

  // templates
  private static final int BIAS = 1;
  private static final int COMPOUND = 2;
  private static final int COMPOUND_BUCKET = 3;
  private static final int SIDE_WORD = 4;
  private static final int NEAR_WORD = 5;
  private static final int CLAUSE_WORD = 6;
  private static final int LEFT_BIGRAM = 7;
  private static final int RIGHT_BIGRAM = 8;
  private static final int AROUND = 9;
  private static final int VALENCE = 10;
  private static final int VALENCE_SUM = 11;
  private static final int ACT = 12;
  private static final int SPEAKER = 13;
  private static final int QUOTE = 14;
  private static final int NEGATION = 15;
  private static final int CONTRAST = 16;
  private static final int TARGET = 17;
  private static final int ACT_WORD = 18;
  private static final int LOCAL = 19;
  private static final int BIGRAM = 20;
  private static final int STEM = 21;
  private static final int POSITION_VALENCE = 23;
  private static final int ACT_VALENCE = 24;
  private static final int QUOTE_VALENCE = 25;
  private static final int SHAPE = 26;
  private static final int LEFT_TRIGRAM = 27;
  private static final int RIGHT_TRIGRAM = 28;

  /** The word that stands for another mention of the same sentence. */
  static final String OTHER = "<other>";

  /** Words further from the target than this give their valence only, no word features. */
  static final int WINDOW = 20;

  /** Verb classes of {@link #actClass}. */
  static final int NONE = 0;

  static final int CRITICISE = 1;
  static final int PRAISE = 2;
  static final int SPEECH = 3;

  private static final Map<String, Integer> ACTS = acts();

  private static final Set<String> PRONOUNS =
      Lexicons.set(
          "he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its", "we",
          "our", "i", "me", "my", "you", "your");
  private static final Set<String> CONTRASTS =
      Lexicons.set(
          "but",
          "however",
          "although",
          "though",
          "yet",
          "despite",
          "while",
          "whereas",
          "nevertheless");
  private static final Set<String> PASSIVE_AUX =
      Lexicons.set(
          "was", "were", "been", "being", "is", "are", "be", "get", "got", "gets", "getting");

  /** Words that may stand between a verb and its object or subject without changing the role. */
  private static final Set<String> FILLERS =
      Lexicons.set(
          "the",
          "a",
          "an",
          "also",
          "has",
          "have",
          "had",
          "repeatedly",
          "publicly",
          "sharply",
          "again",
          "on",
          "of",
          "for",
          "former",
          "president",
          "then",
          "just",
          "both",
          "all",
          "to",
          "even",
          "never",
          "not",
          "always",
          "will",
          "would",
          "did");

  private static Map<String, Integer> acts() {
    Map<String, Integer> m = new HashMap<>();
    for (String v :
        new String[] {
          "blame",
          "accuse",
          "criticize",
          "criticise",
          "slam",
          "attack",
          "condemn",
          "denounce",
          "blast",
          "mock",
          "rebuke",
          "lambast",
          "assail",
          "fault",
          "chastise",
          "scold",
          "sue",
          "investigate",
          "charge",
          "indict",
          "arrest",
          "oppose",
          "reject",
          "threaten",
          "insult",
          "ridicule",
          "smear",
          "impeach",
          "fire",
          "ban",
          "punish",
          "sanction",
          "protest",
          "decry",
          "berate",
          "slander",
          "bash",
          "hit",
          "target",
          "question",
          "challenge",
          "doubt",
          "deride",
          "disparage",
          "vilify",
          "demonize",
          "demonise",
          "scapegoat",
          "dismiss",
          "warn",
          "shame",
          "expose",
          "sack",
          "oust",
          "defeat",
          "kill",
          "crush"
        }) {
      inflect(m, v, CRITICISE);
    }
    for (String v :
        new String[] {
          "praise",
          "commend",
          "laud",
          "hail",
          "applaud",
          "thank",
          "credit",
          "endorse",
          "support",
          "defend",
          "back",
          "champion",
          "congratulate",
          "welcome",
          "celebrate",
          "honor",
          "honour",
          "admire",
          "embrace",
          "cheer",
          "protect",
          "rescue",
          "help",
          "save",
          "elect",
          "reward",
          "vindicate",
          "acquit",
          "exonerate",
          "clear",
          "trust",
          "love",
          "respect"
        }) {
      inflect(m, v, PRAISE);
    }
    for (String v :
        new String[] {
          "say",
          "said",
          "tell",
          "told",
          "state",
          "add",
          "write",
          "wrote",
          "written",
          "argue",
          "claim",
          "ask",
          "insist",
          "note",
          "explain",
          "tweet",
          "declare",
          "announce",
          "suggest",
          "acknowledge",
          "admit",
          "reply",
          "respond",
          "testify",
          "contend",
          "recall",
          "concede",
          "allege",
          "maintain",
          "remark",
          "according"
        }) {
      inflect(m, v, SPEECH);
    }
    m.put("blame", CRITICISE); // also the noun: "placing blame on X"
    return Lexicons.frozen(m);
  }

  /** Adds a verb's regular forms (and the doubled-consonant ones, harmless where wrong). */
  private static void inflect(Map<String, Integer> m, String v, int cls) {
    m.putIfAbsent(v, cls);
    String stem = v.endsWith("e") ? v.substring(0, v.length() - 1) : v;
    String ys = v.endsWith("y") && v.length() > 2 ? v.substring(0, v.length() - 1) : null;
    for (String f :
        ys != null
            ? new String[] {ys + "ies", ys + "ied", v + "ing", v + "s", v + "ed"}
            : new String[] {
              v + "s",
              v + "es",
              stem + "ed",
              stem + "ing",
              v + v.charAt(v.length() - 1) + "ed",
              v + v.charAt(v.length() - 1) + "ing"
            }) {
      m.putIfAbsent(f, cls);
    }
  }

  /**
   * The evaluative class of a normalised word: {@link #CRITICISE}, {@link #PRAISE}, {@link #SPEECH}
   * or {@link #NONE}.
   */
  static int actClass(String word) {
    Integer c = ACTS.get(word);
    return c == null ? NONE : c;
  }

  // Bits of {@link #flags}: the act class in the low two bits, then the word lists.
  static final int ACT_MASK = 3;
  static final int FILLER = 4;
  static final int PASSIVE = 8;
  static final int NEGATOR = 16;
  static final int CONTRASTIVE = 32;

  /**
   * Every word in a list the features ask about, to its bits: one look-up per word of a sentence.
   */
  private static final Map<String, Integer> FLAGS = flagTable();

  private static Map<String, Integer> flagTable() {
    Map<String, Integer> m = new HashMap<>(ACTS);
    FILLERS.forEach(w -> m.merge(w, FILLER, (a, b) -> a | b));
    PASSIVE_AUX.forEach(w -> m.merge(w, PASSIVE, (a, b) -> a | b));
    Vader.NEGATE.forEach(w -> m.merge(w, NEGATOR, (a, b) -> a | b));
    CONTRASTS.forEach(w -> m.merge(w, CONTRASTIVE, (a, b) -> a | b));
    return Lexicons.frozen(m);
  }

  /**
   * The act class and list bits of a normalised word, worked out once per sentence so that the
   * features of each mention ask arrays, not hash sets ({@link #NEGATOR} as {@link Vader#negated}:
   * the list or "n't").
   */
  static int flags(String word) {
    Integer f = FLAGS.get(word);
    return (f == null ? 0 : f) | unlistedFlags(word);
  }

  /**
   * The words of {@link #FLAGS}: {@link #flags} of any other word is that of its "n't" alone, so
   * that the sentence can take the flags of listed words from {@link WordTable}.
   */
  static Set<String> flagWords() {
    return FLAGS.keySet();
  }

  /** {@link #flags} of a word that is not one of {@link #flagWords}. */
  static int unlistedFlags(String word) {
    return word.contains("n't") ? NEGATOR : 0;
  }

  static int key(int template, int a) {
    return mix(template * 0x9E3779B1 + a);
  }

  static int key(int template, String a) {
    return mix(template * 0x9E3779B1 ^ mix(a.hashCode()));
  }

  static int key(int template, int a, String b) {
    return keyOfHash(template, a, b.hashCode());
  }

  /** {@link #key(int, int, String)} of a string with this {@link String#hashCode}. */
  static int keyOfHash(int template, int a, int stringHash) {
    return mix(key(template, a) * 31 + stringHash);
  }

  static int key(int template, String a, String b) {
    return mix(key(template, a) * 0x85EBCA6B + b.hashCode());
  }

  /**
   * {@code key(template, a + " " + b, c)}, without making the string {@code a + " " + b}: its
   * {@link String#hashCode} is {@code (hash(a) * 31 + ' ') * 31^length(b) + hash(b)}.
   */
  static int keyOfPair(int template, String a, String b, String c) {
    int p = 31 * a.hashCode() + ' ';
    for (int k = 0; k < b.length(); k++) {
      p *= 31;
    }
    int ab = p + b.hashCode();
    return mix(mix(template * 0x9E3779B1 ^ mix(ab)) * 0x85EBCA6B + c.hashCode());
  }

  /** {@code key(SIDE_WORD, side)}, the head of {@code key(SIDE_WORD, side, word)}. */
  private static final int[] SIDE_HEADS = heads(SIDE_WORD, 0, 2);

  private static final int[] CLAUSE_HEADS = heads(CLAUSE_WORD, 0, 2);
  private static final int[] STEM_HEADS = heads(STEM, 0, 4);

  /** {@code key(NEAR_WORD, d)} for d = -3 .. 3, at d + 3. */
  private static final int[] NEAR_HEADS = heads(NEAR_WORD, -3, 7);

  /** {@code key(VALENCE, k)}: every key of the valence template. */
  private static final int[] VALENCE_KEYS = heads(VALENCE, 0, 64);

  private static final int OTHER_HASH = OTHER.hashCode();
  private static final int OTHER_BIGRAM_HEAD = bigramHead(OTHER);

  private static int[] heads(int template, int from, int count) {
    int[] out = new int[count];
    for (int k = 0; k < count; k++) {
      out[k] = key(template, from + k);
    }
    return out;
  }

  /**
   * {@code key(BIGRAM, word)}, the head of the key of a bigram starting with the word: worked out
   * once per word of a sentence, not once per mention.
   */
  static int bigramHead(String word) {
    return key(BIGRAM, word);
  }

  /** Murmur3's finaliser: spreads the bits so that neighbouring inputs share no bucket. */
  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }

  /** A crude stem: "accused", "accuses", "accusing" share one. */
  static String stem(String w) {
    return w.substring(0, stemLength(w));
  }

  /** The length of {@link #stem}. */
  static int stemLength(String w) {
    int n = w.length();
    if (n < 5) {
      return n; // every suffix leaves at least four letters
    }
    char last = w.charAt(n - 1);
    for (String suffix : SUFFIXES) {
      // the last letter first: most words end in none of the suffixes' letters
      if (suffix.charAt(suffix.length() - 1) == last
          && n > suffix.length() + 3
          && w.endsWith(suffix)) {
        return n - suffix.length();
      }
    }
    return n;
  }

  /** {@code stem(w).hashCode()} without building the stem. */
  static int stemHash(String w) {
    int len = stemLength(w);
    if (len == w.length()) {
      return w.hashCode();
    }
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + w.charAt(i);
    }
    return h;
  }

  private static final String[] SUFFIXES = {
    "ingly", "ations", "ation", "ments", "ment", "ing", "ies", "ied", "ed", "es", "ly", "s", "e"
  };

  private static int bucket(int d) {
    return d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 12 ? 6 : 7;
  }

  /**
   * The features of the target {@code [first, last]} (token indices; {@code last < first} for a
   * target between tokens, anchored at {@code first}) into {@code out}, which is cleared first.
   */
  static void extract(StanceSentence s, int first, int last, boolean[] others, StanceVector out) {
    out.clear();
    int n = s.size();
    // names read as placeholders, so that the model learns the context and not who is named
    String[] w = s.masked;
    int mentions = 0;
    for (int i = 0; i < n; i++) {
      if (others[i]) {
        if (w == s.masked) {
          w = out.words(n);
          System.arraycopy(s.masked, 0, w, 0, n);
        }
        w[i] = OTHER;
        mentions += i == 0 || !others[i - 1] ? 1 : 0;
      }
    }
    double[] v = s.valences;
    int anchor = Math.min(first, n - 1);
    int tc = n == 0 ? 0 : s.clause[anchor];
    out.add(key(BIAS, 0), 1);
    out.add(key(COMPOUND, 0), s.compound);
    out.add(key(COMPOUND_BUCKET, (int) Math.round(s.compound * 4)), 1);
    double[] sums = new double[6]; // same clause left/right, other clause, near, quoted, unquoted
    for (int i = 0; i < n; i++) {
      if (i >= first && i <= last) {
        continue;
      }
      boolean left = i < first;
      int d = left ? first - i : i - Math.max(last, first - 1);
      int side = left ? 0 : 1;
      boolean same = s.clause[i] == tc;
      String word = w[i];
      if (d > WINDOW) {
        // far words: their valence only, so that a run-on comment costs little per mention
        if (v[i] != 0) {
          sums[same ? side : 2] += v[i] / (1.0 + d / 3.0);
          sums[s.quoted[i] ? 4 : 5] += v[i] / (1.0 + d / 3.0);
        }
        continue;
      }
      double decay = 1.0 / (1.0 + d / 6.0);
      // the keys of key(template, int, word) and key(BIGRAM, word, next) from precomputed heads:
      // the same numbers, with a third of the hashing
      int wh = word.hashCode();
      int sc = same ? 1 : 0;
      out.add(mix(SIDE_HEADS[side] * 31 + wh), decay);
      out.add(mix(CLAUSE_HEADS[sc] * 31 + wh), 1);
      out.add(mix(STEM_HEADS[side * 2 + sc] * 31 + (others[i] ? OTHER_HASH : s.stemHashes[i])), 1);
      if (i + 1 < n && (i + 1 < first || i > last)) {
        int head = others[i] ? OTHER_BIGRAM_HEAD : s.bigramHeads[i];
        out.add(mix(head * 0x85EBCA6B + w[i + 1].hashCode()), 1);
      }
      if (d <= 3) {
        out.add(mix(NEAR_HEADS[(left ? -d : d) + 3] * 31 + wh), 1);
      }
      if (v[i] != 0) {
        int sign = v[i] > 0 ? 1 : 0;
        out.add(VALENCE_KEYS[((side * 8 + bucket(d)) * 2 + sc) * 2 + sign], Math.abs(v[i]) / 2);
        double wv = v[i] / (1.0 + d / 3.0);
        sums[same ? side : 2] += wv;
        if (d <= 3) {
          sums[3] += v[i];
        }
        sums[s.quoted[i] ? 4 : 5] += wv;
      }
    }
    for (int k = 0; k < sums.length; k++) {
      if (sums[k] != 0) {
        out.add(key(VALENCE_SUM, k), Vader.normalize(sums[k]));
      }
    }
    out.lexical = Vader.normalize(sums[0] + sums[1] + 0.25 * sums[2]);
    out.add(key(LOCAL, 0), out.lexical);
    String l1 = first - 1 >= 0 ? w[first - 1] : "<s>";
    String l2 = first - 2 >= 0 ? w[first - 2] : "<s>";
    int after = Math.max(last, first - 1) + 1;
    String r1 = after < n ? w[after] : "</s>";
    String r2 = after + 1 < n ? w[after + 1] : "</s>";
    out.add(key(LEFT_BIGRAM, l2, l1), 1);
    out.add(key(RIGHT_BIGRAM, r1, r2), 1);
    out.add(key(AROUND, l1, r1), 1);
    int act = roles(s, first, after, tc, out);
    target(s, first, last, after, out);
    // how many others are named, the sentence's length, and the three words on each side
    out.add(key(SHAPE, Math.min(mentions, 3)), 1);
    out.add(key(SHAPE, 10 + bucket(n / 4)), 1);
    String l3 = first - 3 >= 0 ? w[first - 3] : "<s>";
    String r3 = after + 2 < n ? w[after + 2] : "</s>";
    out.add(keyOfPair(LEFT_TRIGRAM, l3, l2, l1), 1);
    out.add(keyOfPair(RIGHT_TRIGRAM, r1, r2, r3), 1);
    {
      // conjunctions a linear model cannot form: where the target stands in its clause with the
      // sign of the valence on each side, and its role with the sign of the clause's valence
      boolean initial = true;
      for (int i = first - 1; i >= 0 && s.clause[i] == tc; i--) {
        // w[i] is a filler only when it is the word itself, not a placeholder
        initial &= !others[i] && s.masked[i] != StanceSentence.NAME && (s.flags[i] & FILLER) != 0;
      }
      int sl = sign(sums[0]);
      int sr = sign(sums[1]);
      out.add(key(POSITION_VALENCE, ((initial ? 1 : 0) * 3 + sl) * 3 + sr), 1);
      out.add(key(ACT_VALENCE, act * 3 + sign(sums[0] + sums[1])), 1);
      int quote = !s.hasQuote ? 0 : n > 0 && s.quoted[anchor] ? 2 : 1;
      out.add(key(QUOTE_VALENCE, quote * 3 + sign(sums[4])), 1);
    }
  }

  private static int sign(double x) {
    return x > 0.05 ? 2 : x < -0.05 ? 0 : 1;
  }

  /** Evaluative verbs around the target, attribution, negation and contrast. */
  private static int roles(StanceSentence s, int first, int after, int tc, StanceVector out) {
    int act = 0;
    int n = s.size();
    String[] w = s.words;
    int[] fl = s.flags;
    // object: an evaluative verb before the target, only fillers between ("accused X", "blame on
    // X")
    for (int i = first - 1, seen = 0; i >= 0 && seen < 4 && s.clause[i] == tc; i--) {
      int c = fl[i] & ACT_MASK;
      if (c != NONE) {
        boolean byAgent = i + 1 < first && w[first - 1].equals("by");
        out.add(key(ACT, c * 8 + (byAgent ? 3 : 1)), 1);
        act = c * 8 + (byAgent ? 3 : 1);
        out.add(key(ACT_WORD, byAgent ? 3 : 1, w[i]), 1);
        break;
      }
      if ((fl[i] & FILLER) == 0 && !w[i].equals("by")) {
        seen++;
      }
    }
    // subject: an evaluative verb after the target ("X slammed", "X has repeatedly criticized");
    // after a passive auxiliary the target is the one acted on ("X was praised")
    boolean passive = false;
    for (int i = after, seen = 0; i < n && seen < 3 && s.clause[i] == tc; i++) {
      if ((fl[i] & PASSIVE) != 0) {
        passive = true;
        continue;
      }
      int c = fl[i] & ACT_MASK;
      if (c != NONE) {
        int role = passive && w[i].endsWith("ed") || passive && c == SPEECH ? 2 : 0;
        out.add(key(ACT, c * 8 + role), 1);
        act = act == 0 ? c * 8 + role : act;
        out.add(key(ACT_WORD, role, w[i]), 1);
        break;
      }
      if ((fl[i] & FILLER) == 0) {
        seen++;
      }
    }
    // speaker: "according to X", "X said" (above), "..., said X"
    if (first >= 2 && w[first - 1].equals("to") && w[first - 2].equals("according")) {
      out.add(key(SPEAKER, 1), 1);
    }
    if (first >= 1 && (fl[first - 1] & ACT_MASK) == SPEECH && s.hasQuote) {
      out.add(key(SPEAKER, 2), 1);
    }
    // quotation: inside, or outside a sentence that quotes someone
    int anchor = Math.min(first, n - 1);
    if (n > 0 && s.quoted[anchor]) {
      out.add(key(QUOTE, 1), 1);
    } else if (s.hasQuote) {
      out.add(key(QUOTE, 2), 1);
    }
    // negation right before the target or in its clause
    boolean near = false;
    boolean clause = false;
    for (int i = 0; i < n; i++) {
      if (s.clause[i] == tc && (fl[i] & NEGATOR) != 0) {
        clause = true;
        near |= i < first && first - i <= 3;
      }
    }
    if (near) {
      out.add(key(NEGATION, 1), 1);
    } else if (clause) {
      out.add(key(NEGATION, 2), 1);
    }
    // contrast: the target before or after the first contrastive word
    for (int i = 0; i < n; i++) {
      if ((fl[i] & CONTRASTIVE) != 0) {
        out.add(key(CONTRAST, i < first ? 1 : 2), 1);
        break;
      }
    }
    return act;
  }

  private static void target(StanceSentence s, int first, int last, int after, StanceVector out) {
    int n = s.size();
    if (first == 0) {
      out.add(key(TARGET, 1), 1);
    }
    if (after >= n) {
      out.add(key(TARGET, 2), 1);
    }
    if (last == first && first < n && PRONOUNS.contains(s.words[first])) {
      out.add(key(TARGET, 3), 1);
    }
    if (last >= first
        && last < n
        && (s.tokens.lower[last].endsWith("'s") || s.tokens.lower[last].endsWith("\u2019s"))) {
      out.add(key(TARGET, 4), 1); // possessive: "Trump's policy"
    }
  }
}
