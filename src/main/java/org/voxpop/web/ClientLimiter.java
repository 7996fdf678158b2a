package org.voxpop.web;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the requests each client address has in the server at once (waiting for a place to work,
 * or working) and refuses the ones over the limit, so that one client cannot queue enough requests
 * to keep everyone else waiting. Thread safe.
 *
 * <p>It sees requests, not connections: a client that opens connections and sends nothing is
 * bounded by {@link ClientConnections} and the server's idle timeout instead (see {@link
 * ServerLimits}).
 */
final class ClientLimiter {

  private final int perClient;
  private final ConcurrentHashMap<InetAddress, Integer> inFlight = new ConcurrentHashMap<>();

  ClientLimiter(int perClient) {
    if (perClient < 1) {
      throw new IllegalArgumentException("perClient must be at least 1, was " + perClient);
    }
    this.perClient = perClient;
  }

  /**
   * Takes a place for one request of this client; false, and nothing taken, when it already has the
   * most it may. Every {@code true} must be followed by one {@link #leave}.
   */
  boolean tryEnter(InetAddress client) {
    boolean[] entered = {false};
    // one atomic step per address: a count never drops out of the map while a request holds it
    inFlight.compute(
        client,
        (c, n) -> {
          int now = n == null ? 0 : n;
          if (now >= perClient) {
            return n;
          }
          entered[0] = true;
          return now + 1;
        });
    return entered[0];
  }

  /** Gives back the place of one request. */
  void leave(InetAddress client) {
    // drop the entry when it reaches 0, so that the map holds only clients with requests in flight
    inFlight.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
  }

  /** Requests of this client in the server now. */
  int inFlight(InetAddress client) {
    return inFlight.getOrDefault(client, 0);
  }

  /** Clients with a request in the server now. */
  int clients() {
    return inFlight.size();
  }

  /** The 429 for a client over its limit. */
  HttpError tooMany() {
    return new HttpError(
        429,
        "this address has "
            + perClient
            + " requests in progress, the most one client may; wait for them to finish and try again");
  }
}
