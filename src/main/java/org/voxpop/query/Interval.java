package org.voxpop.query;

/** The width of a timeline bucket. Weeks start on Monday (ISO-8601); all dates are UTC. */
public enum Interval {
  DAY,
  WEEK,
  MONTH
}
