package io.github.mistral4j.connectors.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.mistral4j.core.model.OpenEnum;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether a set of credentials works. Open: a value this SDK version does not know decodes too,
 * keeping its text, with {@link #isKnown()} false.
 */
public final class AuthStatus extends OpenEnum {
  /** {@code valid}: they work */
  public static final AuthStatus VALID = new AuthStatus("valid", true);

  /** {@code invalid}: they were refused */
  public static final AuthStatus INVALID = new AuthStatus("invalid", true);

  /** {@code error}: the check failed */
  public static final AuthStatus ERROR = new AuthStatus("error", true);

  private static final List<AuthStatus> KNOWN = List.of(VALID, INVALID, ERROR);
  private static final Map<String, AuthStatus> BY_VALUE =
      KNOWN.stream().collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

  private AuthStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant with this wire value, or an unknown value keeping it.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static AuthStatus of(String value) {
    AuthStatus known = BY_VALUE.get(Objects.requireNonNull(value, "value"));
    return known != null ? known : new AuthStatus(value, false);
  }

  /** {@return every value this SDK version knows, in the contract's order} */
  public static List<AuthStatus> knownValues() {
    return KNOWN;
  }
}
