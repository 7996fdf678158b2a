package org.voxpop.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.voxpop.enrich.StancedMention;
import org.voxpop.enrich.entity.EntityMention;
import org.voxpop.input.InputLimits;

/**
 * Cuts the values of one block that exceed {@link FieldLimits}, and keeps a line for each cut, for
 * the run to report as a warning. One per block: not thread safe.
 *
 * <p>Only indexed copies are cut: the stored record keeps every input value whole.
 */
final class ValueCutter {
  private final List<String> cuts = new ArrayList<>();

  /** Entity ids already reported in this block: a long name mentioned often is one warning. */
  private final Set<String> reportedIds = new HashSet<>();

  /** Labels already reported in this block: one long author on every comment is one warning. */
  private final Set<String> reportedLabels = new HashSet<>();

  /** A label of a one-level facet dimension, cut to fit its path. */
  String label(String dim, String value, String where) {
    int room = FieldLimits.labelRoom(dim);
    if (value.length() <= room) {
      return value;
    }
    if (reportedLabels.add(dim + '\u0000' + value)) {
      report(where, dim, value, room);
    }
    return FieldLimits.cut(value, room);
  }

  /**
   * The mentions with every entity id cut to {@link FieldLimits#MAX_ENTITY_ID_CHARS}, so that the
   * id token, the facets and the stored mentions agree on the cut id.
   */
  List<StancedMention> mentions(List<StancedMention> mentions, String where) {
    List<StancedMention> fitted = null;
    for (int i = 0; i < mentions.size(); i++) {
      EntityMention m = mentions.get(i).mention();
      if (m.id().length() <= FieldLimits.MAX_ENTITY_ID_CHARS) {
        if (fitted != null) {
          fitted.add(mentions.get(i));
        }
        continue;
      }
      if (fitted == null) {
        fitted = new ArrayList<>(mentions.subList(0, i));
      }
      if (reportedIds.add(m.id())) {
        report(where, "entity id", m.id(), FieldLimits.MAX_ENTITY_ID_CHARS);
      }
      EntityMention cut =
          new EntityMention(
              FieldLimits.cut(m.id(), FieldLimits.MAX_ENTITY_ID_CHARS),
              m.name(),
              m.type(),
              m.subtype(),
              m.surface(),
              m.start(),
              m.end(),
              m.confidence(),
              m.source());
      fitted.add(new StancedMention(cut, mentions.get(i).stance()));
    }
    return fitted == null ? mentions : fitted;
  }

  private void report(String where, String what, String value, int room) {
    cuts.add(
        String.format(
            Locale.ROOT,
            "%s: %s '%s' cut from %,d to %,d characters (a facet path holds at most %,d)",
            where,
            what,
            InputLimits.echo(value),
            value.length(),
            room,
            FieldLimits.MAX_FACET_PATH_CHARS));
  }

  /** One line per value cut so far. */
  List<String> cuts() {
    return List.copyOf(cuts);
  }
}
