package org.voxpop.query;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.voxpop.enrich.sentiment.AbuseKind;
import org.voxpop.enrich.sentiment.SentimentLabel;
import org.voxpop.index.NumericValues;
import org.voxpop.index.Schema;
import org.voxpop.index.StoredMentions;

/**
 * Reads a page of hits: cuts the page from the best matches, reads each hit's stored fields once
 * and builds its {@link Hit}, with the snippet {@link HitHighlighter} marks. Reading and
 * highlighting is most of what a selective search costs once its matches are counted, so it is one
 * part that the searcher can run beside the counting.
 */
final class PageReader {

  /**
   * The stored fields a hit shows: never the input record, which only re-indexing needs. Its dates
   * and scores are numbers, read from doc values ({@link NumericValues}).
   */
  private static final Set<String> HIT_FIELDS = hitFields();

  private static Set<String> hitFields() {
    Set<String> fields =
        new HashSet<>(
            Set.of(
                Schema.TYPE,
                Schema.ARTICLE_ID,
                Schema.COMMENT_ID,
                Schema.TITLE,
                Schema.ARTICLE_TITLE,
                Schema.TEXT,
                Schema.AUTHOR,
                Schema.MENTIONS));
    for (AbuseKind kind : AbuseKind.values()) {
      fields.add(Schema.abuseKindScoreField(kind));
    }
    return Set.copyOf(fields);
  }

  /** A page of hits, and the cursor to the next page when there is one. */
  record Page(List<Hit> hits, Optional<String> next) {
    static final Page EMPTY = new Page(List.of(), Optional.empty());
  }

  /**
   * The analysis the highlighter repeats on a page of hits (the text keeps no offsets): one
   * instance, whose components each thread reuses, not a new one per search.
   */
  private final Analyzer highlightAnalyzer;

  /** Threads a search may use: with two or more, the halves of a page are read side by side. */
  private final int searchThreads;

  PageReader(Analyzer highlightAnalyzer, int searchThreads) {
    this.highlightAnalyzer = highlightAnalyzer;
    this.searchThreads = searchThreads;
  }

  /**
   * The page among the best {@code pageSize + 1} matches, read and highlighted.
   *
   * @param query the whole query, which scores a join's hits
   * @param base the query's text, whose matches are highlighted
   * @param matchedEntities the entity ids whose mentions the hits mark as matched
   */
  Page page(
      IndexSearcher searcher,
      TopDocs candidates,
      int pageSize,
      Query query,
      Query base,
      Set<String> matchedEntities,
      SearchRequest request)
      throws IOException {
    boolean more = candidates.scoreDocs.length > pageSize;
    TopDocs page =
        new TopDocs(
            candidates.totalHits,
            Arrays.copyOf(candidates.scoreDocs, Math.min(pageSize, candidates.scoreDocs.length)));
    if (request.scope() == Scope.ARTICLES_BY_COMMENTS && request.sort() != SortOrder.RELEVANCE) {
      // A field sort computes no scores, and the join's score is the number of matching comments.
      TopFieldCollector.populateScores(page.scoreDocs, searcher, query);
    }
    List<Hit> hits = hits(searcher, page, base, matchedEntities, request.scope());
    Optional<String> next =
        more
            ? Optional.of(
                PageCursor.encode(page.scoreDocs[page.scoreDocs.length - 1], request.sort()))
            : Optional.empty();
    return new Page(hits, next);
  }

  private List<Hit> hits(
      IndexSearcher searcher, TopDocs top, Query base, Set<String> matchedEntities, Scope scope)
      throws IOException {
    int n = top.scoreDocs.length;
    // Only the hits that may hold one of the query's words are analysed again to highlight them.
    Optional<MatchPrecheck> precheck = MatchPrecheck.of(base);
    if (searchThreads < 2 || n < 4) {
      return pageHits(searcher, top, base, precheck, matchedEntities, scope);
    }
    // Reading and highlighting a page of hits is most of what a selective search costs once the
    // matches are counted: the two halves of the page are built side by side.
    int half = (n + 1) / 2;
    TopDocs first = new TopDocs(top.totalHits, Arrays.copyOfRange(top.scoreDocs, 0, half));
    TopDocs second = new TopDocs(top.totalHits, Arrays.copyOfRange(top.scoreDocs, half, n));
    List<List<Hit>> halves =
        searcher
            .getTaskExecutor()
            .invokeAll(
                List.of(
                    () -> pageHits(searcher, first, base, precheck, matchedEntities, scope),
                    () -> pageHits(searcher, second, base, precheck, matchedEntities, scope)));
    List<Hit> hits = new ArrayList<>(n);
    halves.forEach(hits::addAll);
    return hits;
  }

  /** The hits of a page, or part of one: stored fields read once, then highlighted. */
  private List<Hit> pageHits(
      IndexSearcher searcher,
      TopDocs top,
      Query base,
      Optional<MatchPrecheck> precheck,
      Set<String> matchedEntities,
      Scope scope)
      throws IOException {
    if (top.scoreDocs.length == 0) {
      return List.of();
    }
    // Each hit's stored fields are read once: the highlighter takes the texts loaded here instead
    // of decompressing the same stored-field blocks a second time.
    StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[top.scoreDocs.length];
    Map<Integer, String> texts = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      int doc = top.scoreDocs[i].doc;
      docs[i] =
          NumericValues.addTo(searcher.getIndexReader(), doc, stored.document(doc, HIT_FIELDS));
      texts.put(top.scoreDocs[i].doc, Objects.requireNonNullElse(docs[i].get(Schema.TEXT), ""));
    }
    List<Optional<String>> snippets =
        new HitHighlighter(searcher, highlightAnalyzer, texts).snippets(base, top, precheck);
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document doc = docs[i];
      boolean comment = Schema.TYPE_COMMENT.equals(doc.get(Schema.TYPE));
      String text = doc.get(Schema.TEXT);
      List<Hit.MentionView> mentions = mentions(doc.get(Schema.MENTIONS), text, matchedEntities);
      String snippet =
          Paragraphs.unwrap(snippets.get(i).orElseGet(() -> Snippets.around(text, mentions, 240)));
      Optional<String> date = epochField(doc, comment ? Schema.POSTED_MS : Schema.PUBLISHED_MS);
      if (comment && date.isEmpty()) {
        date = epochField(doc, Schema.PUBLISHED_MS);
      }
      Optional<Double> compound = doubleField(doc, Schema.COMPOUND);
      hits.add(
          new Hit(
              comment ? Schema.TYPE_COMMENT : Schema.TYPE_ARTICLE,
              doc.get(Schema.ARTICLE_ID),
              Optional.ofNullable(doc.get(Schema.COMMENT_ID)),
              Optional.ofNullable(doc.get(comment ? Schema.ARTICLE_TITLE : Schema.TITLE)),
              text,
              snippet,
              Optional.ofNullable(doc.get(Schema.AUTHOR)),
              date,
              compound,
              compound.map(c -> SentimentLabel.of(c).name().toLowerCase(Locale.ROOT)),
              doubleField(doc, Schema.ABUSE_SCORE),
              abuseKinds(doc),
              mentions,
              scope == Scope.ARTICLES_BY_COMMENTS ? Math.round(score(sd)) : 0,
              score(sd)));
    }
    return hits;
  }

  /**
   * The relevance score; a field-sorted hit carries it as its first sort value when sorted by
   * score.
   */
  private static float score(ScoreDoc hit) {
    if (hit instanceof FieldDoc fd && fd.fields.length > 0 && fd.fields[0] instanceof Float f) {
      return f;
    }
    return Float.isNaN(hit.score) ? 0f : hit.score;
  }

  private static Optional<String> epochField(Document doc, String field) {
    IndexableField f = doc.getField(field);
    if (f == null || f.numericValue() == null) {
      return Optional.empty();
    }
    return Optional.of(
        Instant.ofEpochMilli(f.numericValue().longValue()).atOffset(ZoneOffset.UTC).toString());
  }

  /** The stored score of each kind of abuse above 0, by dimension, in {@link AbuseKind} order. */
  private static Map<String, Double> abuseKinds(Document doc) {
    Map<String, Double> kinds = new LinkedHashMap<>();
    for (AbuseKind kind : AbuseKind.values()) {
      doubleField(doc, Schema.abuseKindScoreField(kind))
          .ifPresent(v -> kinds.put(Schema.dimFor(kind), v));
    }
    return kinds;
  }

  private static Optional<Double> doubleField(Document doc, String field) {
    IndexableField f = doc.getField(field);
    return f == null || f.numericValue() == null
        ? Optional.empty()
        : Optional.of(f.numericValue().doubleValue());
  }

  private static List<Hit.MentionView> mentions(String stored, String text, Set<String> matched)
      throws IOException {
    List<Hit.MentionView> views = new ArrayList<>();
    for (StoredMentions.Mention m : StoredMentions.decode(stored, text)) {
      views.add(
          new Hit.MentionView(
              m.id(),
              m.name(),
              m.type(),
              m.surface(),
              m.start(),
              m.end(),
              m.stance(),
              matched.contains(m.id())));
    }
    return views;
  }
}
