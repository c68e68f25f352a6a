package io.github.mistral4j.tools.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Remembers each connector's tools for a time to live, so that a provider asked for tools on
 * every chat turn does not list them on every turn. A failed load is not remembered. After
 * {@link #refresh()} (all keys) or {@link #invalidate(String)} (one key) the next load of a key is
 * told to ask the server for a fresh list.
 *
 * @param <V> what is cached per key
 */
public final class ToolListCache<V> {
  /** Loads the value of a key. */
  @FunctionalInterface
  public interface Loader<V> {
    /**
     * Loads a value.
     *
     * @param key the key
     * @param refresh whether the server should refresh its own list first
     * @return the value
     */
    V load(String key, boolean refresh);
  }

  private record Entry<V>(V value, Instant loadedAt) {}

  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Entry<V>> entries = new HashMap<>();
  private final Set<String> stale = new HashSet<>();

  /**
   * Creates a cache.
   *
   * @param ttl how long a value is used; zero caches nothing
   * @param clock the time source
   */
  public ToolListCache(Duration ttl, Clock clock) {
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The value of a key: the cached one while it is younger than the time to live, else a newly
   * loaded one. Loads of one cache run one at a time.
   *
   * @param key the key
   * @param loader loads the value when needed; its exceptions propagate and nothing is cached
   * @return the value
   */
  public synchronized V get(String key, Loader<V> loader) {
    Instant now = clock.instant();
    Entry<V> entry = entries.get(key);
    boolean refresh = stale.contains(key);
    if (entry != null && !refresh && now.isBefore(entry.loadedAt().plus(ttl))) {
      return entry.value();
    }
    V value = loader.load(key, refresh);
    stale.remove(key);
    entries.put(key, new Entry<>(value, now));
    return value;
  }

  /** Forgets every value; the next load of each key loaded before asks the server to refresh. */
  public synchronized void refresh() {
    stale.addAll(entries.keySet());
    entries.clear();
  }

  /** Forgets one value; its next load asks the server to refresh. */
  public synchronized void invalidate(String key) {
    entries.remove(key);
    stale.add(key);
  }
}
