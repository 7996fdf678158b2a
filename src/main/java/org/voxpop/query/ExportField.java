package org.voxpop.query;

import java.util.Locale;

/**
 * The columns voxpop derives for every hit, in the order an export lists them by default. Names of
 * entities and stances are written for people ({@code United States; Israel}); the ids and the full
 * mentions with offsets are columns of their own.
 */
public enum ExportField implements ExportColumn {
  TYPE,
  ARTICLE_ID,
  COMMENT_ID,
  PARENT_ID,
  TITLE,
  URL,
  SOURCE,
  SECTION,
  LANGUAGE,
  AUTHOR,
  DATE,
  LIKES,
  TEXT,
  COMPOUND,
  SENTIMENT,
  ABUSE,
  /** Entity names, each once, in order of first mention. */
  ENTITIES,
  /** Entity ids, in the order of {@link #ENTITIES}. */
  ENTITY_IDS,
  /** The text's stance toward each entity it mentions (its mentions' mean), by entity name. */
  STANCE,
  /** Every mention with id, name, type, offsets and stance: for programs, not in the defaults. */
  MENTIONS;

  /** The column or JSON key name. */
  @Override
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether an export without a list of fields writes this one. */
  public boolean byDefault() {
    return this != MENTIONS;
  }
}
