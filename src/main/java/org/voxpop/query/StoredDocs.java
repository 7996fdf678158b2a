package org.voxpop.query;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.voxpop.index.NumericValues;
import org.voxpop.index.Schema;

/**
 * Finds one article's or comment's stored fields by its ids: a page's hits, written again with the
 * columns of an export, are read back by id because the search that found them has ended.
 */
final class StoredDocs {

  private StoredDocs() {}

  /**
   * The stored fields of an article ({@code commentId} empty) or of one of its comments, with its
   * numbers ({@link NumericValues}).
   */
  static Optional<Document> find(
      IndexSearcher searcher, String articleId, Optional<String> commentId) throws IOException {
    BooleanQuery.Builder query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER)
            .add(
                new TermQuery(
                    new Term(
                        Schema.TYPE,
                        commentId.isPresent() ? Schema.TYPE_COMMENT : Schema.TYPE_ARTICLE)),
                BooleanClause.Occur.FILTER);
    commentId.ifPresent(
        id ->
            query.add(new TermQuery(new Term(Schema.COMMENT_ID, id)), BooleanClause.Occur.FILTER));
    TopDocs top = searcher.search(query.build(), 1);
    return top.scoreDocs.length == 0
        ? Optional.empty()
        : Optional.of(
            NumericValues.addTo(
                searcher.getIndexReader(),
                top.scoreDocs[0].doc,
                searcher.storedFields().document(top.scoreDocs[0].doc)));
  }
}
