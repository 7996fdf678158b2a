package org.voxpop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Entity;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexListener;
import org.voxpop.index.IndexStats;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;
import org.voxpop.input.InputLimits;
import org.voxpop.query.CoOccurrence;
import org.voxpop.query.ExportColumns;
import org.voxpop.query.ExportFormat;
import org.voxpop.query.Interval;
import org.voxpop.query.QueryLimits;
import org.voxpop.query.ResultJson;
import org.voxpop.query.Scope;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.SortOrder;
import org.voxpop.query.TimelineBucket;
import org.voxpop.query.VoxpopSearcher;

// Over 500 lines: the route table of the HTTP API and each route's short handler (read the
// parameters, call the query module, write the JSON) in one file, read beside docs/http-api.md;
// limits, deadlines, errors and the server's set-up are classes of their own.
/**
 * {@code voxpop serve}: the JSON HTTP API over the query module and the single-page UI, written
 * against the JDK's HTTP server API and served by Jetty's implementation of it, embedded (no
 * container to install; see {@link HttpServerFactory}). Read-only unless indexing is allowed.
 *
 * <p>Every answer carries security headers (a strict Content-Security-Policy among them); no CORS
 * header is sent, so other sites' scripts cannot read the API. Static files come from a fixed list
 * of bundled resources, never from the file system, so no path can reach outside them.
 */
public final class WebServer implements Closeable {

  /**
   * How the server runs.
   *
   * @param host address to bind; 127.0.0.1 unless the user exposes it on purpose
   * @param port port to bind; 0 picks a free one
   * @param indexDir the index, for stats and (when allowed) indexing
   * @param allowIndexing whether POST /api/index may add articles
   * @param maxExportRows most rows one export may hold
   * @param requestTime time a request may take from its arrival to its answer (see {@link
   *     RequestDeadline}); uploads to index are bounded by their size instead
   */
  public record Settings(
      String host,
      int port,
      Path indexDir,
      boolean allowIndexing,
      long maxExportRows,
      Duration requestTime) {
    public Settings {
      if (requestTime.isNegative() || requestTime.isZero()) {
        throw new IllegalArgumentException("the request time must be positive, was " + requestTime);
      }
    }

    /** With the request time of a search, {@link QueryLimits#defaults()}. */
    public Settings(
        String host, int port, Path indexDir, boolean allowIndexing, long maxExportRows) {
      this(host, port, indexDir, allowIndexing, maxExportRows, QueryLimits.defaults().timeout());
    }
  }

  /**
   * Most facets (dimensions and ranges together, as given: repeats count) one request may ask for:
   * more than all 26 there are, so any set of distinct facets fits, while a request that repeats
   * one thousands of times is refused before any work.
   */
  static final int MAX_FACETS = 32;

  /** Longest query text the API accepts. */
  static final int MAX_QUERY_CHARS = 2_000;

  /** Largest request body (for POST /api/index). */
  static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  /** Largest page the web API serves. */
  static final int MAX_PAGE = 100;

  private static final Map<String, String> STATIC =
      Map.of(
          "/",
          "index.html",
          "/index.html",
          "index.html",
          "/app.js",
          "app.js",
          "/app.css",
          "app.css");

  private final Settings settings;
  private final VoxpopSearcher searcher;
  private final Gazetteer gazetteer;
  private final HttpServer server;
  private final ExecutorService executor;

  /**
   * Every request's work, at most {@link ServerLimits#MAX_WORKING} at once, within its deadline.
   */
  private final BoundedWork work;

  private final ClientLimiter clients = new ClientLimiter(ServerLimits.MAX_PER_CLIENT);
  private final ObjectMapper json = new ObjectMapper();
  private final java.util.Set<String> allowedHosts;
  private final boolean anyHost;

  /**
   * Started with the server: without it, commits of another process stay unseen until a restart.
   */
  private final CommitWatcher commitWatcher;

  private WebServer(Settings settings, VoxpopSearcher searcher, Gazetteer gazetteer)
      throws IOException {
    this.settings = settings;
    java.util.Set<String> hosts =
        new java.util.HashSet<>(java.util.List.of("127.0.0.1", "localhost", "[::1]"));
    String bound = settings.host().toLowerCase(java.util.Locale.ROOT);
    hosts.add(bound.contains(":") && !bound.startsWith("[") ? "[" + bound + "]" : bound);
    this.allowedHosts = java.util.Set.copyOf(hosts);
    // Bound to every interface, the server cannot know the names it is reached by.
    this.anyHost = bound.equals("0.0.0.0") || bound.equals("::") || bound.equals("[::]");
    this.searcher = searcher;
    this.gazetteer = gazetteer;
    // A virtual thread per request costs a few KB while it waits; the work itself is bounded by
    // `work`.
    this.executor = Executors.newVirtualThreadPerTaskExecutor();
    this.server = HttpServerFactory.create(settings.host(), settings.port(), executor);
    this.work = new BoundedWork(executor);
    server.createContext("/", this::handle);
    this.commitWatcher = CommitWatcher.start(searcher);
  }

  /** Starts serving; close the returned server to stop. */
  public static WebServer start(Settings settings, VoxpopSearcher searcher, Gazetteer gazetteer)
      throws IOException {
    WebServer web = new WebServer(settings, searcher, gazetteer);
    web.server.start();
    return web;
  }

  /** The port the server listens on (useful when it was started on port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    java.net.InetAddress client = exchange.getRemoteAddress().getAddress();
    if (!clients.tryEnter(client)) {
      try (exchange) {
        Answers.securityHeaders(exchange);
        exchange.getResponseHeaders().set("Retry-After", "1");
        HttpError e = clients.tooMany();
        Answers.error(exchange, e.status, e.getMessage());
      }
      return;
    }
    try {
      boolean upload = "/api/index".equals(exchange.getRequestURI().getRawPath());
      work.run(
          exchange,
          upload
              ? RequestDeadline.unbounded(exchange)
              : RequestDeadline.start(exchange, settings.requestTime()),
          this::answer);
    } finally {
      clients.leave(client);
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      Answers.securityHeaders(exchange);
      String method = exchange.getRequestMethod();
      try {
        java.net.URI uri = exchange.getRequestURI();
        if (uri.getRawPath() == null) {
          // an opaque address ("GET mailto:x") names no path on any server
          throw HttpError.badRequest("the request names no path");
        }
        int uriChars =
            uri.getRawPath().length()
                + (uri.getRawQuery() == null ? 0 : uri.getRawQuery().length() + 1);
        if (uriChars > ServerLimits.MAX_URI_CHARS) {
          throw ServerLimits.uriTooLong(uriChars);
        }
        String path = uri.getPath();
        checkHost(exchange);
        if (path.startsWith("/api/")) {
          api(exchange, path, method);
        } else if (STATIC.containsKey(path)) {
          requireGet(method);
          serveStatic(exchange, STATIC.get(path));
        } else {
          throw new HttpError(404, "no such page: " + InputLimits.echo(path));
        }
      } catch (HttpError e) {
        Answers.error(exchange, e.status, e.getMessage());
      } catch (org.apache.lucene.store.LockObtainFailedException e) {
        Answers.error(
            exchange,
            409,
            "another voxpop process is writing this index; try again when it has finished");
      } catch (org.voxpop.query.QuerySyntaxException e) {
        Answers.error(exchange, 400, e.getMessage(), e.column());
      } catch (IllegalArgumentException e) {
        // invalid request values: the message is for the user.
        Answers.error(exchange, 400, e.getMessage());
      } catch (RuntimeException | IOException e) {
        Answers.error(exchange, 500, "internal error: " + e.getClass().getSimpleName());
      }
    }
  }

  /**
   * Answers only requests addressed to this server by a name it is bound to: a page on another site
   * that rebinds its DNS name to 127.0.0.1 sends its own host name, and is refused.
   */
  private void checkHost(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null) {
      throw new HttpError(400, "missing Host header");
    }
    String name =
        host.startsWith("[")
            ? host.substring(0, host.indexOf(']') + 1)
            : host.replaceFirst(":\\d+$", "");
    if (!allowedHosts.contains(name.toLowerCase(java.util.Locale.ROOT)) && !anyHost) {
      throw new HttpError(
          403,
          "this server answers to " + allowedHosts + ", not to '" + InputLimits.echo(name) + "'");
    }
  }

  /**
   * Writes are refused to other origins: a form or script on another site could otherwise POST to a
   * local server with --allow-indexing. Browsers send Origin on such requests.
   */
  private void checkWriteOrigin(HttpExchange exchange) {
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    if (origin != null && !isOwnOrigin(origin)) {
      throw new HttpError(
          403,
          "writes from other origins are refused: "
              + InputLimits.echo(origin)
              + " (this server is http on port "
              + port()
              + ")");
    }
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type == null
        || !(type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl"))) {
      throw new HttpError(415, "POST JSON Lines with Content-Type: application/x-ndjson");
    }
  }

  /**
   * Whether an Origin is this server: scheme, host and port all equal, as browsers compare them.
   * Another server on the same host (http://localhost:1, say) is another origin and a page it
   * serves must not write here.
   */
  private boolean isOwnOrigin(String origin) {
    java.net.URI uri;
    try {
      uri = new java.net.URI(origin);
    } catch (java.net.URISyntaxException e) {
      return false;
    }
    String host = uri.getHost();
    if (!"http".equalsIgnoreCase(uri.getScheme())
        || host == null
        || uri.getRawPath() != null && !uri.getRawPath().isEmpty()
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      return false;
    }
    int originPort = uri.getPort() == -1 ? 80 : uri.getPort();
    String name = host.toLowerCase(Locale.ROOT);
    boolean knownHost =
        anyHost || allowedHosts.contains(name) || allowedHosts.contains("[" + name + "]");
    return knownHost && originPort == port();
  }

  private static void requireGet(String method) {
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw new HttpError(405, "method " + method + " is not allowed here");
    }
  }

  private void api(HttpExchange exchange, String path, String method) throws IOException {
    if (path.equals("/api/index")) {
      index(exchange, method);
      return;
    }
    requireGet(method);
    Params params = new Params(exchange.getRequestURI());
    switch (path) {
      case "/api/search" ->
          Answers.json(exchange, ResultJson.toJson(searcher.search(request(params).build())));
      case "/api/entity" -> entity(exchange, params);
      case "/api/timeline" -> timeline(exchange, params);
      case "/api/cooccur" -> cooccur(exchange, params);
      case "/api/export" -> export(exchange, params);
      case "/api/stats" -> Answers.json(exchange, stats());
      case "/api/dimensions" -> Answers.json(exchange, DimensionsJson.all(json));
      default -> throw new HttpError(404, "no such endpoint: " + path);
    }
  }

  /**
   * A search request from query parameters, validated; without a scope, the one the index calls for
   * (articles in an archive without comments).
   */
  SearchRequest.Builder request(Params params) throws IOException {
    return request(params, true);
  }

  /**
   * As {@link #request(Params)}; without {@code facetTop}, {@code top} is left to the caller
   * (co-occurrence reads it as its own number of pairs, 1..500).
   */
  SearchRequest.Builder request(Params params, boolean facetTop) throws IOException {
    String q = params.string("q", "");
    if (q.length() > MAX_QUERY_CHARS) {
      throw HttpError.badRequest("the query is longer than " + MAX_QUERY_CHARS + " characters");
    }
    List<String> facets = params.csv("facets");
    List<String> ranges = params.csv("range");
    if (facets.size() + ranges.size() > MAX_FACETS) {
      throw HttpError.badRequest(
          String.format(
              Locale.ROOT,
              "the request asks for %,d facets; at most %d a request (each dimension once is enough)",
              facets.size() + ranges.size(),
              MAX_FACETS));
    }
    SearchRequest.Builder builder =
        SearchRequest.builder(q)
            .scope(
                params.optional("scope").isPresent()
                    ? params.choice("scope", Scope.class, Scope.COMMENTS)
                    : searcher.defaultScope())
            .sort(params.choice("sort", SortOrder.class, SortOrder.RELEVANCE))
            .pageSize(params.integer("size", 10, 0, MAX_PAGE))
            .facetTopN(facetTop ? params.integer("top", 10, 1, 100) : 10)
            .facets(facets.toArray(String[]::new))
            .rangeFacets(ranges.toArray(String[]::new));
    params.optional("after").ifPresent(builder::after);
    for (String drill : params.all("drill")) {
      String[] kv = dimValue("drill", drill);
      builder.drillDown(kv[0], kv[1].split("/"));
    }
    for (String prefix : params.all("prefix")) {
      String[] kv = dimValue("prefix", prefix);
      builder.facetPrefix(kv[0], kv[1]);
    }
    for (String facetPath : params.all("path")) {
      String[] kv = dimValue("path", facetPath);
      builder.facetPath(kv[0], kv[1].split("/"));
    }
    return builder;
  }

  private static String[] dimValue(String name, String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw HttpError.badRequest(
          "'" + name + "' takes dim:value, e.g. entity:Q30, not '" + InputLimits.echo(text) + "'");
    }
    return new String[] {text.substring(0, colon), text.substring(colon + 1)};
  }

  private void entity(HttpExchange exchange, Params params) throws IOException {
    String name =
        params.optional("name").orElseThrow(() -> HttpError.badRequest("'name' is required"));
    Entity entity =
        gazetteer
            .lookup(name)
            .orElseThrow(
                () -> new HttpError(404, "no entity known as '" + InputLimits.echo(name) + "'"));
    ObjectNode node = json.createObjectNode();
    node.put("id", entity.id())
        .put("name", entity.name())
        .put("type", entity.type().name())
        .put("subtype", entity.subtype());
    ArrayNode aliases = node.putArray("aliases");
    entity.aliases().stream().limit(50).forEach(aliases::add);
    Answers.json(exchange, node);
  }

  private void timeline(HttpExchange exchange, Params params) throws IOException {
    List<TimelineBucket> buckets =
        searcher.timeline(
            request(params).build(),
            params.choice("interval", Interval.class, Interval.MONTH),
            params.optional("entity"));
    Answers.json(exchange, ResultJson.toJson(buckets));
  }

  private void cooccur(HttpExchange exchange, Params params) throws IOException {
    int top = params.integer("top", 20, 1, 500);
    CoOccurrence graph =
        searcher.cooccurrence(request(params, false).pageSize(0).build(), top, top);
    // (cooccurrence() validated the request before any header was sent)
    String format = params.string("format", "json");
    switch (format) {
      case "json" -> {
        Answers.json(exchange, ResultJson.toJson(graph));
      }
      case "csv", "graphml" -> {
        boolean csv = format.equals("csv");
        exchange
            .getResponseHeaders()
            .set(
                "Content-Type", csv ? "text/csv; charset=utf-8" : "application/xml; charset=utf-8");
        exchange
            .getResponseHeaders()
            .set(
                "Content-Disposition",
                "attachment; filename=\"voxpop-cooccurrence." + format + "\"");
        Answers.startStream(exchange);
        try (Writer out =
            new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8)) {
          if (csv) {
            graph.writeCsv(out);
          } else {
            graph.writeGraphMl(out);
          }
        }
      }
      default ->
          throw HttpError.badRequest("'format' must be json, csv or graphml, was '" + format + "'");
    }
  }

  private void export(HttpExchange exchange, Params params) throws IOException {
    ExportFormat format = params.choice("format", ExportFormat.class, ExportFormat.CSV);
    ExportColumns columns;
    try {
      columns = searcher.exportColumns(params.csv("fields"));
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest(
          e.getMessage()); // names the unknown field (echoed short) and the known ones
    }
    SearchRequest request = request(params).pageSize(0).build();
    // Check before the 200 goes out: after that, an error could no longer be reported.
    searcher.validate(request);
    String extension = format == ExportFormat.CSV ? "csv" : "jsonl";
    exchange
        .getResponseHeaders()
        .set(
            "Content-Type",
            format == ExportFormat.CSV
                ? "text/csv; charset=utf-8"
                : "application/x-ndjson; charset=utf-8");
    // A fixed file name: nothing the user sends ends up in a path or a header.
    exchange
        .getResponseHeaders()
        .set("Content-Disposition", "attachment; filename=\"voxpop-export." + extension + "\"");
    Answers.startStream(exchange);
    try (Writer out = new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8)) {
      searcher.export(request, columns, format, out, settings.maxExportRows());
    }
  }

  private ObjectNode stats() throws IOException {
    var all = searcher.search(SearchRequest.builder("").scope(Scope.BOTH).pageSize(0).build());
    ObjectNode node = json.createObjectNode();
    node.put("documents", all.totalHits()).put("articles", all.distinctArticles());
    node.put("allow_indexing", settings.allowIndexing());
    node.put("gazetteer_version", gazetteer.version());
    commitWatcher
        .lastFailure()
        .ifPresent(failure -> node.put("refresh_error", InputLimits.echo(failure)));
    return node;
  }

  private synchronized void index(HttpExchange exchange, String method) throws IOException {
    if (!method.equals("POST")) {
      throw new HttpError(405, "POST JSON Lines to /api/index");
    }
    if (!settings.allowIndexing()) {
      throw new HttpError(
          403, "this server is read-only; start it with --allow-indexing to add articles");
    }
    checkWriteOrigin(exchange);
    Path upload = Files.createTempFile("voxpop-upload", ".jsonl");
    try {
      try (InputStream in = exchange.getRequestBody();
          OutputStream out = Files.newOutputStream(upload)) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
          total += n;
          if (total > MAX_BODY_BYTES) {
            throw new HttpError(
                413,
                "the body is larger than "
                    + MAX_BODY_BYTES
                    + " bytes; use `voxpop index` for big files");
          }
          out.write(buffer, 0, n);
        }
      }
      List<String> rejects = new ArrayList<>();
      IndexStats stats;
      try (Indexer indexer =
          Indexer.open(
              settings.indexDir(),
              EnrichmentPipeline.create(
                  EnrichmentPipeline.Options.defaults(),
                  // the tagger the index keeps (voxpop index --model), as every run that adds to it
                  org.voxpop.index.IndexEntityModel.recognizer(
                      settings.indexDir(), gazetteer, java.util.Optional.empty())),
              IndexerSettings.defaults(),
              gazetteer.version())) {
        stats =
            indexer.index(
                List.of(upload),
                new IndexListener() {
                  @Override
                  public synchronized void rejected(org.voxpop.input.Reject reject) {
                    rejects.add(reject.toString().replace(upload.toString(), "body"));
                  }
                });
      }
      searcher.refresh();
      ObjectNode node = json.createObjectNode();
      node.put("articles_indexed", stats.articlesIndexed())
          .put("comments_indexed", stats.commentsIndexed())
          .put("rejected", stats.rejects());
      ArrayNode list = node.putArray("rejects");
      rejects.forEach(list::add);
      Answers.json(exchange, node);
    } finally {
      Files.deleteIfExists(upload);
    }
  }

  private void serveStatic(HttpExchange exchange, String name) throws IOException {
    try (InputStream in = WebServer.class.getResourceAsStream("static/" + name)) {
      if (in == null) {
        throw new HttpError(404, "missing resource " + name);
      }
      byte[] body = in.readAllBytes();
      String type =
          name.endsWith(".html")
              ? "text/html; charset=utf-8"
              : name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      Answers.result(exchange, 200, body);
    }
  }

  @Override
  public void close() {
    commitWatcher.close();
    server.stop(0);
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
