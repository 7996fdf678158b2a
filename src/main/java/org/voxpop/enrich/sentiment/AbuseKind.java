package org.voxpop.enrich.sentiment;

import java.util.Locale;

/**
 * The kinds of abuse scored apart, after Perspective's attributes: each has its own 0..1 score
 * ({@link AbuseKinds}) and its own facet dimension, named {@link #dimension()}.
 */
public enum AbuseKind {
  /**
   * Aimed at a group for who its people are (nationality, religion, ethnicity, origin, gender,
   * sexuality): slurs, dehumanising or excluding language, negative generalisations ("all X are
   * ...").
   */
  IDENTITY_ATTACK,
  /** Aimed at a person: "you idiot", "X is a moron", insults of a political camp. */
  INSULT,
  /** Swearing, aimed or not ("f*** this weather"); alone it never makes a text likely abuse. */
  PROFANITY,
  /**
   * Violence wished on or promised to a person or group ("I will kill you", "should be hanged").
   */
  THREAT;

  private final String dimension = name().toLowerCase(Locale.ROOT);

  /** The facet dimension and field name: {@code identity_attack}, {@code insult}, ... */
  public String dimension() {
    return dimension;
  }
}
