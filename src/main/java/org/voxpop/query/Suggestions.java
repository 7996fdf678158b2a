package org.voxpop.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The known values nearest to a value nobody knows: typos ("Amercia") and partial names. */
final class Suggestions {
  /** Suggestions offered at most. */
  static final int MAX = 3;

  private Suggestions() {}

  /**
   * Up to {@link #MAX} of {@code known}, nearest first: those within a few edits of {@code typed}
   * (one per three letters, at least one), then those that start with it; compared as {@link
   * IndexValues#key} compares names.
   */
  static List<String> nearest(String typed, Collection<String> known) {
    String wanted = IndexValues.key(typed);
    int allowed = Math.max(1, wanted.length() / 3);
    Map<String, Integer> scored = new LinkedHashMap<>();
    for (String candidate : known) {
      String key = IndexValues.key(candidate);
      if (key.isEmpty() || scored.containsKey(candidate)) {
        continue;
      }
      int distance =
          Math.abs(key.length() - wanted.length()) > allowed
              ? Integer.MAX_VALUE
              : distance(wanted, key);
      if (distance <= allowed) {
        scored.put(candidate, distance);
      } else if (wanted.length() >= 3 && key.startsWith(wanted)) {
        scored.put(candidate, allowed + 1 + key.length() - wanted.length());
      }
    }
    List<String> out = new ArrayList<>(scored.keySet());
    out.sort(
        Comparator.comparingInt((String s) -> scored.get(s))
            .thenComparing(Comparator.naturalOrder()));
    return List.copyOf(out.subList(0, Math.min(MAX, out.size())));
  }

  /** Edits (insert, delete, substitute, swap two neighbours) from one string to the other. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
