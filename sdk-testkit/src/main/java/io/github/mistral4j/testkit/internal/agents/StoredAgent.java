package io.github.mistral4j.testkit.internal.agents;

import io.github.mistral4j.testkit.internal.http.ApiException;
import java.time.Instant;
import java.util.NavigableMap;
import java.util.TreeMap;

/** One agent: its versions, the active one, and its aliases. Mutable: touched only under the store's lock. */
final class StoredAgent {
  final String id;
  final long seq;
  final Instant createdAt;
  final NavigableMap<Integer, AgentVersion> versions = new TreeMap<>();
  final NavigableMap<String, AgentAlias> aliases = new TreeMap<>();
  int activeVersion;

  StoredAgent(String id, long seq, AgentVersion first) {
    this.id = id;
    this.seq = seq;
    this.createdAt = first.createdAt();
    this.versions.put(first.number(), first);
    this.activeVersion = first.number();
  }

  /** The active version. */
  AgentVersion active() {
    return versions.get(activeVersion);
  }

  /**
   * A version by number.
   *
   * @throws ApiException 404 when there is none
   */
  AgentVersion version(long number) {
    AgentVersion v = number < Integer.MIN_VALUE || number > Integer.MAX_VALUE
        ? null
        : versions.get((int) number);
    if (v == null) {
      throw ApiException.notFound("Version " + number + " of agent " + id + " not found");
    }
    return v;
  }

  /**
   * A version by number ({@code "3"}) or by alias ({@code "prod"}).
   *
   * @throws ApiException 404 when there is none
   */
  AgentVersion version(String numberOrAlias) {
    try {
      return version(Long.parseLong(numberOrAlias.strip()));
    } catch (NumberFormatException e) {
      AgentAlias alias = aliases.get(numberOrAlias);
      if (alias == null) {
        throw ApiException.notFound("Alias " + numberOrAlias + " of agent " + id + " not found");
      }
      return version(alias.version());
    }
  }
}
