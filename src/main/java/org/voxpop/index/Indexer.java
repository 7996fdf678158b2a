package org.voxpop.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.input.CommentMerge;
import org.voxpop.input.IngestLoop;
import org.voxpop.input.InputLimits;
import org.voxpop.input.InputRecord;
import org.voxpop.input.InputSource;
import org.voxpop.input.Reject;
import org.voxpop.input.RejectReason;
import org.voxpop.input.SourceLocation;
import org.voxpop.model.Article;

// Over 500 lines: one IndexWriter's whole life (opening a new, upgraded or forced folder, the
// ingest loop's Lucene sink, comment merges, re-indexing, deletes) shares its crash-safety and
// discard rules; re-indexing and deletes are the parts to move out next.
/**
 * Streams input files into a voxpop index: reads, enriches on several threads, writes each article
 * with its comments as one block, and commits at intervals.
 *
 * <p>Crash safety comes from Lucene's commit: whatever happens mid-run, the index on disk is the
 * last commit, intact and searchable. Re-running the same input converges to the same index,
 * because each block replaces the one with the same article id. Memory stays flat: the queue
 * between the reader and the enrichment threads is bounded, and a full queue makes the reader do
 * the work itself.
 *
 * <p>Not thread safe: one run at a time per instance (Lucene's write lock keeps other processes out
 * of the directory).
 */
public final class Indexer implements Closeable {

  /** Stand-alone comment records are merged into their articles in batches of at most this many. */
  private static final int COMMENT_BATCH = 50_000;

  /** Name of the statistics file written in the index directory after each run. */
  public static final String STATS_FILE = "voxpop-stats.json";

  /**
   * Name of the file in the index directory where a command lists every reject and warning of its
   * last run.
   */
  public static final String REJECTS_FILE = "voxpop-rejects.txt";

  private final Path indexDir;
  private final Directory directory;
  private final IndexWriter writer;
  private final EnrichmentPipeline pipeline;
  private final IndexerSettings settings;
  private final BlockMapper mapper = new BlockMapper();
  private final QuietMergeScheduler merges = new QuietMergeScheduler();
  private final BlockBudget budget;
  private final RunStops stops;
  private long runStarted;

  /**
   * Set when this writer upgrades an index of an older schema: it starts a new index over the old
   * one and commits only once, at the end of {@link #reindex}, so that until then the last commit
   * is still the old index, whole.
   */
  private final boolean upgrading;

  /**
   * What the folder held before this writer, when it held no index: a run that indexes nothing
   * removes the rest.
   */
  private final NewIndex newIndex;

  /**
   * Set when a run indexed nothing: closing rolls back, and removes an index this writer created.
   */
  private boolean discard;

  private Indexer(
      Path indexDir,
      Directory directory,
      EnrichmentPipeline pipeline,
      IndexerSettings settings,
      String gazetteerVersion,
      boolean allowUpgrade)
      throws IOException {
    this.indexDir = indexDir;
    this.pipeline = pipeline;
    this.settings = settings;
    this.budget = BlockBudget.ofThisJvm(settings.threads());
    this.stops = new RunStops(indexDir, merges);
    boolean upgrade = false;
    boolean existed;
    try {
      existed = DirectoryReader.indexExists(directory);
      ForeignFiles.check(indexDir.toString(), directory, settings.force());
      // every writer sees the folder through the guard: Lucene deletes files named like its own
      directory = ForeignFiles.guard(directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    this.directory = directory;
    try {
      this.newIndex = existed ? NewIndex.NONE : NewIndex.before(indexDir, directory);
    } catch (IOException e) {
      directory.close();
      throw e;
    }
    if (existed) {
      try {
        int version =
            IndexMetadata.schemaVersion(
                DirectoryReader.listCommits(directory).getLast().getUserData());
        upgrade = allowUpgrade && version >= 1 && version < Schema.VERSION;
        if (!upgrade) {
          IndexInfo.check(indexDir.toString(), directory);
        }
      } catch (IOException | RuntimeException e) {
        directory.close();
        throw e;
      }
    }
    this.upgrading = upgrade;
    IndexWriterConfig config = writerConfig();
    config.setOpenMode(
        upgrade ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    // An upgrade that fails half way must not commit its half on close: the old index stays.
    config.setCommitOnClose(!upgrade);
    config.setRAMBufferSizeMB(64);
    config.setMergeScheduler(merges);
    IndexWriter opened;
    try {
      opened = new IndexWriter(directory, config);
    } catch (IOException e) {
      directory.close();
      throw e;
    }
    this.writer = opened;
    writer.setLiveCommitData(IndexMetadata.current(gazetteerVersion).toUserData().entrySet());
    if (!existed) {
      // From its first moment the folder holds a voxpop index, so that a run stopped before its
      // first commit of articles leaves a folder the next run recognises, not a foreign one.
      try {
        writer.commit();
      } catch (IOException | RuntimeException e) {
        close();
        throw e;
      }
    }
  }

  /**
   * Opens (or creates) the index in {@code indexDir} for writing.
   *
   * @throws IncompatibleIndexException when the directory holds an index this version cannot use
   * @throws org.apache.lucene.store.LockObtainFailedException when another process is writing it
   * @throws NotAnIndexFolderException when the folder holds files but no index, unless {@link
   *     IndexerSettings#force()}
   */
  public static Indexer open(
      Path indexDir, EnrichmentPipeline pipeline, IndexerSettings settings, String gazetteerVersion)
      throws IOException {
    NotAnIndexFolderException.refuseFile(indexDir);
    boolean folderExisted = Files.isDirectory(indexDir);
    Files.createDirectories(indexDir);
    Indexer indexer =
        open(indexDir, FSDirectory.open(indexDir), pipeline, settings, gazetteerVersion);
    if (!folderExisted) {
      indexer.newIndex.folderMadeForIt();
    }
    return indexer;
  }

  /** Opens an index in a given Lucene directory (tests use this to simulate a full disk). */
  static Indexer open(
      Path indexDir,
      Directory directory,
      EnrichmentPipeline pipeline,
      IndexerSettings settings,
      String gazetteerVersion)
      throws IOException {
    return new Indexer(
        indexDir,
        directory,
        Objects.requireNonNull(pipeline),
        Objects.requireNonNull(settings),
        gazetteerVersion,
        false);
  }

  /**
   * Opens an existing index for {@link #reindex}, also when an older voxpop wrote it with an older
   * schema: {@code reindex} then rebuilds it in the current schema from the raw input it keeps,
   * committing once at the end (a crash before that leaves the old index as it was).
   *
   * @throws IncompatibleIndexException when a newer voxpop, or something else, wrote the index
   */
  public static Indexer openForReindex(
      Path indexDir, EnrichmentPipeline pipeline, IndexerSettings settings, String gazetteerVersion)
      throws IOException {
    return new Indexer(
        indexDir,
        FSDirectory.open(indexDir),
        Objects.requireNonNull(pipeline),
        Objects.requireNonNull(settings),
        gazetteerVersion,
        true);
  }

  /** Whether this writer is upgrading an index of an older schema (see {@link #openForReindex}). */
  public boolean upgrading() {
    return upgrading;
  }

  /**
   * Indexes every record of the given JSON Lines files (plain or gzipped) and commits.
   *
   * @throws RejectedRecordException in strict mode, at the first reject (after committing what was
   *     indexed before it)
   */
  public IndexStats index(List<Path> inputs, IndexListener listener) throws IOException {
    return indexSources(InputSource.files(inputs), listener);
  }

  /**
   * Indexes every record of the given inputs and commits. A run that reads records and indexes none
   * of them commits nothing: a new index is not created (its folder is left as it was), an existing
   * one keeps its last commit.
   *
   * @throws RejectedRecordException in strict mode, at the first reject (after committing what was
   *     indexed before it)
   * @throws NothingIndexedException when the inputs held records and every one was rejected
   */
  public IndexStats indexSources(List<InputSource> inputs, IndexListener listener)
      throws IOException {
    runStarted = System.nanoTime();
    stops.committed(stats(new RunCounts(), Duration.ZERO));
    try {
      return indexInputs(inputs, listener);
    } catch (OutOfMemoryError e) {
      throw stops.outOfMemory(e);
    } catch (IOException | RuntimeException e) {
      throw stops.said(e, writer);
    }
  }

  private IndexStats indexInputs(List<InputSource> inputs, IndexListener listener)
      throws IOException {
    long started = System.nanoTime();
    RunCounts counters = new RunCounts();
    ThreadPoolExecutor pool = enrichmentPool();
    LuceneSink sink = new LuceneSink(counters, listener, pool);
    long articlesBefore = articleCount();
    try {
      IngestLoop.run(inputs, sink, listener::warned);
      InFlight.drain(sink.inFlight, sink.failure);
      RunFailure.rethrow(sink.failure);
      if (counters.recordsRead() > 0 && !indexedAny(counters)) {
        discard = true;
        throw new NothingIndexedException(
            stats(counters, Duration.ofNanos(System.nanoTime() - started)));
      }
      ParallelFlush.flush(writer, pool, settings.threads());
      commit(listener, counters);
      if (settings.mergeToSegments() > 0) {
        // after the last commit, so that a crash while merging still leaves every record indexed
        writer.forceMerge(settings.mergeToSegments());
        writer.commit();
      }
      // Blocks replaced = blocks written - blocks added: exact, and needs no memory of the ids.
      counters.replacedInAll(Math.max(0, counters.articles() - (articleCount() - articlesBefore)));
    } catch (RejectedRecordException e) {
      InFlight.drainQuietly(sink.inFlight);
      if (indexedAny(counters)) {
        commit(listener, counters);
      } else {
        discard = true;
      }
      throw e;
    } finally {
      pool.shutdown();
    }
    IndexStats stats = stats(counters, Duration.ofNanos(System.nanoTime() - started));
    Files.writeString(indexDir.resolve(STATS_FILE), stats.toJson(), StandardCharsets.UTF_8);
    return stats;
  }

  /**
   * What the ingest loop's records become here: articles enriched and written on the pool, comment
   * batches merged into their stored articles, commits every so many articles or seconds.
   */
  private final class LuceneSink implements IngestLoop.Sink {
    private final RunCounts counters;
    private final IndexListener listener;
    private final ThreadPoolExecutor pool;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final List<Future<?>> inFlight = new ArrayList<>();

    /**
     * The write still under way for an article id: a later record with the same id waits for it, so
     * that the last version in the input is the one the index keeps.
     */
    private final Map<String, Future<?>> writingById = new HashMap<>();

    private long sinceCommit;
    private long lastCommit = System.nanoTime();

    LuceneSink(RunCounts counters, IndexListener listener, ThreadPoolExecutor pool) {
      this.counters = counters;
      this.listener = listener;
      this.pool = pool;
    }

    @Override
    public int commentBatch() {
      return COMMENT_BATCH;
    }

    @Override
    public void reading(SourceLocation where) {
      // noted before each read, so that a run that runs out of memory says where
      stops.reading(where);
    }

    @Override
    public void recordRead() {
      counters.recordRead();
    }

    @Override
    public void rejected(Reject reject) {
      rejectRecord(reject, counters, listener);
    }

    @Override
    public void article(InputRecord.ArticleRecord article) throws IOException {
      for (Reject comment : article.rejectedComments()) {
        rejectComment(comment, counters, listener);
      }
      Future<?> earlier = writingById.get(article.article().id());
      if (earlier != null) {
        InFlight.await(earlier, failure);
      }
      Runnable task =
          () -> {
            if (write(article.article(), article.location(), counters, listener, failure)) {
              counters.articleWritten(article.article().comments().size());
            }
          };
      if (budget.writeAlone(BlockBudget.estimate(article.article()))) {
        // a block this large is written with no other block in memory
        InFlight.drain(inFlight, failure);
        task.run();
      } else {
        Future<?> writing = pool.submit(task);
        inFlight.add(writing);
        writingById.put(article.article().id(), writing);
      }
      sinceCommit++;
    }

    @Override
    public void comments(Map<String, List<InputRecord.CommentRecord>> byArticle)
        throws IOException {
      InFlight.drain(inFlight, failure);
      applyComments(byArticle, counters, listener, failure);
    }

    @Override
    public void afterRecord(long bytesRead, long totalBytes) throws IOException {
      InFlight.reap(inFlight, failure);
      writingById.values().removeIf(Future::isDone);
      RunFailure.rethrow(failure);
      if (indexedAny(counters)
          && (sinceCommit >= settings.commitEveryArticles()
              || System.nanoTime() - lastCommit
                  > TimeUnit.SECONDS.toNanos(settings.commitEverySeconds()))) {
        commit(listener, counters);
        sinceCommit = 0;
        lastCommit = System.nanoTime();
      }
      listener.progress(counters.articles(), counters.comments(), bytesRead, totalBytes);
    }
  }

  private static boolean indexedAny(RunCounts counters) {
    return counters.articles() > 0 || counters.commentRecords() > 0;
  }

  /**
   * Enrichment threads behind a short bounded queue; when it is full the reading thread enriches
   * the next article itself, which is what keeps memory flat whatever the input size.
   */
  private ThreadPoolExecutor enrichmentPool() {
    return new ThreadPoolExecutor(
        settings.threads(),
        settings.threads(),
        0,
        TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(settings.threads() * 4),
        new ThreadPoolExecutor.CallerRunsPolicy());
  }

  private DirectoryReader openExisting() throws IOException {
    return DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory) : null;
  }

  /** Articles in the last commit (0 for a new index). */
  private long articleCount() throws IOException {
    try (DirectoryReader reader = openExisting()) {
      return reader == null
          ? 0
          : new IndexSearcher(reader)
              .count(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)));
    }
  }

  private static org.apache.lucene.search.Query articleQuery(String articleId) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)), BooleanClause.Occur.FILTER)
        .build();
  }

  /** Enriches and writes one block; false when the article was rejected instead. */
  private boolean write(
      Article article,
      org.voxpop.input.SourceLocation location,
      RunCounts counters,
      IndexListener listener,
      AtomicReference<Throwable> failure) {
    long estimate = BlockBudget.estimate(article);
    if (budget.tooLarge(estimate)) {
      rejectRecord(
          new Reject(
              location,
              RejectReason.BLOCK_TOO_LARGE,
              budget.tooLargeDetail(
                  InputLimits.echo(article.id()), article.comments().size(), estimate)),
          counters,
          listener);
      return false;
    }
    try {
      BlockMapper.Mapped block = mapper.map(pipeline.enrich(article));
      writer.updateDocuments(new Term(Schema.ARTICLE_ID, article.id()), block.documents());
      for (String cut : block.cuts()) {
        counters.valueCut();
        listener.warned(location, cut);
      }
      return true;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      if (e instanceof IOException || writer.getTragicException() != null) {
        failure.compareAndSet(null, e);
      } else {
        // A bug in enrichment must not take the batch down: report the article and go on.
        rejectRecord(
            new Reject(
                location,
                RejectReason.PROCESSING_FAILED,
                "article "
                    + InputLimits.echo(article.id())
                    + ": "
                    + InputLimits.echo(String.valueOf(e), 400)),
            counters,
            listener);
      }
      return false;
    }
  }

  /** Merges stand-alone comments into their articles' stored versions and rewrites those blocks. */
  private void applyComments(
      Map<String, List<InputRecord.CommentRecord>> pending,
      RunCounts counters,
      IndexListener listener,
      AtomicReference<Throwable> failure)
      throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (Map.Entry<String, List<InputRecord.CommentRecord>> entry : pending.entrySet()) {
        TopDocs hit = searcher.search(articleQuery(entry.getKey()), 1);
        if (hit.scoreDocs.length == 0) {
          for (InputRecord.CommentRecord c : entry.getValue()) {
            rejectRecord(CommentMerge.unknownArticle(c), counters, listener);
          }
          continue;
        }
        Article stored = StoredArticles.read(reader, hit.scoreDocs[0].doc);
        CommentMerge merge = CommentMerge.of(stored, entry.getValue());
        for (Reject reject : merge.rejects()) {
          rejectRecord(reject, counters, listener);
        }
        List<InputRecord.CommentRecord> applied = merge.applied();
        if (applied.isEmpty()) {
          continue;
        }
        Article updated = merge.article();
        long estimate = BlockBudget.estimate(updated);
        if (budget.tooLarge(estimate)) {
          for (InputRecord.CommentRecord c : applied) {
            rejectRecord(
                new Reject(
                    c.location(),
                    RejectReason.BLOCK_TOO_LARGE,
                    "comment '"
                        + InputLimits.echo(c.comment().id())
                        + "': "
                        + budget.tooLargeDetail(
                            InputLimits.echo(updated.id()), updated.comments().size(), estimate)),
                counters,
                listener);
          }
          continue;
        }
        if (write(updated, applied.get(0).location(), counters, listener, failure)) {
          counters.commentRecordsMerged(applied.size());
        } else {
          // write() reported the first record; every other record of the batch is lost with it.
          for (InputRecord.CommentRecord c : applied.subList(1, applied.size())) {
            rejectRecord(
                new Reject(
                    c.location(),
                    RejectReason.PROCESSING_FAILED,
                    "comment '"
                        + InputLimits.echo(c.comment().id())
                        + "': its article '"
                        + InputLimits.echo(entry.getKey())
                        + "' could not be rewritten"),
                counters,
                listener);
          }
        }
      }
    }
  }

  private void rejectRecord(Reject reject, RunCounts counters, IndexListener listener) {
    counters.rejectRecord(reject, listener, settings.strict());
  }

  private void rejectComment(Reject reject, RunCounts counters, IndexListener listener) {
    counters.rejectComment(reject, listener, settings.strict());
  }

  private void commit(IndexListener listener, RunCounts counters) throws IOException {
    stops.throwIfMergeFilledTheDisk();
    writer.commit();
    stops.committed(stats(counters, Duration.ofNanos(System.nanoTime() - runStarted)));
    listener.committed(counters.articles());
  }

  private IndexStats stats(RunCounts c, Duration elapsed) throws IOException {
    return new IndexStats(
        c.recordsRead(),
        c.articles(),
        c.replaced(),
        c.comments(),
        c.commentRecords(),
        c.rejectedRecords(),
        c.rejectedComments(),
        c.rejectsByReason(),
        c.valuesCut(),
        elapsed,
        sizeOnDisk());
  }

  private long sizeOnDisk() throws IOException {
    long total = 0;
    java.util.Set<String> foreign = ForeignFiles.listed(directory);
    for (String file : directory.listAll()) {
      if (!file.equals(STATS_FILE)
          && !file.equals(REJECTS_FILE)
          && !file.equals("write.lock")
          && !file.equals(ForeignFiles.LIST_FILE)
          && !foreign.contains(file)) {
        try {
          total += directory.fileLength(file);
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
          // Measured while workers flush and merges run (each commit reports its stats): a file
          // listed a moment ago may be gone, folded into a compound file or a merge. Not an error.
        }
      }
    }
    return total;
  }

  /**
   * Enriches every article in the index again from the raw input it keeps, e.g. after a gazetteer
   * or lexicon update, and commits. The original input files are not needed.
   */
  public IndexStats reindex(IndexListener listener) throws IOException {
    runStarted = System.nanoTime();
    stops.committed(stats(new RunCounts(), Duration.ZERO));
    try {
      return reindexAll(listener);
    } catch (OutOfMemoryError e) {
      throw stops.outOfMemory(e);
    } catch (IOException | RuntimeException e) {
      throw stops.said(e, writer);
    }
  }

  private IndexStats reindexAll(IndexListener listener) throws IOException {
    long started = System.nanoTime();
    RunCounts counters = new RunCounts();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    ThreadPoolExecutor pool = enrichmentPool();
    List<Future<?>> inFlight = new ArrayList<>();
    long sinceCommit = 0;
    try (DirectoryReader snapshot = openExisting()) {
      if (snapshot != null) {
        IndexSearcher searcher = new IndexSearcher(snapshot);
        org.apache.lucene.search.Weight weight =
            searcher.createWeight(
                searcher.rewrite(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE))),
                org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES,
                1f);
        for (org.apache.lucene.index.LeafReaderContext leaf : snapshot.leaves()) {
          org.apache.lucene.search.Scorer scorer = weight.scorer(leaf);
          if (scorer == null) {
            continue;
          }
          org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
          org.apache.lucene.search.DocIdSetIterator it = scorer.iterator();
          for (int doc = it.nextDoc();
              doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
              doc = it.nextDoc()) {
            if (live != null && !live.get(doc)) {
              continue;
            }
            Article article = StoredArticles.read(snapshot, leaf.docBase + doc);
            counters.recordRead();
            org.voxpop.input.SourceLocation where =
                new org.voxpop.input.SourceLocation("index:" + article.id(), 1);
            inFlight.add(
                pool.submit(
                    () -> {
                      if (write(article, where, counters, listener, failure)) {
                        counters.articleWritten(article.comments().size());
                        counters.articleReplaced();
                      }
                    }));
            InFlight.reap(inFlight, failure);
            RunFailure.rethrow(failure);
            // An upgrade commits only at the end: a commit before would replace the old index
            // with a part of the new one.
            if (++sinceCommit >= settings.commitEveryArticles() && !upgrading) {
              commit(listener, counters);
              sinceCommit = 0;
            }
            listener.progress(counters.articles(), counters.comments(), -1, -1);
          }
        }
      }
      InFlight.drain(inFlight, failure);
      RunFailure.rethrow(failure);
      ParallelFlush.flush(writer, pool, settings.threads());
      commit(listener, counters);
    } finally {
      pool.shutdown();
    }
    IndexStats stats = stats(counters, Duration.ofNanos(System.nanoTime() - started));
    Files.writeString(indexDir.resolve(STATS_FILE), stats.toJson(), StandardCharsets.UTF_8);
    return stats;
  }

  /** How every voxpop writer writes: the schema's analysis and the stored-field compression. */
  private static IndexWriterConfig writerConfig() {
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer());
    // Stored text compresses about twice as well with DEFLATE; in small blocks, a page of hits
    // reads fast.
    config.setCodec(new VoxpopCodec());
    return config;
  }

  /**
   * Deletes articles with all their comments from an existing index and commits, without loading a
   * gazetteer or lexicon: the index keeps the metadata it had (its gazetteer version stays that of
   * the gazetteer that enriched it).
   *
   * @return how many of the ids were articles of the index
   * @throws java.io.FileNotFoundException when there is no index in {@code indexDir}
   * @throws IncompatibleIndexException when the index was written by an incompatible version
   */
  public static int deleteArticles(Path indexDir, java.util.Collection<String> articleIds)
      throws IOException {
    NotAnIndexFolderException.refuseFile(indexDir);
    if (!Files.isDirectory(indexDir)) {
      throw new java.io.FileNotFoundException(
          "no index at " + indexDir); // and no folder made for it
    }
    try (Directory directory = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(directory)) {
        throw new java.io.FileNotFoundException("no index at " + indexDir);
      }
      IndexInfo.check(indexDir.toString(), directory);
      Map<String, String> metadata = DirectoryReader.listCommits(directory).getLast().getUserData();
      try (IndexWriter writer =
              new IndexWriter(
                  ForeignFiles.guard(directory),
                  writerConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND));
          DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        int found = 0;
        for (String id : new java.util.LinkedHashSet<>(articleIds)) {
          if (searcher.count(articleQuery(id)) > 0) {
            found++;
          }
          writer.deleteDocuments(new Term(Schema.ARTICLE_ID, id));
        }
        writer.setLiveCommitData(metadata.entrySet());
        writer.commit();
        return found;
      }
    }
  }

  /** Deletes an article and all its comments; takes effect at the next commit. */
  public void deleteArticle(String articleId) throws IOException {
    writer.deleteDocuments(new Term(Schema.ARTICLE_ID, articleId));
  }

  /** Commits pending changes now. */
  public void commit() throws IOException {
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      if (stops.stopped() || discard) {
        writer.rollback(); // a stopped run keeps what its last commit holds, as it reported
      } else {
        writer.close();
      }
    } finally {
      directory.close();
    }
    if (discard) {
      newIndex.remove();
    }
  }
}
