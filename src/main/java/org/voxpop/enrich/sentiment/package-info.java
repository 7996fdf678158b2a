/**
 * Sentiment, stance toward entity mentions, and abuse scores for articles and reader comments.
 *
 * <p>Pure Java (JDK and Jackson only, no Lucene): {@link
 * org.voxpop.enrich.sentiment.SentimentScorer} implements the VADER rules over the bundled VADER
 * lexicons (MIT, see {@code SOURCES.md} in the resources), {@link
 * org.voxpop.enrich.sentiment.StanceScorer} classifies the sentiment toward one mention with a
 * target-dependent linear model trained on NewsMTSC (rebuilt by {@link
 * org.voxpop.enrich.sentiment.StanceModelBuilder}) and a few general rules, and {@link
 * org.voxpop.enrich.sentiment.AbuseScorer} scores insults, slurs and dehumanising language
 * separately from negativity. {@link org.voxpop.enrich.sentiment.SentimentEvaluation}, {@link
 * org.voxpop.enrich.sentiment.StanceEvaluation} and {@link
 * org.voxpop.enrich.sentiment.AbuseEvaluation} measure them against the shared ground truth.
 */
package org.voxpop.enrich.sentiment;
