package io.github.mistral4j.testkit.internal;

import io.github.mistral4j.testkit.Fault;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The faults waiting for requests, each with the number of uses it has left. */
public final class FaultPlan {
  private static final class Pending {
    final Fault fault;
    int left;

    Pending(Fault fault) {
      this.fault = fault;
      this.left = fault.times();
    }
  }

  private final List<Pending> pending = new ArrayList<>();

  /** Adds a fault after the ones already waiting. */
  public synchronized void add(Fault fault) {
    pending.add(new Pending(fault));
  }

  /** Uses up the first waiting fault matching a request, or returns null. */
  public synchronized @Nullable Fault take(
      String method, String rawPath, @Nullable String operationId) {
    Iterator<Pending> it = pending.iterator();
    while (it.hasNext()) {
      Pending p = it.next();
      if (p.fault.matches(method, rawPath, operationId)) {
        if (--p.left == 0) {
          it.remove();
        }
        return p.fault;
      }
    }
    return null;
  }

  /** How many faults are still waiting. */
  public synchronized int size() {
    return pending.size();
  }

  /** Forgets every waiting fault. */
  public synchronized void clear() {
    pending.clear();
  }
}
