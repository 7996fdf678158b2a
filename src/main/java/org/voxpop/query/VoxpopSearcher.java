package org.voxpop.query;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.EntityNameTerms;
import org.voxpop.index.IndexInfo;
import org.voxpop.index.Schema;

/**
 * Faceted search over a voxpop index: the library's main entry point for queries.
 *
 * <p>Thread safe and meant to be shared: searches run against a point-in-time view managed by a
 * {@link SearcherManager}; {@link #refresh()} picks up new commits without a restart.
 *
 * <p>A search is carried out by parts with one job each, as Lucene's facet module splits
 * drill-sideways, collection and counting: {@code MatchPlanner} checks a request and plans what to
 * match and how to collect it ({@code MatchPlan}), {@code MatchCollection} collects, {@code
 * FacetCounter} counts the facets, {@code PageReader} reads and highlights the page of hits, and
 * {@code EntityNames} names entities. This class holds the index open and runs the page beside the
 * counting.
 */
public final class VoxpopSearcher implements Closeable {

  /** Marks matches in snippets; front ends turn these into bold text or HTML. */
  public static final String HIGHLIGHT_START = "[[";

  /** Ends a match in a snippet. */
  public static final String HIGHLIGHT_END = "]]";

  private final Directory directory;

  /** Runs the slices of one search in parallel; owned by this searcher, stopped by close(). */
  private final Optional<ExecutorService> executor;

  private final SearcherManager manager;
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final EntityNames names;
  private final QueryLimits limits;
  private final BitSetProducer articleDocs =
      new QueryBitSetProducer(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)));
  private final MatchPlanner planner;
  private final FacetCounter counter;
  private final PageReader pages;

  /**
   * Decoded facet ordinals of the segments, shared by all refreshes: counting reads arrays instead
   * of doc values, within an eighth of the heap.
   */
  private final OrdinalCache ordinals = OrdinalCache.withDefaultBudget();

  /**
   * @param searchThreads threads a search may use: counting splits its work into about as many
   *     parts
   * @param minPartDocs the smallest part a segment is cut into for the search threads (tests cut
   *     tiny indexes)
   */
  private VoxpopSearcher(
      Directory directory,
      Gazetteer gazetteer,
      QueryLimits limits,
      int searchThreads,
      int minPartDocs)
      throws IOException {
    this.directory = directory;
    this.executor =
        searchThreads > 1 ? Optional.of(SearchThreads.pool(searchThreads)) : Optional.empty();
    this.names = new EntityNames(gazetteer);
    this.limits = limits;
    this.counter = new FacetCounter(articleDocs, names, searchThreads, minPartDocs);
    // The analysis the highlighter repeats on a page of hits (the text keeps no offsets): one
    // instance, whose components each thread reuses, not a new one per search.
    this.pages = new PageReader(Schema.analyzer(), searchThreads);
    this.planner = new MatchPlanner(facetsConfig, articleDocs, limits);
    this.manager =
        new SearcherManager(
            directory,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
                  throws IOException {
                FacetedSearcher searcher =
                    new FacetedSearcher(
                        reader,
                        facetsConfig,
                        executor,
                        ordinals,
                        articleDocs,
                        searchThreads,
                        minPartDocs);
                names.refreshed(EntityNameTerms.read(reader));
                planner.refreshed(
                    new ValueResolver(
                        IndexValues.of(searcher.facetFields, names::name), gazetteer));
                return searcher;
              }
            });
  }

  /**
   * Opens the index in {@code indexDir} for searching.
   *
   * @throws java.io.FileNotFoundException when there is no index there yet
   * @throws org.voxpop.index.IncompatibleIndexException when it was written by an incompatible
   *     version
   */
  public static VoxpopSearcher open(Path indexDir, Gazetteer gazetteer) throws IOException {
    return open(indexDir, gazetteer, QueryLimits.defaults());
  }

  /** Opens the index with the given limits on query size and time. */
  public static VoxpopSearcher open(Path indexDir, Gazetteer gazetteer, QueryLimits limits)
      throws IOException {
    return open(indexDir, gazetteer, limits, defaultSearchThreads());
  }

  /** One search thread per core: the default of the other {@code open} methods. */
  public static int defaultSearchThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Opens the index with the given limits, searching each request on up to {@code searchThreads}
   * threads: segments are matched and counted in parallel, which is what makes facets over millions
   * of comments fast on a merged index of one segment per core (see {@code voxpop index --merge}).
   * With 1, every search runs on the caller's thread alone.
   */
  public static VoxpopSearcher open(
      Path indexDir, Gazetteer gazetteer, QueryLimits limits, int searchThreads)
      throws IOException {
    return open(indexDir, gazetteer, limits, searchThreads, ArticleAlignedSlices.MIN_PART_DOCS);
  }

  /**
   * As above, cutting segments into parts of at least {@code minPartDocs}: tests cut tiny indexes.
   */
  static VoxpopSearcher open(
      Path indexDir, Gazetteer gazetteer, QueryLimits limits, int searchThreads, int minPartDocs)
      throws IOException {
    if (searchThreads < 1) {
      throw new IllegalArgumentException("searchThreads must be at least 1, got " + searchThreads);
    }
    org.voxpop.index.NotAnIndexFolderException.refuseFile(indexDir);
    if (!Files.isDirectory(indexDir)) {
      throw new java.io.FileNotFoundException(
          "no index at " + indexDir + " (run `voxpop index` first)");
    }
    Directory directory = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new java.io.FileNotFoundException(
            "no index at " + indexDir + " (run `voxpop index` first)");
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
   * The scope a search should have when its user names none: comments, or articles when the index
   * holds no comments (a newswire archive), where comments would find nothing at all.
   */
  public Scope defaultScope() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return searcher.count(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_COMMENT))) > 0
          ? Scope.COMMENTS
          : Scope.ARTICLES;
    } finally {
      manager.release(searcher);
    }
  }

  /** Runs a search. */
  public SearchResult search(SearchRequest request) throws IOException {
    long started = System.nanoTime();
    MatchPlan plan = planner.plan(request);
    TimeoutCollectorManager deadline = new TimeoutCollectorManager(limits.timeout());
    FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
    FutureTask<PageReader.Page> pageTask = null;
    AtomicBoolean abandoned = new AtomicBoolean();
    try {
      MatchCollection collected = MatchCollection.collect(searcher, facetsConfig, plan, deadline);
      long totalHits = collected.totalHits();
      Set<String> matchedEntities = EntityNames.matched(plan.base, plan.selections);
      // The page and the facet counts need nothing of each other: when the counting is long, the
      // page is ranked and read on a search thread while this one counts, and whichever thread is
      // free first takes what is left. Short counting is done first: handing the page to another
      // thread cost more than it saved (a selective query over 20k comments, 1.47 -> 1.24 ms).
      pageTask =
          new FutureTask<>(
              () ->
                  request.pageSize() == 0 || abandoned.get()
                      ? PageReader.Page.EMPTY
                      : pages.page(
                          searcher,
                          collected.candidates().call(),
                          plan.pageSize,
                          plan.drilling.query(),
                          plan.base,
                          matchedEntities,
                          request));
      long countingWork =
          totalHits * Math.max(1, request.facetDims().size() + request.rangeFacets().size());
      if (request.pageSize() > 0 && countingWork >= PAGE_BESIDE_COUNTING_WORK) {
        FutureTask<PageReader.Page> submitted = pageTask;
        executor.ifPresent(pool -> pool.execute(submitted));
      }
      FacetCounter.Counted counted = counter.count(searcher, collected, request, deadline);
      pageTask.run(); // does nothing when a search thread has taken it
      PageReader.Page page = SearchThreads.result(pageTask);
      deadline.check();
      return new SearchResult(
          totalHits,
          counted.distinctArticles(),
          page.hits(),
          counted.facets(),
          page.next(),
          Duration.ofNanos(System.nanoTime() - started),
          planner.selections(request));
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

  /**
   * Checks a request without running it: the query parses, every dimension exists. Callers that
   * stream answers (exports) call this first, so that a bad request fails before any output.
   *
   * @throws QuerySyntaxException or IllegalArgumentException with a message for the user
   */
  public void validate(SearchRequest request) {
    planner.checked(request);
  }

  /**
   * Which entities the matching comments mention together: the top entities and the top pairs that
   * share a comment. Counts come from doc values in one pass; no stored fields are read.
   */
  public CoOccurrence cooccurrence(SearchRequest asked, int topEntities, int topPairs)
      throws IOException {
    Query base = planner.checked(asked);
    List<DrillDowns.Selected> selections = planner.selected(asked);
    FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
    try {
      Optional<FacetFields.Dim> entityField = searcher.facetFields.get(Schema.DIM_ENTITY);
      if (entityField.isEmpty()) {
        return new CoOccurrence(List.of(), List.of());
      }
      List<FacetsCollector.MatchingDocs> matches =
          searcher.search(
              planner.matching(asked.scope(), base, selections).query(),
              new MatchCollectorManager(new TimeoutCollectorManager(limits.timeout())));
      CommentArticleCounts counts = counter.counts(searcher, matches, List.of(Schema.DIM_ENTITY));
      List<FacetValue> entities =
          counter.top(counts, Schema.DIM_ENTITY, List.of(), topEntities, false, "").values();
      List<EntityPair> pairs =
          Analytics.pairs(entityField.get(), matches, articleDocs, topPairs, names::name);
      return new CoOccurrence(entities, pairs);
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * Comments per period with their mean sentiment; with an entity, only comments that mention it,
   * with the stance toward it per period.
   *
   * @param entity an entity id or any name the gazetteer knows; empty for the whole query
   */
  public List<TimelineBucket> timeline(
      SearchRequest request, Interval interval, Optional<String> entity) throws IOException {
    Query base = planner.checked(request);
    List<DrillDowns.Selected> selections = new ArrayList<>(planner.selected(request));
    List<String> entityIds = entity.map(this::entityIds).orElse(List.of());
    if (!entityIds.isEmpty()) {
      // one selected entity, which any of the ids its name stands for matches
      selections.add(
          new DrillDowns.Selected(Schema.DIM_ENTITY, entityIds.stream().map(List::of).toList()));
    }
    // The stance is that toward the entity the name stands for first (the gazetteer's, if any).
    Optional<String> entityId = entityIds.stream().findFirst();
    FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
    try {
      List<FacetsCollector.MatchingDocs> matches =
          searcher.search(
              planner.matching(request.scope(), base, selections).query(),
              new MatchCollectorManager(new TimeoutCollectorManager(limits.timeout())));
      return Analytics.timeline(
          searcher.facetFields.get(Schema.DIM_STANCE), matches, articleDocs, interval, entityId);
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
  public long export(
      SearchRequest asked,
      ExportColumns columns,
      ExportFormat format,
      java.io.Writer out,
      long limit)
      throws IOException {
    Query base = planner.checked(asked);
    List<DrillDowns.Selected> selections = planner.selected(asked);
    FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
    try {
      Exporter exporter = new Exporter(columns, format, out, articleDocs, limit);
      exporter.header();
      try {
        // Exports stream in index order from one thread: a searcher without the executor.
        new IndexSearcher(searcher.getIndexReader())
            .search(
                planner.matching(asked.scope(), base, selections).query(),
                exporter.collectorManager());
      } catch (Exporter.LimitReached done) {
        // the limit was reached: what was written so far is the export
      }
      out.flush();
      return exporter.written();
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * As {@link #export(SearchRequest, ExportColumns, ExportFormat, java.io.Writer, long)}, with
   * derived columns only.
   */
  public long export(
      SearchRequest asked,
      List<ExportField> fields,
      ExportFormat format,
      java.io.Writer out,
      long limit)
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
      List<String> inputNames =
          names.stream()
              .map(String::strip)
              .filter(
                  n ->
                      java.util.Arrays.stream(ExportField.values())
                          .noneMatch(f -> f.key().equalsIgnoreCase(n)))
              .toList();
      // Reading stops once the names asked for are found; a name not found has had every
      // document read, so the message can list every known one.
      Set<String> inputFields =
          names.isEmpty() || !inputNames.isEmpty()
              ? InputFieldNames.of(searcher.getIndexReader(), inputNames)
              : Set.of();
      return ExportColumns.resolve(names, inputFields);
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * Writes a page of hits (from {@link #search}) in its order, with the columns of an export:
   * {@code search --format csv} and {@code export} write the same table.
   */
  public void writeHits(
      List<Hit> hits, ExportColumns columns, ExportFormat format, java.io.Writer out)
      throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      Exporter exporter = new Exporter(columns, format, out, articleDocs, Long.MAX_VALUE);
      exporter.header();
      for (Hit hit : hits) {
        Optional<Document> article = StoredDocs.find(searcher, hit.articleId(), Optional.empty());
        Optional<Document> doc =
            hit.commentId().isPresent()
                ? StoredDocs.find(searcher, hit.articleId(), hit.commentId())
                : article;
        if (doc.isPresent()) { // absent only when the hit was deleted since the search
          exporter.write(doc.get(), article.orElseGet(Document::new));
        }
      }
      out.flush();
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * The ids of an entity named by any name, alias or id the gazetteer knows, or by any name or id
   * the index shows for its entities (a facet's "Reagan", {@code slug:reagan}).
   *
   * @throws UnknownValueException when nothing is known by that name, with the nearest names
   */
  public List<String> entityIds(String nameOrId) {
    return planner.values().entityIds(nameOrId);
  }

  /** The canonical name of an entity id: from the gazetteer, or spelled out from a slug id. */
  public String entityName(String id) {
    return names.name(id);
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
