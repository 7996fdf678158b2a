package org.voxpop.enrich.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Every gazetteer name spelled by a run of tokens, found by walking the gazetteer's token trie
 * from each token: linear in the text for the short names a gazetteer holds.
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
    int n = words.length;
    // Each piece with the trie node it starts at (null: no name starts with it), its token, and
    // whether it begins and ends its token; a punctuation token is a null piece, a barrier.
    List<String> pieces = new ArrayList<>(n + 4);
    List<Gazetteer.Node> starts = new ArrayList<>(n + 4);
    List<Integer> owner = new ArrayList<>(n + 4);
    List<Boolean> firstOfToken = new ArrayList<>(n + 4);
    List<Boolean> lastOfToken = new ArrayList<>(n + 4);
    for (int i = 0; i < n; i++) {
      Gazetteer.TokenView v = gazetteer.view(words[i]);
      List<String> ps = v.pieces();
      if (ps.isEmpty()) {
        pieces.add(null);
        starts.add(null);
        owner.add(i);
        firstOfToken.add(true);
        lastOfToken.add(true);
        continue;
      }
      for (int k = 0; k < ps.size(); k++) {
        pieces.add(ps.get(k));
        starts.add(v.starts().get(k).orElse(null));
        owner.add(i);
        firstOfToken.add(k == 0);
        lastOfToken.add(k == ps.size() - 1);
      }
    }
    List<Match> out = new ArrayList<>();
    for (int a = 0; a < pieces.size(); a++) {
      Gazetteer.Node node = starts.get(a);
      if (node == null) {
        continue;
      }
      for (int b = a; ; b++) {
        if (b > a) {
          if (b >= pieces.size() || pieces.get(b) == null) {
            break;
          }
          node = node.next.get(pieces.get(b));
          if (node == null) {
            break;
          }
        }
        if (!node.entries.isEmpty()) {
          out.add(new Match(owner.get(a), owner.get(b), firstOfToken.get(a) && lastOfToken.get(b),
              node.entries));
        }
      }
    }
    return out;
  }
}
