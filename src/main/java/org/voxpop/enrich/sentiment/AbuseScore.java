package org.voxpop.enrich.sentiment;

import java.util.List;

/** STUB: replaced by the sentiment branch. */
public record AbuseScore(double score, AbuseLabel label, List<String> matchedTerms) {}
