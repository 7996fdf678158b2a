package org.voxpop.enrich.sentiment;

/** STUB: replaced by the sentiment branch. */
public enum SentimentLabel { NEGATIVE, NEUTRAL, POSITIVE;
  public static SentimentLabel of(double c) { return c >= 0.05 ? POSITIVE : c <= -0.05 ? NEGATIVE : NEUTRAL; } }
