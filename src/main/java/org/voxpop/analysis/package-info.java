/**
 * Lucene analysis for voxpop's text fields: {@link org.voxpop.analysis.NewsAnalyzer} for words and
 * {@link org.voxpop.analysis.MentionTokenStream} for entity ids at their mention offsets.
 */
package org.voxpop.analysis;
