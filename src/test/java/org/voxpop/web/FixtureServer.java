package org.voxpop.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.voxpop.FixtureIndex;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.query.VoxpopSearcher;

/** A read-only `voxpop serve` of the fixture index on a free loopback port, for API tests. */
final class FixtureServer implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final VoxpopSearcher searcher;
  private final WebServer server;

  private FixtureServer(VoxpopSearcher searcher, WebServer server) {
    this.searcher = searcher;
    this.server = server;
  }

  static FixtureServer start() throws IOException {
    Path index = FixtureIndex.dir();
    VoxpopSearcher searcher = VoxpopSearcher.open(index, Gazetteer.defaultGazetteer());
    return new FixtureServer(
        searcher,
        WebServer.start(
            new WebServer.Settings("127.0.0.1", 0, index, false, 1000),
            searcher,
            Gazetteer.defaultGazetteer()));
  }

  /** The searcher it serves, for a second server over the same index. */
  VoxpopSearcher searcher() {
    return searcher;
  }

  int port() {
    return server.port();
  }

  HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws IOException {
    server.close();
    searcher.close();
  }
}
