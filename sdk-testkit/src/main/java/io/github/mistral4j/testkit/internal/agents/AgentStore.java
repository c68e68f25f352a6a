package io.github.mistral4j.testkit.internal.agents;

import io.github.mistral4j.testkit.internal.OrderedStore;
import io.github.mistral4j.testkit.internal.http.ApiException;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** The agents, in creation order, under one lock (see {@link #locked(java.util.function.Supplier)}). */
final class AgentStore extends OrderedStore<StoredAgent> {
  AgentStore() {
    super(a -> a.id);
  }

  /**
   * An agent by id.
   *
   * @throws ApiException 404 when there is none
   */
  synchronized StoredAgent require(String id) {
    StoredAgent a = get(id);
    if (a == null) {
      throw ApiException.notFound("Agent " + id + " not found");
    }
    return a;
  }

  /**
   * Runs work on an agent while holding the lock.
   *
   * @throws ApiException 404 when there is no agent with this id
   */
  <R> R withAgent(String id, Function<StoredAgent, R> work) {
    return locked(() -> work.apply(require(id)));
  }

  /** Every agent, newest first. */
  List<StoredAgent> newestFirst() {
    List<StoredAgent> out = all();
    Collections.reverse(out);
    return out;
  }
}
