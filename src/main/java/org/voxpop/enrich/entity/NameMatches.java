package org.voxpop.enrich.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Every gazetteer name spelled by a run of tokens, found by walking the gazetteer's token trie from
 * each token: linear in the text for the short names a gazetteer holds.
 *
 * <p>The trie's keys are normalised word pieces, so one token may hold several ("U.S." is "u s",
 * "US-backed" is "us backed"); a name never runs across a punctuation token.
 */
final class NameMatches {

  /**
   * One name found.
   *
   * @param first first token
   * @param last last token (inclusive)
   * @param aligned whether the name starts and ends on token boundaries ("US" in "US-backed" does
   *     not end on one)
   * @param entries the gazetteer's entries for the name, best first
   */
  record Match(int first, int last, boolean aligned, List<Gazetteer.Entry> entries) {}

  private NameMatches() {}

  static List<Match> find(Gazetteer gazetteer, String[] words) {
    return find(gazetteer, words, gazetteer.views(words));
  }

  /** As {@link #find(Gazetteer, String[])}, with the tokens' views already looked up. */
  static List<Match> find(Gazetteer gazetteer, String[] words, Gazetteer.TokenView[] views) {
    int n = words.length;
    // Each piece with the trie node it starts at (null: no name starts with it), its token, and
    // whether it begins and ends its token; a punctuation token is a null piece, a barrier.
    int cap = n + 4;
    String[] pieces = new String[cap];
    Gazetteer.Node[] starts = new Gazetteer.Node[cap];
    int[] owner = new int[cap];
    boolean[] firstOfToken = new boolean[cap];
    boolean[] lastOfToken = new boolean[cap];
    int size = 0;
    boolean anyStart = false;
    for (int i = 0; i < n; i++) {
      Gazetteer.TokenView v = views[i];
      List<String> ps = v.pieces();
      int count = Math.max(1, ps.size());
      if (size + count > pieces.length) {
        int grown = Math.max(pieces.length * 2, size + count);
        pieces = java.util.Arrays.copyOf(pieces, grown);
        starts = java.util.Arrays.copyOf(starts, grown);
        owner = java.util.Arrays.copyOf(owner, grown);
        firstOfToken = java.util.Arrays.copyOf(firstOfToken, grown);
        lastOfToken = java.util.Arrays.copyOf(lastOfToken, grown);
      }
      for (int k = 0; k < count; k++) {
        pieces[size] = ps.isEmpty() ? null : ps.get(k);
        starts[size] = ps.isEmpty() ? null : v.starts().get(k).orElse(null);
        anyStart |= starts[size] != null;
        owner[size] = i;
        firstOfToken[size] = k == 0;
        lastOfToken[size] = k == count - 1;
        size++;
      }
    }
    List<Match> out = new ArrayList<>();
    for (int a = 0; anyStart && a < size; a++) {
      Gazetteer.Node node = starts[a];
      if (node == null) {
        continue;
      }
      for (int b = a; ; b++) {
        if (b > a) {
          if (b >= size || pieces[b] == null) {
            break;
          }
          node = node.next.get(pieces[b]);
          if (node == null) {
            break;
          }
        }
        if (!node.entries.isEmpty()) {
          out.add(new Match(owner[a], owner[b], firstOfToken[a] && lastOfToken[b], node.entries));
        }
      }
    }
    romanised(words, views, out);
    return out;
  }

  /** Longest run of tokens an Arabic place name is looked for in. */
  private static final int MAX_ROMANISED_TOKENS = 5;

  /**
   * Arabic places written in another romanisation than the gazetteer's ({@link
   * Text#romanisedPieces}), from a capitalised token on, where no name was found for the same
   * tokens; a single common word or given name is never one.
   */
  private static void romanised(String[] words, Gazetteer.TokenView[] views, List<Match> out) {
    int n = words.length;
    java.util.Set<Long> spelled = null; // the spans of the names found as written
    for (int i = 0; i < n; i++) {
      if (views[i].romanStart().isEmpty()) {
        continue;
      }
      if (spelled == null) {
        spelled = new java.util.HashSet<>();
        for (Match m : out) {
          spelled.add(span(m.first(), m.last()));
        }
      }
      Gazetteer.Node node = views[i].romanStart().get();
      List<String> rp = views[i].romanPieces();
      int k = 1;
      for (int j = i; j < n && j - i < MAX_ROMANISED_TOKENS; ) {
        for (; k < rp.size() && node != null; k++) {
          node = node.next.get(rp.get(k));
        }
        if (node == null) {
          break;
        }
        if (!node.entries.isEmpty()
            && !(j == i && (views[i].commonWord() || views[i].givenName()))
            && !spelled.contains(span(i, j))) {
          out.add(new Match(i, j, true, node.entries));
        }
        j++;
        if (j >= n) {
          break;
        }
        rp = views[j].romanPieces();
        if (rp.isEmpty()) {
          break; // punctuation: a name never runs across it
        }
        k = 0;
      }
    }
  }

  private static long span(int first, int last) {
    return ((long) first << 32) | last;
  }
}
