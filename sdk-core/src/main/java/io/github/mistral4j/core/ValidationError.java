package io.github.mistral4j.core;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a 422 response's {@code detail[]}: where the request was invalid, why, and the
 * error type.
 */
public final class ValidationError {
  private final List<Object> loc;
  private final String msg;
  private final String type;

  private ValidationError(List<Object> loc, String msg, String type) {
    this.loc = List.copyOf(loc);
    this.msg = msg;
    this.type = type;
  }

  /**
   * Creates a validation error.
   *
   * @param loc the location: strings (field names) and integers (list indexes)
   * @param msg the human-readable message
   * @param type the machine-readable error type
   * @return the error
   */
  public static ValidationError of(List<Object> loc, String msg, String type) {
    return new ValidationError(
        Objects.requireNonNull(loc, "loc"),
        Objects.requireNonNull(msg, "msg"),
        Objects.requireNonNull(type, "type"));
  }

  /** {@return the location, e.g. {@code ["body", "name"]}} */
  public List<Object> loc() {
    return loc;
  }

  /** {@return the location joined with dots, e.g. {@code body.name}} */
  public String path() {
    StringBuilder b = new StringBuilder();
    for (Object part : loc) {
      if (b.length() > 0) {
        b.append('.');
      }
      b.append(part);
    }
    return b.toString();
  }

  /** {@return the human-readable message} */
  public String msg() {
    return msg;
  }

  /** {@return the machine-readable error type, e.g. {@code missing}} */
  public String type() {
    return type;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ValidationError other
        && loc.equals(other.loc)
        && msg.equals(other.msg)
        && type.equals(other.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(loc, msg, type);
  }

  @Override
  public String toString() {
    return path() + ": " + msg + " (" + type + ")";
  }
}
