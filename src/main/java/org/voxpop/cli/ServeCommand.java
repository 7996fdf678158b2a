package org.voxpop.cli;

import java.net.InetAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.query.VoxpopSearcher;
import org.voxpop.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code voxpop serve}: the web page and JSON API over an index. */
@Command(
    name = "serve",
    sortOptions = false,
    description = {
      "Serve the web page (facets you can click, threads, entity timelines) and the JSON API"
          + " (docs/http-api.md) over an index. Binds to 127.0.0.1: only this machine can reach it."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop serve                      # then open http://127.0.0.1:8080",
      "  voxpop serve --port 9000 --allow-indexing"
    })
final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin IndexDirOption index;
  @Mixin GazetteerOption newsroom;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--allow-indexing",
      description = "Let POST /api/index add articles (off: the server is read-only).")
  boolean allowIndexing;

  @Option(
      names = "--max-export",
      defaultValue = "1000000",
      paramLabel = "ROWS",
      description = "Most rows one export may hold (default: ${DEFAULT-VALUE}).")
  long maxExport;

  @Override
  public Integer call() throws Exception {
    if (!InetAddress.getByName(host).isLoopbackAddress()) {
      spec.commandLine()
          .getErr()
          .println(
              "voxpop: WARNING: listening on "
                  + host
                  + ": other machines can read this archive. There is no login.");
    }
    if (newsroom.file().isPresent() && !allowIndexing) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--gazetteer changes what is indexed: it needs --allow-indexing (queries use the file the index keeps)");
    }
    Gazetteer gazetteer = org.voxpop.index.IndexGazetteer.forIndexing(index.dir, newsroom.file());
    if (newsroom.file().isPresent() && java.nio.file.Files.isDirectory(index.dir)) {
      org.voxpop.index.IndexGazetteer.keep(index.dir, newsroom.file().get());
    }
    try (VoxpopSearcher searcher = VoxpopSearcher.open(index.dir, gazetteer);
        WebServer server = listen(searcher, gazetteer)) {
      spec.commandLine()
          .getOut()
          .printf(
              java.util.Locale.ROOT,
              "voxpop: serving %s at http://%s:%d/ (%s). Stop with Ctrl-C.%n",
              index.dir,
              host.contains(":") ? "[" + host + "]" : host,
              server.port(),
              allowIndexing ? "indexing allowed" : "read-only");
      spec.commandLine().getOut().flush();
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    }
    return ExitCodes.OK;
  }

  /**
   * The server on --host and --port; a port that is taken is the user's to change, not a data
   * error.
   */
  private WebServer listen(VoxpopSearcher searcher, Gazetteer gazetteer)
      throws java.io.IOException {
    try {
      return WebServer.start(
          new WebServer.Settings(host, port, index.dir, allowIndexing, maxExport),
          searcher,
          gazetteer);
    } catch (java.net.BindException e) {
      String reason = String.valueOf(e.getMessage());
      if (reason.contains("already in use")) {
        throw new UserError(
            "port " + port + " is already in use; choose another with --port (0 picks a free one)");
      }
      throw new UserError(
          "cannot listen on "
              + host
              + " port "
              + port
              + ": "
              + reason
              + (port < 1024
                  ? " (ports under 1024 need privileges; choose another with --port)"
                  : ""));
    }
  }
}
