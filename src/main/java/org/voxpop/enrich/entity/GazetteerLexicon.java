package org.voxpop.enrich.entity;

import java.util.Arrays;
import java.util.List;
import org.voxpop.enrich.entity.tagger.TokenLexicon;

/**
 * What the gazetteer knows of a sentence's tokens, as the tagger's dictionary features: every name
 * it holds that the tokens spell (position in the name and the kind of entity: "B-LOC.country",
 * "U-PER.curated"), whether a token is a given name or a common English word, and whether the name
 * was written in lower case. The tagger learns how far each kind of evidence goes; a name list
 * alone decides nothing.
 */
final class GazetteerLexicon implements TokenLexicon {

  private static final int MAX_CODES = 12;

  private final Gazetteer gazetteer;

  GazetteerLexicon(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public String[][] codes(String[] words) {
    Gazetteer.TokenView[] views = gazetteer.views(words);
    return codes(words, NameMatches.find(gazetteer, words, views), views);
  }

  /** The codes of a sentence whose gazetteer names and token views were already found. */
  String[][] codes(String[] words, List<NameMatches.Match> matches, Gazetteer.TokenView[] views) {
    int n = words.length;
    // Most tokens have no code or only what the word itself is (given name, common word): those
    // share one read-only array per combination; the others get small arrays, grown on demand.
    String[][] out = new String[n][];
    int[] size = new int[n];
    for (int i = 0; i < n; i++) {
      Gazetteer.TokenView v = views[i];
      out[i] = WORD_CODES[(v.givenName() ? 1 : 0) | (v.commonWord() ? 2 : 0)];
      size[i] = out[i].length;
    }
    for (NameMatches.Match m : matches) {
      String cls = cls(m.entries(), words, m.first(), m.last());
      if (cls == null) {
        continue;
      }
      for (int t = m.first(); t <= m.last(); t++) {
        if (size[t] >= MAX_CODES) {
          continue;
        }
        String pos =
            !m.aligned()
                ? "P"
                : m.first() == m.last() ? "U" : t == m.first() ? "B" : t == m.last() ? "L" : "I";
        add(out, size, t, pos + "-" + cls);
      }
    }
    for (int i = 0; i < n; i++) {
      if (size[i] < out[i].length) {
        out[i] = Arrays.copyOf(out[i], size[i]);
      }
    }
    return out;
  }

  /** The codes of what a word itself is, by bits: 1 a given name, 2 a common word. Read only. */
  private static final String[][] WORD_CODES = {{}, {"given"}, {"common"}, {"given", "common"}};

  private static void add(String[][] codes, int[] size, int i, String code) {
    String[] c = codes[i];
    if (size[i] == c.length || isShared(c)) {
      // a shared array is never written to: the token gets its own, with room to grow
      codes[i] = c = Arrays.copyOf(c, Math.max(2, size[i] * 2));
    }
    c[size[i]++] = code;
  }

  private static boolean isShared(String[] c) {
    for (String[] w : WORD_CODES) {
      if (c == w) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kind of entity the best entry of a match names, with what weakens it: written in lower
   * case, a common word, an ambiguous short form ("IS", "US"). Null when a short form's case does
   * not match ("us" is never "US").
   */
  private static String cls(List<Gazetteer.Entry> entries, String[] words, int first, int last) {
    String letters = null;
    for (Gazetteer.Entry e : entries) {
      if (e.exactCase()) {
        if (letters == null) {
          StringBuilder sb = new StringBuilder();
          for (int t = first; t <= last; t++) {
            sb.append(words[t]);
          }
          letters = Text.letters(sb.toString());
        }
        if (!letters.equals(Text.letters(e.form()))) {
          continue;
        }
      }
      StringBuilder sb = new StringBuilder(24);
      if (e.kind() == Gazetteer.Kind.DEMONYM) {
        sb.append("DEM");
      } else {
        sb.append(e.entity().type().name(), 0, 3).append('.').append(layer(e));
      }
      // A sentence's first capital is no evidence: "Navy seals are cute" is written in lower case.
      boolean lower = true;
      for (int t = first; t <= last; t++) {
        lower &= !hasUpper(words[t], t == 0 ? 1 : 0);
      }
      if (lower) {
        sb.append(".lc");
      }
      if (e.commonWord()) {
        sb.append(".cw");
      }
      if (e.ambiguousShortForm()) {
        sb.append(".amb");
      }
      return sb.toString();
    }
    return null;
  }

  /**
   * People below this rank share one code, "PER.minor", instead of their subtype's: the people
   * layer's ten thousand minor politicians (CaptainFact, rank 20,000) and the least linked of the
   * others. Under "PER.politician" they swamped the code the tagger had learnt from the well-known
   * politicians: retrained so, it no longer took "Petraeus" in "General Petraeus said..." for a
   * person (RecognizerRulesTest), and SeedGoldTest lost the seed's "Marines" (the US Marine Corps).
   */
  static final long MINOR_PERSON_RANK = 50_000;

  private static String layer(Gazetteer.Entry e) {
    String sub = e.entity().subtype();
    if (sub.equals("country") || sub.equals("territory")) {
      return "country";
    }
    if (e.priority() >= 3) {
      return "curated";
    }
    if (e.entity().type() == EntityType.PERSON && e.rank() < MINOR_PERSON_RANK) {
      return "minor";
    }
    if (sub.equals("city")) {
      return e.rank() >= 1_000_000 ? "city1" : e.rank() >= 100_000 ? "city2" : "city3";
    }
    return sub.isEmpty() ? "other" : sub.replace(' ', '_');
  }

  private static boolean hasUpper(String w, int from) {
    for (int i = from; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
