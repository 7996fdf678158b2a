package org.voxpop.enrich.sentiment;

/** STUB: replaced by the sentiment branch. */
public record SentenceSentiment(int start, int end, double compound, double positive, double neutral, double negative) {}
