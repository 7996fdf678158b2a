package org.voxpop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.query.VoxpopSearcher;

/**
 * A small, bounded load test on loopback: 8 clients for 5 seconds against the server, a mix of
 * requests, zero errors required. Throughput and latency are printed, not asserted: timing claims
 * live in the benchmark harness, not in unit tests.
 */
class LoadTest {
  private static final String[] PATHS = {
    "/api/search?q=Raqqa&scope=both&facets=entity,sentiment",
    "/api/search?facets=entity,source,sentiment&drill=entity:Q30",
    "/api/search?q=merkel&scope=articles_by_comments",
    "/api/search?sort=most_negative&size=20&facets=stance&path=stance:Q30",
    "/api/timeline?entity=America&interval=month",
    "/api/cooccur?top=10",
    "/api/search?q=colour:red",
  };

  @Test
  void eightClientsForFiveSecondsGetNoErrors() throws Exception {
    try (VoxpopSearcher searcher =
            VoxpopSearcher.open(FixtureIndex.dir(), Gazetteer.defaultGazetteer());
        WebServer server =
            WebServer.start(
                new WebServer.Settings("127.0.0.1", 0, FixtureIndex.dir(), false, 1000),
                searcher,
                Gazetteer.defaultGazetteer())) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      AtomicLong errors = new AtomicLong();
      List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
      ExecutorService clients = Executors.newFixedThreadPool(8);
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        int client = c;
        running.add(
            clients.submit(
                () -> {
                  int i = client;
                  while (System.nanoTime() < end && latencies.size() < 200_000) {
                    String path = PATHS[i++ % PATHS.length];
                    long t0 = System.nanoTime();
                    try {
                      HttpResponse<String> response =
                          http.send(
                              HttpRequest.newBuilder(
                                      URI.create("http://127.0.0.1:" + server.port() + path))
                                  .timeout(Duration.ofSeconds(10))
                                  .build(),
                              HttpResponse.BodyHandlers.ofString());
                      int expected = path.contains("colour:red") ? 400 : 200;
                      if (response.statusCode() != expected) {
                        errors.incrementAndGet();
                      }
                    } catch (Exception e) {
                      errors.incrementAndGet();
                    }
                    latencies.add((System.nanoTime() - t0) / 1e6);
                  }
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      clients.shutdown();
      List<Double> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      double p50 = sorted.get(sorted.size() / 2);
      double p99 =
          sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
      System.out.printf(
          Locale.ROOT,
          "load test: %d requests in 5 s (%.0f/s), p50 %.1f ms, p99 %.1f ms, %d errors%n",
          sorted.size(),
          sorted.size() / 5.0,
          p50,
          p99,
          errors.get());
      assertEquals(0, errors.get(), "no request may fail under load");
      assertTrue(sorted.size() > 50, "the server answered: " + sorted.size());
    }
  }
}
