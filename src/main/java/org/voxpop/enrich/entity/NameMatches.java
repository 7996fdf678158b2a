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
    List<String> pieces = new ArrayList<>(n + 4);
    List<Integer> owner = new ArrayList<>(n + 4);
    List<Boolean> firstOfToken = new ArrayList<>(n + 4);
    List<Boolean> lastOfToken = new ArrayList<>(n + 4);
    for (int i = 0; i < n; i++) {
      List<String> ps = Text.tokens(words[i]);
      if (ps.isEmpty()) {
        pieces.add(null);
        owner.add(i);
        firstOfToken.add(true);
        lastOfToken.add(true);
        continue;
      }
      for (int k = 0; k < ps.size(); k++) {
        pieces.add(ps.get(k));
        owner.add(i);
        firstOfToken.add(k == 0);
        lastOfToken.add(k == ps.size() - 1);
      }
    }
    List<Match> out = new ArrayList<>();
    Gazetteer.Node root = gazetteer.root();
    for (int a = 0; a < pieces.size(); a++) {
      if (pieces.get(a) == null) {
        continue;
      }
      Gazetteer.Node node = root;
      for (int b = a; b < pieces.size() && pieces.get(b) != null; b++) {
        node = node.next.get(pieces.get(b));
        if (node == null) {
          break;
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
