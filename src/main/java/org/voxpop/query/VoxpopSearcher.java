package org.voxpop.query;

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
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
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
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.MatchAllDocsQuery;
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
import org.voxpop.enrich.sentiment.AbuseKind;
import org.voxpop.index.IndexInfo;
import org.voxpop.index.Dimension;
import org.voxpop.index.Schema;
import org.voxpop.index.StoredMentions;

// Over 500 lines: not yet split into planning, counting, page reading and naming as issue 18
// (item 3) asks; until then this is the one class that grew past the rule.
/**
 * Faceted search over a voxpop index: the library's main entry point for queries.
 *
 * <p>Thread safe and meant to be shared: searches run against a point-in-time view managed by a
 * {@link SearcherManager}; {@link #refresh()} picks up new commits without a restart.
 */
public final class VoxpopSearcher implements Closeable {

  /** The stored fields a hit shows: never the input record, which only re-indexing needs. */
  private static final Set<String> HIT_FIELDS = hitFields();

  private static Set<String> hitFields() {
    Set<String> fields = new java.util.HashSet<>(Set.of(
        Schema.TYPE, Schema.ARTICLE_ID, Schema.COMMENT_ID, Schema.TITLE, Schema.ARTICLE_TITLE, Schema.TEXT,
        Schema.AUTHOR, Schema.POSTED_MS, Schema.PUBLISHED_MS, Schema.COMPOUND, Schema.ABUSE_SCORE, Schema.MENTIONS));
    for (AbuseKind kind : AbuseKind.values()) {
      fields.add(Schema.abuseKindScoreField(kind));
    }
    return Set.copyOf(fields);
  }

  /** Marks matches in snippets; front ends turn these into bold text or HTML. */
  public static final String HIGHLIGHT_START = "[[";

  /** Ends a match in a snippet. */
  public static final String HIGHLIGHT_END = "]]";

  private final Directory directory;
  /** Runs the slices of one search in parallel; owned by this searcher, stopped by close(). */
  private final Optional<ExecutorService> executor;
  /** Threads a search may use: counting splits its work into about as many parts. */
  private final int searchThreads;
  /** The smallest part a segment is cut into for the search threads (tests cut tiny indexes). */
  private final int minPartDocs;
  private final SearcherManager manager;
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final QueryTranslator translator;
  /** What names and values stand for in the latest reader: replaced on every refresh. */
  private volatile ValueResolver resolver;
  private final Gazetteer gazetteer;
  private final QueryLimits limits;
  /**
   * The analysis the highlighter repeats on a page of hits (the text keeps no offsets): one
   * instance, whose components each thread reuses, not a new one per search.
   */
  private final Analyzer highlightAnalyzer = Schema.analyzer();
  private final BitSetProducer articleDocs =
      new QueryBitSetProducer(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)));

  /**
   * Decoded facet ordinals of the segments, shared by all refreshes: counting reads arrays
   * instead of doc values, within an eighth of the heap.
   */
  private final OrdinalCache ordinals = OrdinalCache.withDefaultBudget();

  /**
   * An IndexSearcher that carries the facet ordinals of its reader, built once per refresh, and
   * matches in slices of about equal size that never split an article from its comments.
   */
  private static final class FacetedSearcher extends IndexSearcher {
    final FacetFields facetFields;
    private final BitSetProducer articleDocs;
    private final int threads;
    private final int minPartDocs;
    /**
     * The same reader with a slice per segment, for Lucene's drill-sideways, whose scorer cannot
     * match part of a segment.
     */
    final IndexSearcher bySegment;

    FacetedSearcher(IndexReader reader, FacetsConfig config, Optional<ExecutorService> executor,
        OrdinalCache ordinals, BitSetProducer articleDocs, int threads, int minPartDocs) throws IOException {
      super(reader, executor.orElse(null));
      this.facetFields = FacetFields.of(reader, config, ordinals);
      this.articleDocs = articleDocs;
      this.threads = threads;
      this.minPartDocs = minPartDocs;
      this.bySegment = new IndexSearcher(reader, executor.orElse(null));
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
      return ArticleAlignedSlices.of(leaves, articleDocs, threads, minPartDocs);
    }

    /**
     * Every search rewrites its query first: a query whose clauses, with its drill-downs and
     * scope, pass Lucene's limit is the user's to narrow, not a bug.
     */
    @Override
    public Query rewrite(Query original) throws IOException {
      try {
        return super.rewrite(original);
      } catch (IndexSearcher.TooManyClauses e) {
        throw new QuerySyntaxException("the query with its filters holds more than " + IndexSearcher.getMaxClauseCount()
            + " clauses; narrow it or select fewer facet values");
      }
    }
  }

  private VoxpopSearcher(Directory directory, Gazetteer gazetteer, QueryLimits limits, int searchThreads,
      int minPartDocs)
      throws IOException {
    this.directory = directory;
    this.executor = searchThreads > 1 ? Optional.of(searchPool(searchThreads)) : Optional.empty();
    this.searchThreads = searchThreads;
    this.minPartDocs = minPartDocs;
    this.gazetteer = gazetteer;
    this.limits = limits;
    this.translator = new QueryTranslator(new QueryTranslator.Resolver() {
      @Override
      public List<String> entityIds(String name) {
        return resolver.entityIds(name);
      }

      @Override
      public List<String> values(String dim, String value) {
        return resolver.values(dim, value);
      }
    }, limits);
    this.manager =
        new SearcherManager(
            directory,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                FacetedSearcher searcher =
                    new FacetedSearcher(reader, facetsConfig, executor, ordinals, articleDocs, searchThreads, minPartDocs);
                resolver = new ValueResolver(IndexValues.of(searcher.facetFields, VoxpopSearcher.this::entityName), gazetteer);
                translator.forget();
                return searcher;
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
    return open(indexDir, gazetteer, QueryLimits.defaults());
  }

  /** Opens the index with the given limits on query size and time. */
  public static VoxpopSearcher open(Path indexDir, Gazetteer gazetteer, QueryLimits limits) throws IOException {
    return open(indexDir, gazetteer, limits, defaultSearchThreads());
  }

  /** One search thread per core: the default of the other {@code open} methods. */
  public static int defaultSearchThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Opens the index with the given limits, searching each request on up to {@code searchThreads}
   * threads: segments are matched and counted in parallel, which is what makes facets over
   * millions of comments fast on a merged index of one segment per core (see {@code voxpop index
   * --merge}). With 1, every search runs on the caller's thread alone.
   */
  public static VoxpopSearcher open(Path indexDir, Gazetteer gazetteer, QueryLimits limits, int searchThreads)
      throws IOException {
    return open(indexDir, gazetteer, limits, searchThreads, ArticleAlignedSlices.MIN_PART_DOCS);
  }

  /** As above, cutting segments into parts of at least {@code minPartDocs}: tests cut tiny indexes. */
  static VoxpopSearcher open(Path indexDir, Gazetteer gazetteer, QueryLimits limits, int searchThreads, int minPartDocs)
      throws IOException {
    if (searchThreads < 1) {
      throw new IllegalArgumentException("searchThreads must be at least 1, got " + searchThreads);
    }
    org.voxpop.index.NotAnIndexFolderException.refuseFile(indexDir);
    if (!Files.isDirectory(indexDir)) {
      throw new java.io.FileNotFoundException("no index at " + indexDir + " (run `voxpop index` first)");
    }
    Directory directory = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new java.io.FileNotFoundException("no index at " + indexDir + " (run `voxpop index` first)");
      }
      IndexInfo.check(indexDir.toString(), directory);
      return new VoxpopSearcher(directory, gazetteer, limits, searchThreads, minPartDocs);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Picks up the latest commit, if there is a newer one. When this returns, searches see at least
   * the commit that existed when it was called (it waits for a refresh already under way).
   */
  public void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  /**
   * The scope a search should have when its user names none: comments, or articles when the
   * index holds no comments (a newswire archive), where comments would find nothing at all.
   */
  public Scope defaultScope() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return searcher.count(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_COMMENT))) > 0 ? Scope.COMMENTS : Scope.ARTICLES;
    } finally {
      manager.release(searcher);
    }
  }

  /** Runs a search. */
  public SearchResult search(SearchRequest request) throws IOException {
    long started = System.nanoTime();
    Query base = checked(request);
    List<DrillDowns.Selected> selections = selected(request);
    DrillDowns.Drilled drilling = matching(request.scope(), base, selections);
    DrillDownQuery query = drilling.query();
    Sort sort = SearchSorts.of(request.sort(), request.scope());
    FieldDoc after = request.after().map(c -> PageCursor.decode(c, request.sort())).orElse(null);
    int pageSize = Math.max(1, request.pageSize());
    TimeoutCollectorManager deadline = new TimeoutCollectorManager(limits.timeout());
    FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
    FutureTask<Page> pageTask = null;
    AtomicBoolean abandoned = new AtomicBoolean();
    try {
      // One hit more than the page tells whether there is a next page. Relevance needs no sort
      // fields, and the score-only collector is the cheaper one.
      org.apache.lucene.search.CollectorManager<?, ? extends TopDocs> topManager =
          request.sort() == SortOrder.RELEVANCE
              ? new org.apache.lucene.search.TopScoreDocCollectorManager(pageSize + 1, after, Integer.MAX_VALUE)
              : new TopFieldCollectorManager(sort, pageSize + 1, after, Integer.MAX_VALUE);
      // Only the any-of dimensions are counted sideways (DrillMode); an all-of selection is a
      // filter of the query like its text, and its dimension is counted within the hits.
      List<String> drilledDims = drilling.anyOfDims();
      boolean sideways = drilledDims.stream().anyMatch(request.facetDims()::contains);
      // The best pageSize + 1 matches: found with the matches, or by a pass of their own
      Callable<TopDocs> candidates;
      List<FacetsCollector.MatchingDocs> matches;
      Map<String, List<FacetsCollector.MatchingDocs>> sidewaysMatches = new HashMap<>();
      if (sideways) {
        DrillSideways drillSideways = new DrillSideways(searcher.bySegment, facetsConfig, (SortedSetDocValuesReaderState) null);
        List<FacetsCollectorManager> perDim = new ArrayList<>();
        for (int i = 0; i < drilledDims.size(); i++) {
          perDim.add(new FacetsCollectorManager());
        }
        DrillSideways.Result<Object[], FacetsCollector> result =
            drillSideways.search(query, new MultiCollectorManager(topManager, new MatchCollectorManager(deadline)), perDim);
        TopDocs top = (TopDocs) result.drillDownResult()[0];
        candidates = () -> top;
        @SuppressWarnings("unchecked")
        List<FacetsCollector.MatchingDocs> drilled = (List<FacetsCollector.MatchingDocs>) result.drillDownResult()[1];
        matches = drilled;
        for (int i = 0; i < drilledDims.size(); i++) {
          sidewaysMatches.put(drilledDims.get(i), result.drillSidewaysResults().get(i).getMatchingDocs());
        }
      } else if (inIndexOrder(request, base)) {
        // Every match scores the same, so the best hits by relevance are the first ones in index
        // order: collect the matches once, for the facets, and take the page from them.
        matches = searcher.search(query, new MatchCollectorManager(deadline));
        List<FacetsCollector.MatchingDocs> all = matches;
        candidates = () -> firstInIndexOrder(all, pageSize + 1, after);
      } else if (rankedByScore(request)) {
        // Counted and faceted without a score, then ranked: scoring every match only to keep the
        // best page costs more than a second, pruned pass, in which Lucene's block-max skipping
        // scores just the matches that can still make the page. That pass is part of the page's
        // work, done beside the counting or after it (below).
        matches = searcher.search(query, new MatchCollectorManager(deadline));
        List<FacetsCollector.MatchingDocs> found = matches;
        // The scope and drill-down filters only narrow the matches, which are known by now, and
        // score nothing: the query text alone, searched among the matches, ranks them as the
        // whole query would (RankingTest), and its scorers skip from match to match instead of
        // advancing through the filters' postings again. (The candidates' own total is only a
        // lower bound; the search reports the matches' total.)
        candidates = () -> searcher.search(base, deadline.guarding(MatchCollectorManager.among(found,
            new org.apache.lucene.search.TopScoreDocCollectorManager(pageSize + 1, after, pageSize + 1))));
      } else {
        Object[] result = searcher.search(query, new MultiCollectorManager(topManager, new MatchCollectorManager(deadline)));
        TopDocs top = (TopDocs) result[0];
        candidates = () -> top;
        @SuppressWarnings("unchecked")
        List<FacetsCollector.MatchingDocs> collected = (List<FacetsCollector.MatchingDocs>) result[1];
        matches = collected;
      }
      long totalHits = totalMatches(matches);
      Set<String> matchedEntities = matchedEntities(base, selections);
      // The page and the facet counts need nothing of each other: when the counting is long, the
      // page is ranked and read on a search thread while this one counts, and whichever thread is
      // free first takes what is left. Short counting is done first: handing the page to another
      // thread cost more than it saved (a selective query over 20k comments, 1.47 -> 1.24 ms).
      Callable<TopDocs> ranked = candidates;
      pageTask = new FutureTask<>(() -> request.pageSize() == 0 || abandoned.get()
          ? Page.EMPTY
          : page(searcher, ranked.call(), pageSize, query, base, matchedEntities, request));
      long countingWork = totalHits * Math.max(1, request.facetDims().size() + request.rangeFacets().size());
      if (request.pageSize() > 0 && countingWork >= PAGE_BESIDE_COUNTING_WORK) {
        FutureTask<Page> submitted = pageTask;
        executor.ifPresent(pool -> pool.execute(submitted));
      }
      List<FacetDimension> facets = new ArrayList<>();
      long distinctArticles = 0;
      boolean byArticles = request.scope().returnsArticles();
      if (!searcher.facetFields.isEmpty()) {
        CommentArticleCounts counts =
            new CommentArticleCounts(searcher.facetFields, matches, articleDocs, request.facetDims(),
                searcher.getTaskExecutor(), searchThreads, minPartDocs);
        distinctArticles = counts.distinctArticles();
        for (String dim : request.facetDims()) {
          deadline.check(); // counting and labelling many dimensions takes time too
          CommentArticleCounts source = counts;
          if (sidewaysMatches.containsKey(dim)) {
            source = new CommentArticleCounts(
                searcher.facetFields, sidewaysMatches.get(dim), articleDocs, List.of(dim),
                searcher.getTaskExecutor(), searchThreads, minPartDocs);
          }
          facets.add(
              source.top(
                  dim, request.facetPaths().getOrDefault(dim, List.of()), request.facetTopN(), byArticles,
                  labeler(dim, request.facetPaths().getOrDefault(dim, List.of())), request.facetPrefixes().getOrDefault(dim, "")));
        }
      }
      for (String range : request.rangeFacets()) {
        facets.add(RangeCounts.count(range, RangeFacets.BY_NAME.get(range), matches, articleDocs));
      }
      pageTask.run(); // does nothing when a search thread has taken it
      Page page = result(pageTask);
      deadline.check();
      return new SearchResult(
          totalHits, distinctArticles, page.hits(), facets, page.next(), Duration.ofNanos(System.nanoTime() - started),
          selections(request));
    } finally {
      if (pageTask != null && !pageTask.isDone()) {
        // The search failed (a timeout, a bad facet path) while its page was being read: the
        // page is not started any more, or waited for, before the searcher is released.
        abandoned.set(true);
        pageTask.run();
        try {
          pageTask.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
          // the search's own failure is the one reported
        }
      }
      manager.release(searcher);
    }
  }

  /**
   * Matches times dimensions counted from which the page is read beside the counting rather than
   * after it: about the work a millisecond of counting does on one core, where the page (a
   * millisecond or two) starts to gain from its own thread.
   */
  private static final long PAGE_BESIDE_COUNTING_WORK = 65_536;

  /** A page of hits, and the cursor to the next page when there is one. */
  private record Page(List<Hit> hits, Optional<String> next) {
    static final Page EMPTY = new Page(List.of(), Optional.empty());
  }

  /** The page among the best {@code pageSize + 1} matches, read and highlighted. */
  private Page page(FacetedSearcher searcher, TopDocs candidates, int pageSize, Query query, Query base,
      Set<String> matchedEntities, SearchRequest request) throws IOException {
    boolean more = candidates.scoreDocs.length > pageSize;
    TopDocs page = new TopDocs(
        candidates.totalHits, java.util.Arrays.copyOf(candidates.scoreDocs, Math.min(pageSize, candidates.scoreDocs.length)));
    if (request.scope() == Scope.ARTICLES_BY_COMMENTS && request.sort() != SortOrder.RELEVANCE) {
      // A field sort computes no scores, and the join's score is the number of matching comments.
      org.apache.lucene.search.TopFieldCollector.populateScores(page.scoreDocs, searcher, query);
    }
    List<Hit> hits = hits(searcher, page, base, matchedEntities, request.scope());
    Optional<String> next = more
        ? Optional.of(PageCursor.encode(page.scoreDocs[page.scoreDocs.length - 1], request.sort()))
        : Optional.empty();
    return new Page(hits, next);
  }

  /**
   * Checks a request without running it: the query parses, every dimension exists. Callers that
   * stream answers (exports) call this first, so that a bad request fails before any output.
   *
   * @throws QuerySyntaxException or IllegalArgumentException with a message for the user
   */
  public void validate(SearchRequest request) {
    checked(request);
  }

  /** Validates the request and returns its parsed query, so that callers parse it once. */
  private Query checked(SearchRequest request) {
    Query base = translator.translate(request.query());
    List<String> known = Schema.allDims();
    for (String dim : request.facetDims()) {
      if (!known.contains(dim)) {
        throw new IllegalArgumentException("unknown facet dimension '" + org.voxpop.input.InputLimits.echo(dim) + "'; known: " + String.join(", ", known));
      }
    }
    int selected = 0;
    for (Map.Entry<String, List<List<String>>> drill : request.drillDowns().entrySet()) {
      if (!known.contains(drill.getKey())) {
        throw new IllegalArgumentException("unknown dimension '" + org.voxpop.input.InputLimits.echo(drill.getKey())
            + "' to drill into; known: " + String.join(", ", known));
      }
      selected += drill.getValue().size();
    }
    if (selected > limits.maxTerms()) {
      throw new QuerySyntaxException(String.format(java.util.Locale.ROOT,
          "the request selects %,d facet values to drill into; the limit is %,d", selected, limits.maxTerms()));
    }
    return base;
  }

  /**
   * The request's selected values as the index holds them: names of entities as their ids
   * ({@code entity=Obama} as {@code Q76}, or as several ids that any match), keyword values in the
   * index's case.
   */
  private List<DrillDowns.Selected> selected(SearchRequest request) {
    ValueResolver values = resolver;
    List<DrillDowns.Selected> out = new ArrayList<>();
    request.drillDowns().forEach((dim, paths) ->
        paths.forEach(path -> out.add(new DrillDowns.Selected(dim, values.paths(dim, path)))));
    return out;
  }

  /** The selected values of a request as the user gave them, with the labels to show. */
  private List<SearchResult.Selection> selections(SearchRequest request) {
    ValueResolver values = resolver;
    List<SearchResult.Selection> out = new ArrayList<>();
    request.drillDowns().forEach((dim, paths) -> paths.forEach(path ->
        out.add(new SearchResult.Selection(dim, String.join("/", path), values.label(dim, path)))));
    return out;
  }

  /** The query a request stands for: its parsed text, scope and selected values (DrillMode). */
  private DrillDowns.Drilled matching(Scope scope, Query base, List<DrillDowns.Selected> selections) {
    return DrillDowns.query(facetsConfig, scoped(base, scope), selections);
  }

  /**
   * Which entities the matching comments mention together: the top entities and the top pairs
   * that share a comment. Counts come from doc values in one pass; no stored fields are read.
   */
  public CoOccurrence cooccurrence(SearchRequest asked, int topEntities, int topPairs) throws IOException {
    Query base = checked(asked);
    List<DrillDowns.Selected> selections = selected(asked);
    FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
    try {
      Optional<FacetFields.Dim> entityField = searcher.facetFields.get(Schema.DIM_ENTITY);
      if (entityField.isEmpty()) {
        return new CoOccurrence(List.of(), List.of());
      }
      List<FacetsCollector.MatchingDocs> matches =
          searcher.search(matching(asked.scope(), base, selections).query(),
              new MatchCollectorManager(new TimeoutCollectorManager(limits.timeout())));
      CommentArticleCounts counts = new CommentArticleCounts(
          searcher.facetFields, matches, articleDocs, List.of(Schema.DIM_ENTITY), searcher.getTaskExecutor(), searchThreads, minPartDocs);
      List<FacetValue> entities =
          counts.top(Schema.DIM_ENTITY, List.of(), topEntities, false, labeler(Schema.DIM_ENTITY, List.of()), "").values();
      List<EntityPair> pairs = Analytics.pairs(entityField.get(), matches, articleDocs, topPairs, this::entityName);
      return new CoOccurrence(entities, pairs);
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * Comments per period with their mean sentiment; with an entity, only comments that mention
   * it, with the stance toward it per period.
   *
   * @param entity an entity id or any name the gazetteer knows; empty for the whole query
   */
  public List<TimelineBucket> timeline(SearchRequest request, Interval interval, Optional<String> entity)
      throws IOException {
    Query base = checked(request);
    List<DrillDowns.Selected> selections = new ArrayList<>(selected(request));
    List<String> entityIds = entity.map(this::entityIds).orElse(List.of());
    if (!entityIds.isEmpty()) {
      // one selected entity, which any of the ids its name stands for matches
      selections.add(new DrillDowns.Selected(Schema.DIM_ENTITY, entityIds.stream().map(List::of).toList()));
    }
    // The stance is that toward the entity the name stands for first (the gazetteer's, if any).
    Optional<String> entityId = entityIds.stream().findFirst();
    FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
    try {
      List<FacetsCollector.MatchingDocs> matches =
          searcher.search(matching(request.scope(), base, selections).query(),
              new MatchCollectorManager(new TimeoutCollectorManager(limits.timeout())));
      return Analytics.timeline(searcher.facetFields.get(Schema.DIM_STANCE), matches, articleDocs, interval, entityId);
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * Writes every hit of the request, not just a page, in index order, streaming: memory does not
   * grow with the number of hits.
   *
   * @param limit most hits to write (a guard for servers); {@code Long.MAX_VALUE} for all
   * @return the number of hits written
   */
  public long export(SearchRequest asked, ExportColumns columns, ExportFormat format, java.io.Writer out, long limit)
      throws IOException {
    Query base = checked(asked);
    List<DrillDowns.Selected> selections = selected(asked);
    FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
    try {
      Exporter exporter = new Exporter(columns, format, out, articleDocs, limit);
      exporter.header();
      try {
        // Exports stream in index order from one thread: a searcher without the executor.
        new IndexSearcher(searcher.getIndexReader()).search(matching(asked.scope(), base, selections).query(), exporter.collectorManager());
      } catch (Exporter.LimitReached done) {
        // the limit was reached: what was written so far is the export
      }
      out.flush();
      return exporter.written();
    } finally {
      manager.release(searcher);
    }
  }

  /** As {@link #export(SearchRequest, ExportColumns, ExportFormat, java.io.Writer, long)}, with derived columns only. */
  public long export(SearchRequest asked, List<ExportField> fields, ExportFormat format, java.io.Writer out, long limit)
      throws IOException {
    return export(asked, ExportColumns.of(fields), format, out, limit);
  }

  /**
   * The export columns a user named, checked against what the index holds.
   *
   * @param names column names (derived ones in any case, input fields as the input spells them);
   *     empty for the defaults: every derived column but {@code mentions}, then every input field
   *     the index holds (which reads every document's kept record once)
   * @throws IllegalArgumentException naming every known column, when a name is none of them
   */
  public ExportColumns exportColumns(List<String> names) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      List<String> inputNames = names.stream().map(String::strip)
          .filter(n -> java.util.Arrays.stream(ExportField.values()).noneMatch(f -> f.key().equalsIgnoreCase(n))).toList();
      // Reading stops once the names asked for are found; a name not found has had every
      // document read, so the message can list every known one.
      Set<String> inputFields = names.isEmpty() || !inputNames.isEmpty()
          ? InputFieldNames.of(searcher.getIndexReader(), inputNames) : Set.of();
      return ExportColumns.resolve(names, inputFields);
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * Writes a page of hits (from {@link #search}) in its order, with the columns of an export:
   * {@code search --format csv} and {@code export} write the same table.
   */
  public void writeHits(List<Hit> hits, ExportColumns columns, ExportFormat format, java.io.Writer out) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      Exporter exporter = new Exporter(columns, format, out, articleDocs, Long.MAX_VALUE);
      exporter.header();
      for (Hit hit : hits) {
        Optional<Document> article = stored(searcher, hit.articleId(), Optional.empty());
        Optional<Document> doc = hit.commentId().isPresent() ? stored(searcher, hit.articleId(), hit.commentId()) : article;
        if (doc.isPresent()) { // absent only when the hit was deleted since the search
          exporter.write(doc.get(), article.orElseGet(Document::new));
        }
      }
      out.flush();
    } finally {
      manager.release(searcher);
    }
  }

  /** The stored fields of an article ({@code commentId} empty) or of one of its comments. */
  private static Optional<Document> stored(IndexSearcher searcher, String articleId, Optional<String> commentId)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.TYPE, commentId.isPresent() ? Schema.TYPE_COMMENT : Schema.TYPE_ARTICLE)),
            BooleanClause.Occur.FILTER);
    commentId.ifPresent(id -> query.add(new TermQuery(new Term(Schema.COMMENT_ID, id)), BooleanClause.Occur.FILTER));
    TopDocs top = searcher.search(query.build(), 1);
    return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
  }

  /**
   * Ranked by relevance over comments, articles or both: the searches whose page can be found by
   * a pruned pass. The joins rank by counts of matching comments, which Lucene cannot prune.
   */
  private static boolean rankedByScore(SearchRequest request) {
    return request.sort() == SortOrder.RELEVANCE
        && (request.scope() == Scope.COMMENTS || request.scope() == Scope.ARTICLES || request.scope() == Scope.BOTH);
  }

  private static long totalMatches(List<FacetsCollector.MatchingDocs> matches) {
    long total = 0;
    for (FacetsCollector.MatchingDocs segment : matches) {
      total += segment.totalHits();
    }
    return total;
  }

  /**
   * Whether a request's hits all score alike, so that relevance order is index order: everything
   * (no query text, only scope filters and drill-downs) sorted by relevance, in a scope without a
   * join score.
   */
  private static boolean inIndexOrder(SearchRequest request, Query base) {
    return request.sort() == SortOrder.RELEVANCE
        && base instanceof MatchAllDocsQuery
        && (request.scope() == Scope.COMMENTS || request.scope() == Scope.ARTICLES || request.scope() == Scope.BOTH);
  }

  /** The score every match of an {@link #inIndexOrder} request gets, as the scorers would give it. */
  private static final float CONSTANT_SCORE = 1f;

  /** The first {@code n} matches after {@code after}, in index order, with the exact total. */
  private static TopDocs firstInIndexOrder(List<FacetsCollector.MatchingDocs> matches, int n, ScoreDoc after) throws IOException {
    List<FacetsCollector.MatchingDocs> segments = new ArrayList<>(matches);
    segments.sort(java.util.Comparator.comparingInt(m -> m.context().docBase));
    int from = after == null ? 0 : after.doc + 1;
    List<ScoreDoc> page = new ArrayList<>(n);
    for (FacetsCollector.MatchingDocs segment : segments) {
      if (page.size() >= n || segment.bits() == null) {
        continue;
      }
      int base = segment.context().docBase;
      int maxDoc = segment.context().reader().maxDoc();
      if (from >= base + maxDoc) {
        continue;
      }
      DocIdSetIterator it = segment.bits().iterator();
      if (it == null) {
        continue;
      }
      for (int doc = it.advance(Math.max(0, from - base)); doc != DocIdSetIterator.NO_MORE_DOCS && page.size() < n;
          doc = it.nextDoc()) {
        page.add(new ScoreDoc(base + doc, CONSTANT_SCORE));
      }
    }
    return new TopDocs(new TotalHits(totalMatches(matches), TotalHits.Relation.EQUAL_TO), page.toArray(ScoreDoc[]::new));
  }

  private Query scoped(Query base, Scope scope) {
    Query comments = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_COMMENT));
    Query articles = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE));
    return switch (scope) {
      case BOTH -> base;
      case COMMENTS -> filtered(base, comments);
      case ARTICLES -> filtered(base, articles);
      case ARTICLES_BY_COMMENTS ->
          // Each matching comment scores 1, so an article's score is its number of matching comments.
          new ToParentBlockJoinQuery(new ConstantScoreQuery(filtered(base, comments)), articleDocs, ScoreMode.Total);
      case COMMENTS_BY_ARTICLE -> new ToChildBlockJoinQuery(filtered(base, articles), articleDocs);
    };
  }

  private static Query filtered(Query query, Query filter) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(filter, BooleanClause.Occur.FILTER)
        .build();
  }

  private static boolean isEntityDim(String dim) {
    // a stance's top level is an entity id too
    return Dimension.named(dim).map(d -> d.entities() || d.values() == Dimension.Values.STANCES).orElse(false);
  }

  /** Entity ids get their names; the stance labels under an entity stay as they are. */
  private UnaryOperator<String> labeler(String dim, List<String> path) {
    return isEntityDim(dim) && path.isEmpty() ? this::entityName : UnaryOperator.identity();
  }

  /** Entity ids the request filters on: entity terms in the query, and entity drill-downs. */
  private static Set<String> matchedEntities(Query base, List<DrillDowns.Selected> selections) {
    Set<Term> terms = new HashSet<>();
    base.visit(QueryVisitor.termCollector(terms));
    Set<String> ids = new HashSet<>();
    for (Term term : terms) {
      if (term.field().equals(Schema.ENTITY) || term.field().equals(Schema.TITLE_ENTITY)) {
        ids.add(term.text());
      }
    }
    for (DrillDowns.Selected selected : selections) {
      if (isEntityDim(selected.dim())) {
        selected.paths().forEach(path -> ids.add(path.get(0)));
      }
    }
    return ids;
  }

  /**
   * The ids of an entity named by any name, alias or id the gazetteer knows, or by any name or id
   * the index shows for its entities (a facet's "Reagan", {@code slug:reagan}).
   *
   * @throws UnknownValueException when nothing is known by that name, with the nearest names
   */
  public List<String> entityIds(String nameOrId) {
    return resolver.entityIds(nameOrId);
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

  private List<Hit> hits(IndexSearcher searcher, TopDocs top, Query base, Set<String> matchedEntities, Scope scope)
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
    TopDocs first = new TopDocs(top.totalHits, java.util.Arrays.copyOfRange(top.scoreDocs, 0, half));
    TopDocs second = new TopDocs(top.totalHits, java.util.Arrays.copyOfRange(top.scoreDocs, half, n));
    List<List<Hit>> halves = searcher.getTaskExecutor().invokeAll(List.of(
        () -> pageHits(searcher, first, base, precheck, matchedEntities, scope),
        () -> pageHits(searcher, second, base, precheck, matchedEntities, scope)));
    List<Hit> hits = new ArrayList<>(n);
    halves.forEach(hits::addAll);
    return hits;
  }

  /** What a task run on the search threads gave, its failure rethrown as it was thrown. */
  private static <T> T result(FutureTask<T> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while reading the page of hits");
    } catch (java.util.concurrent.ExecutionException e) {
      throw org.voxpop.index.RunFailure.asThrown(e.getCause());
    }
  }

  /** The hits of a page, or part of one: stored fields read once, then highlighted. */
  private List<Hit> pageHits(IndexSearcher searcher, TopDocs top, Query base, Optional<MatchPrecheck> precheck,
      Set<String> matchedEntities, Scope scope) throws IOException {
    if (top.scoreDocs.length == 0) {
      return List.of();
    }
    // Each hit's stored fields are read once: the highlighter takes the texts loaded here instead
    // of decompressing the same stored-field blocks a second time.
    StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[top.scoreDocs.length];
    Map<Integer, String> texts = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      docs[i] = stored.document(top.scoreDocs[i].doc, HIT_FIELDS);
      texts.put(top.scoreDocs[i].doc, Objects.requireNonNullElse(docs[i].get(Schema.TEXT), ""));
    }
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter(
            UnifiedHighlighter.builder(searcher, highlightAnalyzer)
                .withFormatter(new DefaultPassageFormatter(HIGHLIGHT_START, HIGHLIGHT_END, " … ", false))
                .withMaxLength(100_000)
                .withMaxNoHighlightPassages(0)
                // Terms and phrases are found from the query's terms; the weight-matches mode
                // would build a Weight per hit, which cost more than the rest of a page of hits.
                .withWeightMatches(false)
                // Re-analysing a hit (the text keeps no offsets) then matches the query's terms in
                // the token stream; the relevancy mode would build an in-memory index per hit even
                // for plain terms (phrases still need one, to check positions).
                .withPassageRelevancyOverSpeed(false)) {
          @Override
          protected OffsetSource getOffsetSource(String field) {
            // The schema keeps no offsets for the text (they took a sixth of the index): the page
            // of hits is analysed again, which also spares merging every segment's field infos
            // on each search to find that out.
            return Schema.TEXT.equals(field) ? OffsetSource.ANALYSIS : super.getOffsetSource(field);
          }

          @Override
          protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
              throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
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
        };
    List<Integer> analysed = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      if (precheck.isEmpty() || precheck.get().mayMatch(texts.get(top.scoreDocs[i].doc))) {
        analysed.add(i);
      }
    }
    String[] snippets = new String[docs.length];
    if (!analysed.isEmpty()) {
      ScoreDoc[] some = analysed.stream().map(i -> top.scoreDocs[i]).toArray(ScoreDoc[]::new);
      String[] found = highlighter.highlight(Schema.TEXT, base, new TopDocs(top.totalHits, some), 2);
      for (int j = 0; j < found.length; j++) {
        snippets[analysed.get(j)] = found[j];
      }
    }
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document doc = docs[i];
      boolean comment = Schema.TYPE_COMMENT.equals(doc.get(Schema.TYPE));
      String text = doc.get(Schema.TEXT);
      List<Hit.MentionView> mentions = mentions(doc.get(Schema.MENTIONS), text, matchedEntities);
      String snippet = Paragraphs.unwrap(snippets[i] != null ? snippets[i] : Snippets.around(text, mentions, 240));
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
              abuseKinds(doc),
              mentions,
              scope == Scope.ARTICLES_BY_COMMENTS ? Math.round(score(sd)) : 0,
              score(sd)));
    }
    return hits;
  }

  /** The relevance score; a field-sorted hit carries it as its first sort value when sorted by score. */
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
    return Optional.of(Instant.ofEpochMilli(f.numericValue().longValue()).atOffset(ZoneOffset.UTC).toString());
  }

  /** The stored score of each kind of abuse above 0, by dimension, in {@link AbuseKind} order. */
  private static Map<String, Double> abuseKinds(Document doc) {
    Map<String, Double> kinds = new LinkedHashMap<>();
    for (AbuseKind kind : AbuseKind.values()) {
      doubleField(doc, Schema.abuseKindScoreField(kind)).ifPresent(v -> kinds.put(Schema.dimFor(kind), v));
    }
    return kinds;
  }

  private static Optional<Double> doubleField(Document doc, String field) {
    IndexableField f = doc.getField(field);
    return f == null || f.numericValue() == null ? Optional.empty() : Optional.of(f.numericValue().doubleValue());
  }

  private static List<Hit.MentionView> mentions(String stored, String text, Set<String> matched) throws IOException {
    List<Hit.MentionView> views = new ArrayList<>();
    for (StoredMentions.Mention m : StoredMentions.decode(stored, text)) {
      views.add(new Hit.MentionView(
          m.id(), m.name(), m.type(), m.surface(), m.start(), m.end(), m.stance(), matched.contains(m.id())));
    }
    return views;
  }

  private static ExecutorService searchPool(int threads) {
    AtomicInteger number = new AtomicInteger();
    // After close(), a search still under way runs its remaining slices on its own thread
    // instead of failing: what the stopped pool refuses runs on the caller (unlike the JDK's
    // CallerRunsPolicy, which drops tasks once the pool is shut down).
    return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
        task -> {
          Thread thread = new Thread(task, "voxpop-search-" + number.incrementAndGet());
          thread.setDaemon(true); // an embedding application that forgets close() can still exit
          return thread;
        },
        (task, pool) -> task.run());
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      executor.ifPresent(ExecutorService::shutdown);
      // The analyzer is not closed: a search still under way may be highlighting with it, and
      // its per-thread components are garbage once the searcher is.
      directory.close();
    }
  }
}
