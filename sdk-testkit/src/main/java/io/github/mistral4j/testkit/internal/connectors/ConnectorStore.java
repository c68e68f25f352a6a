package io.github.mistral4j.testkit.internal.connectors;

import io.github.mistral4j.testkit.internal.http.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The connectors, in creation order. One lock guards the store and every {@link StoredConnector} in it: a
 * handler runs its whole read-modify-render step inside {@link #locked(Supplier)}.
 */
final class ConnectorStore {
  private final Map<String, StoredConnector> byId = new LinkedHashMap<>();
  private long seq;

  /** Runs work while holding the lock. */
  synchronized <T> T locked(Supplier<T> work) {
    return work.get();
  }

  /** The next creation sequence number. */
  synchronized long nextSeq() {
    return ++seq;
  }

  /** Adds a connector. */
  synchronized void add(StoredConnector c) {
    byId.put(c.id, c);
  }

  /** Removes a connector. */
  synchronized void remove(String id) {
    byId.remove(id);
  }

  /** The connector with this name, or null. */
  synchronized @Nullable StoredConnector byName(String name) {
    for (StoredConnector c : byId.values()) {
      if (c.name.equals(name)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The connector with this id (when the value is a UUID) or else this name.
   *
   * @throws ApiException 404 when there is none
   */
  synchronized StoredConnector require(String idOrName) {
    StoredConnector c = null;
    if (isUuid(idOrName)) {
      c = byId.get(idOrName.toLowerCase(java.util.Locale.ROOT));
    }
    if (c == null) {
      c = byName(idOrName);
    }
    if (c == null) {
      throw ApiException.notFound("Connector '" + idOrName + "' not found");
    }
    return c;
  }

  /**
   * The connector with this id.
   *
   * @throws ApiException 404 when there is none
   */
  synchronized StoredConnector requireById(String id) {
    StoredConnector c = byId.get(id);
    if (c == null) {
      throw ApiException.notFound("Connector '" + id + "' not found");
    }
    return c;
  }

  /** Every connector, in creation order. */
  synchronized List<StoredConnector> all() {
    return new ArrayList<>(byId.values());
  }

  /** Forgets every connector. */
  synchronized void clear() {
    byId.clear();
  }

  private static boolean isUuid(String s) {
    if (s.length() != 36) {
      return false;
    }
    try {
      UUID.fromString(s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
