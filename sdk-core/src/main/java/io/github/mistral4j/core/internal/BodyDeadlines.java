package io.github.mistral4j.core.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Fails response bodies whose deadline has passed. One daemon thread, shared by every client,
 * checks the bodies being read every {@value #TICK_MILLIS} ms while there are any, and ends after
 * a second without any. A timer per call (such as {@code CompletableFuture.orTimeout}) would wake
 * a timer thread on almost every call of a single caller; this costs a set insertion instead, at
 * the price of firing up to one tick late.
 */
final class BodyDeadlines {
  /** What the watchdog can expire. */
  interface Expiring {
    /** The {@link System#nanoTime()} after which to expire. */
    long deadlineNanos();

    /** Fails the body; called at most once, on the watchdog's thread. */
    void expire();
  }

  static final long TICK_MILLIS = 10;
  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);

  static final BodyDeadlines SHARED = new BodyDeadlines();

  private final Set<Expiring> pending = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean running = new AtomicBoolean();

  void add(Expiring body) {
    pending.add(body);
    if (!running.get() && running.compareAndSet(false, true)) {
      Thread t = new Thread(this::watch, "mistral4j-body-deadlines");
      t.setDaemon(true);
      t.start();
    }
  }

  void remove(Expiring body) {
    pending.remove(body);
  }

  private void watch() {
    long idleSince = System.nanoTime();
    while (true) {
      long now = System.nanoTime();
      if (!pending.isEmpty()) {
        idleSince = now;
        for (Expiring body : pending) {
          if (now - body.deadlineNanos() >= 0 && pending.remove(body)) {
            try {
              body.expire();
            } catch (RuntimeException ignored) {
              // expiring is best effort; the caller still gets its timeout
            }
          }
        }
      } else if (now - idleSince > IDLE_NANOS) {
        running.set(false);
        // a body added while stopping finds running false and starts a new watchdog, unless this
        // one takes over again here
        if (pending.isEmpty() || !running.compareAndSet(false, true)) {
          return;
        }
        idleSince = now;
      }
      LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
    }
  }
}
