package io.github.mistral4j.core.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A PATCH field: absent (not sent), explicitly null (sent as JSON {@code null}, clears the field)
 * or a value. Annotate the property with {@code @JsonInclude(JsonInclude.Include.NON_EMPTY)} so
 * that an absent field is left out of the JSON.
 *
 * @param <T> the value type
 */
@JsonSerialize(using = Tristate.Serializer.class)
public final class Tristate<T> {
  private static final Tristate<?> ABSENT = new Tristate<>(State.ABSENT, null);
  private static final Tristate<?> NULL = new Tristate<>(State.NULL, null);

  private enum State {
    ABSENT,
    NULL,
    VALUE
  }

  private final State state;
  private final @Nullable T value;

  private Tristate(State state, @Nullable T value) {
    this.state = state;
    this.value = value;
  }

  /**
   * The field is not sent.
   *
   * @param <T> value type
   * @return the absent field
   */
  @SuppressWarnings("unchecked")
  public static <T> Tristate<T> absent() {
    return (Tristate<T>) ABSENT;
  }

  /**
   * The field is sent as JSON {@code null}, which clears it on the server.
   *
   * @param <T> value type
   * @return the cleared field
   */
  @SuppressWarnings("unchecked")
  public static <T> Tristate<T> cleared() {
    return (Tristate<T>) NULL;
  }

  /**
   * The field is sent with a value.
   *
   * @param value the value
   * @param <T> value type
   * @return the field
   */
  public static <T> Tristate<T> of(T value) {
    return new Tristate<>(State.VALUE, Objects.requireNonNull(value, "value"));
  }

  /** {@return whether the field is left out of the request} */
  public boolean isAbsent() {
    return state == State.ABSENT;
  }

  /** {@return whether the field is sent as {@code null}} */
  public boolean isCleared() {
    return state == State.NULL;
  }

  /** {@return whether the field is sent with a value} */
  public boolean isPresent() {
    return state == State.VALUE;
  }

  /** {@return the value, or {@code null} when absent or cleared} */
  public @Nullable T value() {
    return value;
  }

  /**
   * Maps the value, keeping absent and cleared as they are.
   *
   * @param f the mapping
   * @param <R> the new value type
   * @return the mapped field
   */
  public <R> Tristate<R> map(Function<? super T, ? extends R> f) {
    return state == State.VALUE ? of(f.apply(Objects.requireNonNull(value))) : (state == State.NULL ? cleared() : absent());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Tristate<?> t && state == t.state && Objects.equals(value, t.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, value);
  }

  @Override
  public String toString() {
    return switch (state) {
      case ABSENT -> "<absent>";
      case NULL -> "null";
      case VALUE -> String.valueOf(value);
    };
  }

  /** Writes the value or {@code null}; reports absent fields as empty so they are skipped. */
  static final class Serializer extends StdSerializer<Tristate<?>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    Serializer() {
      super((Class) Tristate.class);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Tristate<?> field) {
      return field == null || field.isAbsent();
    }

    @Override
    public void serialize(Tristate<?> field, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (field.value == null) {
        gen.writeNull();
      } else {
        provider.defaultSerializeValue(field.value, gen);
      }
    }
  }
}
