package org.voxpop.enrich.sentiment;

import java.util.List;
import java.util.Locale;

/** STUB: replaced by the sentiment branch. */
public final class AbuseScorer {
  public static AbuseScorer create() { return new AbuseScorer(); }
  public AbuseScore score(String text) {
    boolean bad = text.toLowerCase(Locale.ROOT).contains("scum") || text.toLowerCase(Locale.ROOT).contains("idiot");
    return new AbuseScore(bad ? 0.9 : 0.0, bad ? AbuseLabel.LIKELY : AbuseLabel.NONE, List.of());
  }
}
