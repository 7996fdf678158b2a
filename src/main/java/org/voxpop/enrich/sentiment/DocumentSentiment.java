package org.voxpop.enrich.sentiment;

import java.util.List;
import java.util.Objects;

/**
 * Sentiment of a whole text (an article or one comment) and of each of its sentences.
 *
 * <p>The document scores are those of the VADER rules applied to the whole text at once (see {@link
 * SentimentScorer} for why that aggregation was chosen over a mean of sentences).
 *
 * @param sentences per-sentence scores in text order; empty for text without words
 * @param compound document compound, -1..1
 * @param positive document positive share, 0..1
 * @param neutral document neutral share, 0..1
 * @param negative document negative share, 0..1
 * @param label {@link SentimentLabel#of(double)} of the compound
 */
public record DocumentSentiment(
    List<SentenceSentiment> sentences,
    double compound,
    double positive,
    double neutral,
    double negative,
    SentimentLabel label) {

  public DocumentSentiment {
    sentences = List.copyOf(sentences);
    Objects.requireNonNull(label, "label");
  }

  /**
   * Comment-versus-article divergence: the comment's compound minus its article's, -2..2. Negative
   * means the comment is darker than the article it answers.
   */
  public static double divergence(DocumentSentiment comment, DocumentSentiment article) {
    return comment.compound() - article.compound();
  }

  /** Share (0..1) of documents labelled {@link SentimentLabel#NEGATIVE}; 0 for none. */
  public static double negativeShare(List<DocumentSentiment> documents) {
    if (documents.isEmpty()) {
      return 0.0;
    }
    long neg = documents.stream().filter(d -> d.label() == SentimentLabel.NEGATIVE).count();
    return (double) neg / documents.size();
  }
}
