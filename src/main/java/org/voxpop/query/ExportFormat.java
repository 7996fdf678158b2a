package org.voxpop.query;

/** File formats for exporting every hit of a search. */
public enum ExportFormat {
  /** One JSON object per line. */
  JSONL,
  /**
   * RFC 4180 CSV with a header row; cells that spreadsheets would run as formulas are neutralised.
   */
  CSV
}
