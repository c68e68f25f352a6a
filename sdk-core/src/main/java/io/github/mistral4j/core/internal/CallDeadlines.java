package io.github.mistral4j.core.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Bounds whole HTTP exchanges by their request timeout. The JDK client's own timeout stops at the
 * response headers; past the deadline, a watchdog interrupts the caller blocked in {@code
 * HttpClient.send} or in reading the body, which makes the JDK cancel the exchange (and close its
 * connection), and the caller reports a timeout.
 *
 * <p>One daemon thread, shared by every client, checks the calls in flight every {@value
 * #TICK_MILLIS} ms while there are any, and ends after a second without any. On the common path
 * a call costs a set insertion and removal: no timer task (whose scheduling wakes a timer thread
 * for a lone caller), and no body-subscriber wrapper (the JDK hands every response of a
 * subscriber it does not know to an executor thread).
 *
 * <p>The watchdog survives any {@link Throwable} thrown while it checks a call (an {@link
 * OutOfMemoryError} included): the failing tick is skipped and the loop goes on. Should its thread
 * die all the same, it steps down on the way out, and the next {@link #watch} (or the dying
 * thread itself, when calls are pending) starts a new one; {@link #watch} also replaces a watchdog
 * thread found terminated. However many calls arrive at once after an idle second, one watchdog
 * starts.
 */
final class CallDeadlines {
  static final long TICK_MILLIS = 10;
  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final AtomicInteger THREADS = new AtomicInteger();

  static final CallDeadlines SHARED = new CallDeadlines();

  private final Set<Call> pending = ConcurrentHashMap.newKeySet();
  /** The watchdog in charge, installed before it starts; null when none is. */
  private final AtomicReference<@Nullable Thread> watchdog = new AtomicReference<>();
  private final AtomicInteger started = new AtomicInteger();

  /**
   * One call being watched. The caller must end every watch with {@link #finish()}, which also
   * consumes the watchdog's interrupt, so that it never leaks out of the call.
   */
  static final class Call {
    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int EXPIRING = 2;
    private static final int EXPIRED = 3;

    private final CallDeadlines owner;
    private final Thread caller;
    private final long deadlineNanos;
    private final AtomicInteger state = new AtomicInteger(RUNNING);

    private Call(CallDeadlines owner, Thread caller, long deadlineNanos) {
      this.owner = owner;
      this.caller = caller;
      this.deadlineNanos = deadlineNanos;
    }

    /** Interrupts the caller; if that throws, the call is left running, to be expired again. */
    private void expire() {
      if (state.compareAndSet(RUNNING, EXPIRING)) {
        try {
          caller.interrupt();
        } catch (Throwable e) {
          state.set(RUNNING);
          throw e;
        }
        state.set(EXPIRED);
      }
    }

    /** Whether the deadline has passed (the watchdog has interrupted, or is interrupting, the caller). */
    boolean expired() {
      return state.get() >= EXPIRING;
    }

    /**
     * Ends the watch, on the calling thread.
     *
     * @return true when the deadline passed first; the interrupt it caused is then cleared
     */
    boolean finish() {
      owner.pending.remove(this);
      while (true) {
        if (state.compareAndSet(RUNNING, DONE)) {
          return false;
        }
        if (state.get() == EXPIRED) {
          Thread.interrupted();
          return true;
        }
        Thread.onSpinWait(); // the watchdog is interrupting this thread right now
      }
    }
  }

  /**
   * Starts watching the current thread's call.
   *
   * @param timeoutNanos the whole exchange's budget, from now
   * @return the watch; end it with {@link Call#finish()}
   */
  Call watch(long timeoutNanos) {
    Call call = new Call(this, Thread.currentThread(), System.nanoTime() + timeoutNanos);
    pending.add(call);
    ensureRunning();
    return call;
  }

  /** Whether a watchdog thread is alive (for tests). */
  boolean watchdogAlive() {
    Thread t = watchdog.get();
    return t != null && t.isAlive();
  }

  /** How many watchdog threads this instance has started (for tests). */
  int watchdogsStarted() {
    return started.get();
  }

  /**
   * Makes sure one watchdog is in charge. The reference is the only state: a thread is installed
   * before it starts (so a starting one counts as alive), and only a terminated one is replaced.
   */
  private void ensureRunning() {
    Thread current = watchdog.get();
    if (current != null && current.getState() != Thread.State.TERMINATED) {
      return;
    }
    Thread t = new Thread(this::run, "mistral4j-call-deadlines-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    if (!watchdog.compareAndSet(current, t)) {
      return; // another caller installed one
    }
    try {
      t.start();
      started.incrementAndGet();
    } catch (Throwable e) {
      // e.g. no native thread could be created: the next call tries again
      watchdog.compareAndSet(t, null);
    }
  }

  private void run() {
    Thread self = Thread.currentThread();
    boolean idle = false;
    try {
      idle = loop(self);
    } finally {
      if (!idle) {
        // left by a Throwable the loop could not survive: hand over to a new watchdog
        watchdog.compareAndSet(self, null);
        if (!pending.isEmpty()) {
          ensureRunning();
        }
      }
    }
  }

  /** Returns true when it stopped for lack of calls; any other exit is by a Throwable. */
  private boolean loop(Thread self) {
    long idleSince = System.nanoTime();
    while (true) {
      long now = System.nanoTime();
      if (!pending.isEmpty()) {
        idleSince = now;
        try {
          for (Call call : pending) {
            if (now - call.deadlineNanos >= 0 && pending.remove(call)) {
              try {
                call.expire();
              } catch (Throwable e) {
                pending.add(call); // try again next tick; a finished call is dropped then
              }
            }
          }
        } catch (Throwable e) {
          // survive it: an OutOfMemoryError in one tick must not end every later timeout
        }
      } else if (now - idleSince > IDLE_NANOS) {
        watchdog.compareAndSet(self, null);
        // a call added while stopping either saw this thread in charge (and is seen here) or
        // finds none and starts a new watchdog; this one takes over again only if none did
        if (pending.isEmpty() || !watchdog.compareAndSet(null, self)) {
          return true;
        }
        idleSince = now;
      }
      LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
    }
  }
}
