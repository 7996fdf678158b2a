package org.voxpop.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import org.eclipse.jetty.http.spi.JettyHttpServer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Makes the {@link HttpServer} that {@code voxpop serve} runs on: Jetty's implementation of the
 * JDK's HTTP server API, so that our handlers stay as they are, with the {@link ServerLimits}
 * applied to Jetty. Jetty, unlike the JDK's own server, reports each connection as it opens, which
 * is where {@link ClientConnections} holds a client address to its number of connections.
 */
final class HttpServerFactory {

  /**
   * Connections the operating system holds for the server until it accepts them. A burst of new
   * connections (a client opening dozens at once) on a busy machine must wait there rather than
   * have their connects dropped; what the server then takes is capped per client and in all.
   */
  private static final int ACCEPT_QUEUE = 1_024;

  private HttpServerFactory() {}

  /**
   * A server bound to {@code host} and {@code port} (0 picks a free one), not yet started, whose
   * handlers run on virtual threads of {@code threads}.
   *
   * @throws BindException when the address cannot be bound (a port in use, say)
   */
  static HttpServer create(String host, int port, ExecutorService threads) throws IOException {
    QueuedThreadPool pool = new QueuedThreadPool();
    pool.setName("voxpop-http");
    pool.setDaemon(true);
    // Jetty's own tasks (accepting, selecting) stay on its few platform threads; a request's
    // handler, which blocks while its work runs, takes a virtual thread.
    pool.setVirtualThreadsExecutor(threads);
    Server server = new Server(pool);
    server.setHandler(new ContextHandlerCollection(true)); // where JettyHttpServer puts our context
    server.setErrorHandler(new JsonErrorHandler());

    HttpConfiguration config = new HttpConfiguration();
    config.setRequestHeaderSize(ServerLimits.MAX_HEADER_BYTES);
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
    connector.setHost(host);
    connector.setPort(port);
    connector.setAcceptQueueSize(ACCEPT_QUEUE);
    connector.setIdleTimeout(ServerLimits.MAX_IDLE_SECONDS * 1000L);
    connector.addBean(new ClientConnections(ServerLimits.MAX_CONNECTIONS_PER_CLIENT));
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(ServerLimits.MAX_CONNECTIONS, connector));
    try {
      connector
          .open(); // binds now, so that a port in use is reported here, as the JDK's server did
    } catch (IOException e) {
      if (e.getCause() instanceof BindException bind) {
        throw bind;
      }
      throw e;
    }

    JettyHttpServer http = new JettyHttpServer(server, false, config);
    // finds the connector above already bound to this port, and adds none of its own
    http.bind(new InetSocketAddress(host, port), ACCEPT_QUEUE);
    return http;
  }
}
