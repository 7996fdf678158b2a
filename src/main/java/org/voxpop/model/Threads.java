package org.voxpop.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Facts about a comment thread that follow from its {@code parent_id} links alone. */
public final class Threads {
  private Threads() {}

  /**
   * Depth of each comment in its thread, 0 for top level. Readers have already rejected cycles and
   * orphans; a comment caught in one anyway gets a finite depth. Memoised so that a long reply
   * chain costs linear, not quadratic, time.
   */
  public static Map<String, Integer> depths(List<Comment> comments) {
    Map<String, String> parent = new HashMap<>();
    for (Comment c : comments) {
      c.parentId().ifPresent(p -> parent.put(c.id(), p));
    }
    Map<String, Integer> depth = new HashMap<>();
    List<String> path = new ArrayList<>();
    for (Comment c : comments) {
      path.clear();
      String current = c.id();
      while (!depth.containsKey(current)
          && parent.containsKey(current)
          && path.size() <= comments.size()) {
        path.add(current);
        current = parent.get(current);
      }
      int d = depth.getOrDefault(current, 0);
      for (int i = path.size() - 1; i >= 0; i--) {
        depth.put(path.get(i), ++d);
      }
      depth.putIfAbsent(c.id(), 0);
    }
    return depth;
  }

  /** Ids of the comments that have at least one reply. */
  public static java.util.Set<String> withReplies(List<Comment> comments) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Comment comment : comments) {
      comment.parentId().ifPresent(ids::add);
    }
    return ids;
  }
}
