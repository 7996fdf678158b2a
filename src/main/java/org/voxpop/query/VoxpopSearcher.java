package org.voxpop.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexInfo;
import org.voxpop.index.Schema;

/**
 * Faceted search over a voxpop index: the library's main entry point for queries.
 *
 * <p>Thread safe and meant to be shared: searches run against a point-in-time view managed by a
 * {@link SearcherManager}; {@link #refresh()} picks up new commits without a restart.
 */
public final class VoxpopSearcher implements Closeable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Marks matches in snippets; front ends turn these into bold text or HTML. */
  public static final String HIGHLIGHT_START = "[[";

  /** Ends a match in a snippet. */
  public static final String HIGHLIGHT_END = "]]";

  private final Directory directory;
  private final SearcherManager manager;
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final QueryTranslator translator;
  private final Gazetteer gazetteer;
  private final BitSetProducer articleDocs =
      new QueryBitSetProducer(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)));

  /** An IndexSearcher that carries the facet ordinals of its reader, built once per refresh. */
  private static final class FacetedSearcher extends IndexSearcher {
    final Optional<SortedSetDocValuesReaderState> state;

    FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
      super(reader);
      this.state = facetState(reader, config);
    }

    private static Optional<SortedSetDocValuesReaderState> facetState(IndexReader reader, FacetsConfig config)
        throws IOException {
      for (LeafReaderContext leaf : reader.leaves()) {
        if (leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) {
          return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, config));
        }
      }
      return Optional.empty();
    }
  }

  private VoxpopSearcher(Directory directory, Gazetteer gazetteer) throws IOException {
    this.directory = directory;
    this.gazetteer = gazetteer;
    this.translator = new QueryTranslator(gazetteer);
    this.manager =
        new SearcherManager(
            directory,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new FacetedSearcher(reader, facetsConfig);
              }
            });
  }

  /**
   * Opens the index in {@code indexDir} for searching.
   *
   * @throws java.io.FileNotFoundException when there is no index there yet
   * @throws org.voxpop.index.IncompatibleIndexException when it was written by an incompatible version
   */
  public static VoxpopSearcher open(Path indexDir, Gazetteer gazetteer) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      throw new java.io.FileNotFoundException("no index at " + indexDir + " (run `voxpop index` first)");
    }
    Directory directory = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new java.io.FileNotFoundException("no index at " + indexDir + " (run `voxpop index` first)");
      }
      IndexInfo.check(indexDir.toString(), directory);
      return new VoxpopSearcher(directory, gazetteer);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Picks up the latest commit, if there is a newer one. */
  public void refresh() throws IOException {
    manager.maybeRefresh();
  }

  /** Runs a search. */
  public SearchResult search(SearchRequest request) throws IOException {
    long started = System.nanoTime();
    Query base = translator.translate(request.query());
    Query scoped = scoped(base, request.scope());
    DrillDownQuery query = new DrillDownQuery(facetsConfig, scoped);
    request.drillDowns().forEach((dim, paths) -> paths.forEach(path -> query.add(dim, path.toArray(String[]::new))));
    FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
    try {
      FacetsCollectorManager.FacetsResult found =
          FacetsCollectorManager.search(searcher, query, Math.max(1, request.pageSize()), new FacetsCollectorManager());
      TopDocs top = found.topDocs();
      List<FacetDimension> facets = new ArrayList<>();
      long distinctArticles = 0;
      if (searcher.state.isPresent()) {
        CommentArticleCounts counts = new CommentArticleCounts(searcher.state.get(), found.facetsCollector(), articleDocs);
        distinctArticles = counts.distinctArticles();
        for (String dim : request.facetDims()) {
          facets.add(labelled(counts.top(dim, List.of(), request.facetTopN(), request.scope() == Scope.ARTICLES)));
        }
      }
      List<Hit> hits = hits(searcher, top, base, request.pageSize());
      return new SearchResult(
          top.totalHits.value(), distinctArticles, hits, facets, Duration.ofNanos(System.nanoTime() - started));
    } finally {
      manager.release(searcher);
    }
  }

  private static Query scoped(Query base, Scope scope) {
    if (scope == Scope.BOTH) {
      return base;
    }
    String type = scope == Scope.COMMENTS ? Schema.TYPE_COMMENT : Schema.TYPE_ARTICLE;
    return new BooleanQuery.Builder()
        .add(base, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.TYPE, type)), BooleanClause.Occur.FILTER)
        .build();
  }

  /** Entity ids get their canonical names as labels. */
  private FacetDimension labelled(FacetDimension dim) {
    if (!dim.dim().equals(Schema.DIM_ENTITY) && !dim.dim().equals(Schema.DIM_STANCE)
        && !Schema.entityTypeDims().contains(dim.dim())) {
      return dim;
    }
    List<FacetValue> values = new ArrayList<>();
    for (FacetValue v : dim.values()) {
      values.add(new FacetValue(v.value(), entityName(v.value()), v.comments(), v.articles()));
    }
    return new FacetDimension(dim.dim(), dim.path(), values, dim.childCount());
  }

  /** The canonical name of an entity id: from the gazetteer, or spelled out from a slug id. */
  public String entityName(String id) {
    return gazetteer.byId(id).map(e -> e.name()).orElseGet(() -> slugName(id));
  }

  private static String slugName(String id) {
    String slug = id.contains(":") ? id.substring(id.indexOf(':') + 1) : id;
    StringBuilder name = new StringBuilder();
    for (String word : slug.split("-")) {
      if (!word.isEmpty()) {
        name.append(name.isEmpty() ? "" : " ")
            .append(word.substring(0, 1).toUpperCase(Locale.ROOT))
            .append(word.substring(1));
      }
    }
    return name.toString();
  }

  private List<Hit> hits(IndexSearcher searcher, TopDocs top, Query base, int pageSize) throws IOException {
    if (pageSize == 0 || top.scoreDocs.length == 0) {
      return List.of();
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, Schema.analyzer())
            .withFormatter(new DefaultPassageFormatter(HIGHLIGHT_START, HIGHLIGHT_END, " … ", false))
            .withMaxLength(100_000)
            .build();
    String[] snippets = highlighter.highlight(Schema.TEXT, base, top, 2);
    StoredFields stored = searcher.storedFields();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document doc = stored.document(sd.doc);
      boolean comment = Schema.TYPE_COMMENT.equals(doc.get(Schema.TYPE));
      String text = doc.get(Schema.TEXT);
      String snippet = snippets[i] == null ? abbreviate(text, 240) : snippets[i];
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
              compound.map(c -> org.voxpop.enrich.sentiment.SentimentLabel.of(c).name().toLowerCase(Locale.ROOT)),
              doubleField(doc, Schema.ABUSE_SCORE),
              mentions(doc.get(Schema.MENTIONS)),
              sd.score));
    }
    return hits;
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  private static Optional<String> epochField(Document doc, String field) {
    IndexableField f = doc.getField(field);
    if (f == null || f.numericValue() == null) {
      return Optional.empty();
    }
    return Optional.of(Instant.ofEpochMilli(f.numericValue().longValue()).atOffset(ZoneOffset.UTC).toString());
  }

  private static Optional<Double> doubleField(Document doc, String field) {
    IndexableField f = doc.getField(field);
    return f == null || f.numericValue() == null ? Optional.empty() : Optional.of(f.numericValue().doubleValue());
  }

  private static List<Hit.MentionView> mentions(String json) throws IOException {
    if (json == null) {
      return List.of();
    }
    List<Hit.MentionView> views = new ArrayList<>();
    for (JsonNode m : JSON.readTree(json)) {
      views.add(
          new Hit.MentionView(
              m.path("id").asText(), m.path("name").asText(), m.path("type").asText(),
              m.path("surface").asText(), m.path("start").asInt(), m.path("end").asInt(),
              m.has("stance") ? Optional.of(m.get("stance").asDouble()) : Optional.empty()));
    }
    return views;
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      directory.close();
    }
  }
}
