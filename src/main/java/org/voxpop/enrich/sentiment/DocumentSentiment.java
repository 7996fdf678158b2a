package org.voxpop.enrich.sentiment;

import java.util.List;

/** STUB: replaced by the sentiment branch. */
public record DocumentSentiment(List<SentenceSentiment> sentences, double compound, double positive, double neutral, double negative, SentimentLabel label) {}
