package org.voxpop.enrich.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voxpop.enrich.entity.tagger.WordMemo;

/**
 * The well-known place or group a word may misspell: edit distance 1 (2 for long names) to a name
 * of the right kind, same first letter, doubled letters free, a plural group name only by a word in
 * the plural, and never a word that only adds or drops two letters or more at the end of the name
 * ("Christiania" is not "Christian"). The answer depends on the word and the gazetteer alone, and
 * finding it (every deletion of the word looked up) costs more than the rest of linking the word:
 * it is kept for each word asked about, up to {@link #MAX_WORDS} words.
 *
 * <p>Thread safe; one per gazetteer.
 */
final class Misspellings {

  static final int MAX_WORDS = 50_000;

  private final Gazetteer gazetteer;

  /** Answers by word, the word prefixed by 'L' when only places may answer, else by 'G'. */
  private final WordMemo<Optional<Gazetteer.Entry>> known =
      new WordMemo<>(MAX_WORDS, k -> search(k.substring(1), k.charAt(0) == 'L'));

  Misspellings(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The best name {@code key} may misspell.
   *
   * @param key the word's normalised key (letters only, five or more)
   * @param placesOnly whether only a place may answer (else a place or a group)
   */
  Optional<Gazetteer.Entry> nearest(String key, boolean placesOnly) {
    return known.get((placesOnly ? "L" : "G") + key);
  }

  private Optional<Gazetteer.Entry> search(String key, boolean placesOnly) {
    int len = key.length();
    Map<String, List<Gazetteer.Entry>> dels = gazetteer.deletions();
    Gazetteer.Entry best = null;
    int bestDist = 3;
    String cw = Text.collapse(key);
    for (String d : Gazetteer.deletes(cw, len >= 8 ? 2 : 1)) {
      List<Gazetteer.Entry> cands = dels.get(d);
      if (cands == null) {
        continue;
      }
      for (Gazetteer.Entry e : cands) {
        EntityType t = e.entity().type();
        boolean kind =
            placesOnly
                ? t == EntityType.LOCATION
                : t == EntityType.LOCATION || t == EntityType.GROUP;
        String target = e.key();
        if (!kind || target.charAt(0) != key.charAt(0)) {
          continue;
        }
        // A name with two letters more or less at its end is another word made from it, not a
        // slip: "Christiania" (a bank, a town) from "Christian", a plural from its singular.
        if (Math.abs(target.length() - len) >= 2
            && (key.startsWith(target) || target.startsWith(key))) {
          continue;
        }
        // A group named in the plural ("Christians", "Shiites") is misspelt in the plural too.
        if (t == EntityType.GROUP && target.endsWith("s") && !key.endsWith("s")) {
          continue;
        }
        int allowed = Math.max(target.length(), len) >= 9 ? 2 : 1;
        // Doubled letters are the commonest slip in transliterated names; they cost nothing.
        int dist = Math.max(1, EntityLinker.damerau(cw, Text.collapse(target), allowed));
        if (dist <= allowed && (dist < bestDist || (dist == bestDist && e.better(best)))) {
          best = e;
          bestDist = dist;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
