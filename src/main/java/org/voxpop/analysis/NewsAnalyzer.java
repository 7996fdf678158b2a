package org.voxpop.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyzers for news and comment text: one exact (unstemmed) and one stemmed form.
 *
 * <p>Both fold case and accents ("Zürich" finds "Zurich"), and split on Unicode word boundaries,
 * which keeps emoji and non-Latin scripts as tokens. The exact form keeps stop words so that phrase
 * queries such as "so called Islamic State" match word for word; the stemmed form drops them and
 * stems ("blaming" finds "blame"). Case-sensitive distinctions such as "IS" (the group) versus "is"
 * are not carried by text at all but by the entity id field, which is exact.
 */
public final class NewsAnalyzer extends Analyzer {

  private final boolean stemmed;

  private NewsAnalyzer(boolean stemmed) {
    this.stemmed = stemmed;
  }

  /** Lower-cased, accent-folded words; no stemming, no stop words. */
  public static NewsAnalyzer exact() {
    return new NewsAnalyzer(false);
  }

  /** Lower-cased, accent-folded, stop words removed, possessives removed, Porter-stemmed. */
  public static NewsAnalyzer stemmed() {
    return new NewsAnalyzer(true);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = source;
    if (stemmed) {
      stream = new EnglishPossessiveFilter(stream);
    }
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    if (stemmed) {
      stream = new StopFilter(stream, stopWords());
      stream = new PorterStemFilter(stream);
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  private static CharArraySet stopWords() {
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  }
}
