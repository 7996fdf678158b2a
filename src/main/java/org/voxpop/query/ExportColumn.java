package org.voxpop.query;

/**
 * One column of an export: a value voxpop derives ({@link ExportField}) or a field of the input
 * that voxpop keeps as it was ({@link InputColumn}, e.g. {@code topics}).
 */
public sealed interface ExportColumn permits ExportField, ExportColumn.InputColumn {

  /** The CSV header and JSON key. */
  String key();

  /**
   * A field of the input voxpop gives no meaning of its own, kept with the record: a comment's own
   * value, else its article's (as source and section are), so that an article's {@code topics}
   * stand beside each of its comments.
   *
   * @param key the field's name in the input
   */
  record InputColumn(String key) implements ExportColumn {}
}
