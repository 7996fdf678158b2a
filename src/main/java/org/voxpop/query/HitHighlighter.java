package org.voxpop.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.voxpop.index.Schema;

/**
 * Highlights the query's matches in the texts of a page of hits, marked with {@link
 * VoxpopSearcher#HIGHLIGHT_START} and {@link VoxpopSearcher#HIGHLIGHT_END}. A highlighter of its
 * own because the schema keeps no offsets for the text: the texts are analysed again, from the
 * stored fields the page already read rather than read a second time.
 */
final class HitHighlighter extends UnifiedHighlighter {
  /** The texts of the page by doc id, as the page read them. */
  private final Map<Integer, String> texts;

  /**
   * @param analyzer the analysis to repeat on the texts; one instance shared by all searches, whose
   *     components each thread reuses
   * @param texts the text of each hit to highlight, by doc id
   */
  HitHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, String> texts) {
    super(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(
                new DefaultPassageFormatter(
                    VoxpopSearcher.HIGHLIGHT_START, VoxpopSearcher.HIGHLIGHT_END, " … ", false))
            .withMaxLength(100_000)
            .withMaxNoHighlightPassages(0)
            // Terms and phrases are found from the query's terms; the weight-matches mode
            // would build a Weight per hit, which cost more than the rest of a page of hits.
            .withWeightMatches(false)
            // Re-analysing a hit (the text keeps no offsets) then matches the query's terms in
            // the token stream; the relevancy mode would build an in-memory index per hit even
            // for plain terms (phrases still need one, to check positions).
            .withPassageRelevancyOverSpeed(false));
    this.texts = texts;
  }

  /**
   * The highlighted passages of each hit, in the order of {@code top}; empty where the text has no
   * match of {@code query}. Only the hits the precheck lets through (all when it is empty) are
   * analysed again.
   */
  List<Optional<String>> snippets(Query query, TopDocs top, Optional<MatchPrecheck> precheck)
      throws IOException {
    List<Integer> analysed = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      if (precheck.isEmpty() || precheck.get().mayMatch(texts.get(top.scoreDocs[i].doc))) {
        analysed.add(i);
      }
    }
    List<Optional<String>> snippets =
        new ArrayList<>(java.util.Collections.nCopies(top.scoreDocs.length, Optional.empty()));
    if (!analysed.isEmpty()) {
      ScoreDoc[] some = analysed.stream().map(i -> top.scoreDocs[i]).toArray(ScoreDoc[]::new);
      String[] found = highlight(Schema.TEXT, query, new TopDocs(top.totalHits, some), 2);
      for (int j = 0; j < found.length; j++) {
        snippets.set(analysed.get(j), Optional.ofNullable(found[j]));
      }
    }
    return snippets;
  }

  @Override
  protected OffsetSource getOffsetSource(String field) {
    // The schema keeps no offsets for the text (they took a sixth of the index): the page
    // of hits is analysed again, which also spares merging every segment's field infos
    // on each search to find that out.
    return Schema.TEXT.equals(field) ? OffsetSource.ANALYSIS : super.getOffsetSource(field);
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = docIter.nextDoc()) {
      CharSequence[] row = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        String text = Schema.TEXT.equals(fields[f]) ? texts.getOrDefault(doc, "") : "";
        // as the default loader does: only the first getMaxLength() characters are highlighted
        row[f] = text.length() > getMaxLength() ? text.substring(0, getMaxLength()) : text;
      }
      values.add(row);
    }
    return values;
  }
}
