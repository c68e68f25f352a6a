package io.github.mistral4j.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Stored resources by id, in creation order, with their creation sequence. One lock, this store's
 * monitor, guards it (and whatever a subclass's {@code synchronized} methods or the work given to
 * {@link #locked(Supplier)} touch).
 *
 * @param <T> the stored resource
 */
public class OrderedStore<T> {
  private final Map<String, T> byId = new LinkedHashMap<>();
  private final Function<? super T, String> idOf;
  private long seq;

  /**
   * Creates an empty store.
   *
   * @param idOf the id of a resource
   */
  protected OrderedStore(Function<? super T, String> idOf) {
    this.idOf = idOf;
  }

  /**
   * Runs work while holding the lock.
   *
   * @param work the work
   * @param <R> its result
   * @return the work's result
   */
  public synchronized <R> R locked(Supplier<R> work) {
    return work.get();
  }

  /** {@return the next creation sequence number} */
  public synchronized long nextSeq() {
    return ++seq;
  }

  /**
   * Adds a resource, replacing any with the same id.
   *
   * @param item the resource
   */
  public synchronized void add(T item) {
    byId.put(idOf.apply(item), item);
  }

  /**
   * Removes a resource.
   *
   * @param id its id
   */
  public synchronized void remove(String id) {
    byId.remove(id);
  }

  /**
   * A resource by id.
   *
   * @param id the id
   * @return the resource, or {@code null} when there is none
   */
  protected synchronized @Nullable T get(String id) {
    return byId.get(id);
  }

  /** {@return every resource, in creation order (a copy)} */
  public synchronized List<T> all() {
    return new ArrayList<>(byId.values());
  }

  /** Forgets every resource (the sequence goes on). */
  public synchronized void clear() {
    byId.clear();
  }
}
