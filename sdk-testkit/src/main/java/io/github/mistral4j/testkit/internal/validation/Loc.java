package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/** Where in a request a problem is, as FastAPI writes it: {@code ["body", "tools", 0, "type"]}. */
public final class Loc {
  private final List<Object> parts;

  private Loc(List<Object> parts) {
    this.parts = List.copyOf(parts);
  }

  /** The root of one request part: {@code body}, {@code query}, {@code path} or {@code header}. */
  public static Loc of(String part) {
    return new Loc(List.of(part));
  }

  /** This location extended by an object member. */
  public Loc child(String name) {
    List<Object> next = new ArrayList<>(parts);
    next.add(name);
    return new Loc(next);
  }

  /** This location extended by an array index. */
  public Loc child(int index) {
    List<Object> next = new ArrayList<>(parts);
    next.add(index);
    return new Loc(next);
  }

  /** Whether this is the root of a request part (for example the whole body). */
  public boolean isRoot() {
    return parts.size() == 1;
  }

  /** The location as a JSON array. */
  public ArrayNode toJson() {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (Object p : parts) {
      if (p instanceof Integer i) {
        out.add(i);
      } else {
        out.add((String) p);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return parts.toString();
  }
}
