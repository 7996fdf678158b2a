package org.voxpop.enrich.sentiment;

/** STUB: replaced by the sentiment branch. */
public enum AbuseLabel { NONE, POSSIBLE, LIKELY }
