package org.voxpop.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;

/**
 * Holds each client address to a number of open connections: a connection that would take its
 * address over the limit is closed as soon as it is opened, before a byte of it is read. Without
 * this, one client that opens connections and sends nothing could take every connection the server
 * keeps open, and nobody else would be let in. Thread safe.
 *
 * <p>Every address counts alike, loopback too: behind a proxy on the same host all clients share
 * the proxy's address, and the proxy is then the place for a limit per real client.
 */
final class ClientConnections implements Connection.Listener {

  private final int perClient;
  private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Connection, InetAddress> counted = new ConcurrentHashMap<>();

  ClientConnections(int perClient) {
    if (perClient < 1) {
      throw new IllegalArgumentException("perClient must be at least 1, was " + perClient);
    }
    this.perClient = perClient;
  }

  @Override
  public void onOpened(Connection connection) {
    address(connection)
        .ifPresent(
            client -> {
              // counted even when refused: Jetty reports its close too, and that gives the place
              // back
              counted.put(connection, client);
              int now = open.merge(client, 1, Integer::sum);
              if (now > perClient) {
                connection.getEndPoint().close();
              }
            });
  }

  @Override
  public void onClosed(Connection connection) {
    // the address as counted: a closed socket no longer tells its remote address
    InetAddress client = counted.remove(connection);
    if (client != null) {
      // the entry goes when it reaches 0, so that the map holds only clients with open connections
      open.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
    }
  }

  private static java.util.Optional<InetAddress> address(Connection connection) {
    SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
    // a connection that is no network socket (none here) has no client address to count
    return remote instanceof InetSocketAddress inet && inet.getAddress() != null
        ? java.util.Optional.of(inet.getAddress())
        : java.util.Optional.empty();
  }
}
