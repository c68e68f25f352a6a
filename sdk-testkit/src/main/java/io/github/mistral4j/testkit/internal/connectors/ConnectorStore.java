package io.github.mistral4j.testkit.internal.connectors;

import io.github.mistral4j.testkit.internal.OrderedStore;
import io.github.mistral4j.testkit.internal.http.ApiException;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The connectors, in creation order. One lock guards the store and every {@link StoredConnector} in it: a
 * handler runs its whole read-modify-render step inside {@link #locked(Supplier)}.
 */
final class ConnectorStore extends OrderedStore<StoredConnector> {
  ConnectorStore() {
    super(c -> c.id);
  }

  /** The connector with this name, or null. */
  synchronized @Nullable StoredConnector byName(String name) {
    for (StoredConnector c : all()) {
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
      c = get(idOrName.toLowerCase(java.util.Locale.ROOT));
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
    StoredConnector c = get(id);
    if (c == null) {
      throw ApiException.notFound("Connector '" + id + "' not found");
    }
    return c;
  }

  /**
   * Runs work on a connector, found by id or name as {@link #require(String)} does, while holding the lock.
   *
   * @throws ApiException 404 when there is none
   */
  <R> R withConnector(String idOrName, Function<StoredConnector, R> work) {
    return locked(() -> work.apply(require(idOrName)));
  }

  /**
   * Runs work on the connector with this id while holding the lock.
   *
   * @throws ApiException 404 when there is none
   */
  <R> R withConnectorById(String id, Function<StoredConnector, R> work) {
    return locked(() -> work.apply(requireById(id)));
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
