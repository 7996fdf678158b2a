package org.voxpop.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.voxpop.input.ArticleJson;
import org.voxpop.model.Article;

/**
 * Gives back the input article of an indexed block, comments included, from what the block stores:
 * each document's {@link Schema#RECORD} fields with its stored title and text. Blocks are
 * contiguous in a segment and end with their article, so the comments are the documents between the
 * previous article and this one.
 */
final class StoredArticles {
  private StoredArticles() {}

  /** A comment's stored fields that matter here: not its mentions, scores or dates. */
  private static final Set<String> COMMENT_FIELDS =
      Set.of(Schema.TYPE, Schema.ARTICLE_ID, Schema.RECORD, Schema.TEXT);

  /**
   * The article whose article document is {@code doc} (a top-level document id of {@code reader}).
   *
   * @throws IOException when the index cannot be read or keeps no input for this article
   */
  static Article read(DirectoryReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    LeafReader segment = leaf.reader();
    int articleDoc = doc - leaf.docBase;
    StoredFields stored = segment.storedFields();
    Document article = stored.document(articleDoc);
    String fields = article.get(Schema.RECORD);
    if (fields == null) {
      return legacy(segment, articleDoc);
    }
    String id = article.get(Schema.ARTICLE_ID);
    List<ArticleJson.StoredComment> comments = new ArrayList<>();
    for (int d = articleDoc - 1; d >= 0; d--) {
      Document comment = stored.document(d, COMMENT_FIELDS);
      if (!Schema.TYPE_COMMENT.equals(comment.get(Schema.TYPE))
          || !Objects.equals(id, comment.get(Schema.ARTICLE_ID))) {
        break; // the previous block's article, or (never written so) another article's comment
      }
      String record = comment.get(Schema.RECORD);
      if (record == null) {
        throw new IOException(
            "comment document "
                + (doc - articleDoc + d)
                + " of article "
                + id
                + " keeps no input; re-index the article from its files");
      }
      comments.add(new ArticleJson.StoredComment(record, nonNull(comment.get(Schema.TEXT))));
    }
    Collections.reverse(comments);
    try {
      return ArticleJson.fromParts(
          fields,
          Optional.ofNullable(article.get(Schema.TITLE)),
          nonNull(article.get(Schema.TEXT)),
          comments);
    } catch (IllegalArgumentException e) {
      throw new IOException(
          "the input kept for article document " + doc + " is damaged: " + e.getMessage(), e);
    }
  }

  /** Indexes written before {@link Schema#RECORD} kept the whole JSON line in doc values. */
  private static Article legacy(LeafReader segment, int articleDoc) throws IOException {
    BinaryDocValues values = DocValues.getBinary(segment, Schema.RAW);
    if (!values.advanceExact(articleDoc)) {
      throw new IOException(
          "article document " + articleDoc + " keeps no input; re-index it from its files");
    }
    return ArticleJson.fromJsonLine(RawInput.decompress(values.binaryValue()));
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
