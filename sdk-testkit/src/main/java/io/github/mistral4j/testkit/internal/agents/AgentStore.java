package io.github.mistral4j.testkit.internal.agents;

import io.github.mistral4j.testkit.internal.http.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The agents, in creation order, under one lock (see {@link #locked(Supplier)}). */
final class AgentStore {
  private final Map<String, StoredAgent> byId = new LinkedHashMap<>();
  private long seq;

  /** Runs work while holding the lock. */
  synchronized <T> T locked(Supplier<T> work) {
    return work.get();
  }

  /** The next creation sequence number. */
  synchronized long nextSeq() {
    return ++seq;
  }

  /** Adds an agent. */
  synchronized void add(StoredAgent a) {
    byId.put(a.id, a);
  }

  /** Removes an agent. */
  synchronized void remove(String id) {
    byId.remove(id);
  }

  /**
   * An agent by id.
   *
   * @throws ApiException 404 when there is none
   */
  synchronized StoredAgent require(String id) {
    StoredAgent a = byId.get(id);
    if (a == null) {
      throw ApiException.notFound("Agent " + id + " not found");
    }
    return a;
  }

  /** Every agent, newest first. */
  synchronized List<StoredAgent> newestFirst() {
    List<StoredAgent> out = new ArrayList<>(byId.values());
    java.util.Collections.reverse(out);
    return out;
  }

  /** Forgets every agent. */
  synchronized void clear() {
    byId.clear();
  }
}
