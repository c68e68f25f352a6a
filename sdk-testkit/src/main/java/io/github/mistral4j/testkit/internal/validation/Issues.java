package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects the validation problems of one request. Not thread-safe: one per request. */
public final class Issues {
  private final List<Issue> list = new ArrayList<>();

  /** Adds a problem. */
  public void add(
      String type, Loc loc, String msg, @Nullable JsonNode input, @Nullable ObjectNode ctx) {
    list.add(new Issue(type, loc, msg, input, ctx));
  }

  /** Adds a problem without context. */
  public void add(String type, Loc loc, String msg, @Nullable JsonNode input) {
    add(type, loc, msg, input, null);
  }

  /**
   * Adds a problem and returns null, the result of a check that failed: {@code return issues.reject(...)}.
   */
  public @Nullable JsonNode reject(
      String type, Loc loc, String msg, @Nullable JsonNode input, @Nullable ObjectNode ctx) {
    add(type, loc, msg, input, ctx);
    return null;
  }

  /** Adds a problem without context and returns null, as {@link #reject(String, Loc, String, JsonNode, ObjectNode)}. */
  public @Nullable JsonNode reject(String type, Loc loc, String msg, @Nullable JsonNode input) {
    return reject(type, loc, msg, input, null);
  }

  /** Adds a problem of a fixed type and message. */
  public void add(Problem problem, Loc loc, @Nullable JsonNode input) {
    add(problem.type(), loc, problem.msg(), input, null);
  }

  /** Adds a problem of a fixed type and message and returns null, as {@code reject} does. */
  public @Nullable JsonNode reject(Problem problem, Loc loc, @Nullable JsonNode input) {
    add(problem, loc, input);
    return null;
  }

  /** Adds every problem of another collector. */
  public void addAll(Issues other) {
    list.addAll(other.list);
  }

  /** Whether nothing was reported. */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** How many problems were reported so far. */
  public int size() {
    return list.size();
  }

  /** The problems, in the order found. */
  public List<Issue> all() {
    return List.copyOf(list);
  }
}
