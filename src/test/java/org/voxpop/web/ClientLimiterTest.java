package org.voxpop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One client's requests in the server are capped; other clients keep their places. */
class ClientLimiterTest {

  private static final InetAddress A = InetAddress.getLoopbackAddress();
  private static final InetAddress B;

  static {
    try {
      B = InetAddress.getByAddress(new byte[] {10, 0, 0, 2});
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aClientOverItsLimitIsRefusedWhileAnotherClientStillGetsIn() {
    ClientLimiter limiter = new ClientLimiter(3);
    for (int i = 0; i < 3; i++) {
      assertTrue(limiter.tryEnter(A));
    }
    assertFalse(limiter.tryEnter(A), "the fourth request of one client");
    assertTrue(limiter.tryEnter(B), "another client is not held back by the first");
    limiter.leave(A);
    assertTrue(limiter.tryEnter(A), "a finished request gives its place back");
    assertEquals(429, limiter.tooMany().status);
    assertTrue(limiter.tooMany().getMessage().contains("3 requests in progress"));
  }

  @Test
  void clientsWithNothingInFlightAreForgotten() {
    ClientLimiter limiter = new ClientLimiter(2);
    limiter.tryEnter(A);
    limiter.tryEnter(B);
    limiter.leave(A);
    limiter.leave(B);
    assertEquals(0, limiter.clients());
  }

  @Test
  void manyThreadsOfOneClientNeverHoldMoreThanTheLimitAndGiveEveryPlaceBack() throws Exception {
    ClientLimiter limiter = new ClientLimiter(4);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger worst = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      go.await();
                    } catch (InterruptedException e) {
                      return;
                    }
                    for (int i = 0; i < 2_000; i++) {
                      if (limiter.tryEnter(A)) {
                        worst.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        inside.decrementAndGet();
                        limiter.leave(A);
                      }
                    }
                  }));
    }
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertTrue(worst.get() <= 4, "most requests inside at once: " + worst.get());
    assertEquals(0, limiter.inFlight(A));
    assertEquals(0, limiter.clients());
  }
}
