package io.github.mistral4j.connectors.mcp;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.mistral4j.connectors.internal.ServerCardListDeserializer;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The resources, tools or prompts of a server card: either a list, or {@code "dynamic"} when the
 * server only tells them at run time (through its list endpoints).
 *
 * @param <T> the element type
 */
@JsonDeserialize(using = ServerCardListDeserializer.class)
public final class ServerCardList<T> {
  /** The wire value of a dynamic list. */
  public static final String DYNAMIC = "dynamic";

  private static final ServerCardList<?> DYNAMIC_LIST = new ServerCardList<>(true, List.of());

  private final boolean dynamic;
  private final List<T> items;

  private ServerCardList(boolean dynamic, List<T> items) {
    this.dynamic = dynamic;
    this.items = items;
  }

  /**
   * A list told at run time.
   *
   * @param <T> the element type
   * @return the dynamic list
   */
  @SuppressWarnings("unchecked")
  public static <T> ServerCardList<T> dynamic() {
    return (ServerCardList<T>) DYNAMIC_LIST;
  }

  /**
   * A static list.
   *
   * @param items the elements
   * @param <T> the element type
   * @return the list
   */
  public static <T> ServerCardList<T> of(List<? extends T> items) {
    return new ServerCardList<>(false, List.copyOf(Objects.requireNonNull(items, "items")));
  }

  /** {@return whether the server tells the elements only at run time} */
  public boolean isDynamic() {
    return dynamic;
  }

  /** {@return the elements; empty when {@link #isDynamic()}} */
  public List<T> items() {
    return items;
  }

  /** The JSON form: {@code "dynamic"} or the array. */
  @JsonValue
  Object jsonValue() {
    return dynamic ? DYNAMIC : items;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ServerCardList<?> other && dynamic == other.dynamic && items.equals(other.items);
  }

  @Override
  public int hashCode() {
    return dynamic ? 1 : items.hashCode();
  }

  @Override
  public String toString() {
    return dynamic ? DYNAMIC : items.toString();
  }
}
