package io.github.mistral4j.core.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Bounds whole HTTP exchanges by their request timeout. The JDK client's own timeout stops at the
 * response headers; past the deadline, a watchdog interrupts the caller blocked in {@code
 * HttpClient.send}, which makes the JDK cancel the exchange (and close its connection), and the
 * caller reports a timeout.
 *
 * <p>One daemon thread, shared by every client, checks the calls in flight every {@value
 * #TICK_MILLIS} ms while there are any, and ends after a second without any. On the common path
 * a call costs a set insertion and removal: no timer task (whose scheduling wakes a timer thread
 * for a lone caller), and no body-subscriber wrapper (the JDK hands every response of a
 * subscriber it does not know to an executor thread).
 */
final class CallDeadlines {
  static final long TICK_MILLIS = 10;
  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);

  static final CallDeadlines SHARED = new CallDeadlines();

  private final Set<Call> pending = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean running = new AtomicBoolean();

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

    private void expire() {
      if (state.compareAndSet(RUNNING, EXPIRING)) {
        caller.interrupt();
        state.set(EXPIRED);
      }
    }

    /**
     * Ends the watch, on the calling thread.
     *
     * @return true when the deadline passed first; the interrupt it caused is then cleared
     */
    boolean finish() {
      owner.pending.remove(this);
      if (state.compareAndSet(RUNNING, DONE)) {
        return false;
      }
      while (state.get() == EXPIRING) {
        Thread.onSpinWait();
      }
      Thread.interrupted();
      return true;
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
    if (!running.get() && running.compareAndSet(false, true)) {
      Thread t = new Thread(this::run, "mistral4j-call-deadlines");
      t.setDaemon(true);
      t.start();
    }
    return call;
  }

  private void run() {
    long idleSince = System.nanoTime();
    while (true) {
      long now = System.nanoTime();
      if (!pending.isEmpty()) {
        idleSince = now;
        for (Call call : pending) {
          if (now - call.deadlineNanos >= 0 && pending.remove(call)) {
            call.expire();
          }
        }
      } else if (now - idleSince > IDLE_NANOS) {
        running.set(false);
        // a call added while stopping finds running false and starts a new watchdog, unless this
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
