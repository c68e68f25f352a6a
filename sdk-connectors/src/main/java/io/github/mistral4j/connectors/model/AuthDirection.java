package io.github.mistral4j.connectors.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.mistral4j.core.model.OpenEnum;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether an authentication method is for requests to the connector's server or from it. Open: a
 * value this SDK version does not know decodes too, keeping its text, with {@link #isKnown()}
 * false.
 */
public final class AuthDirection extends OpenEnum {
  /** {@code inbound}: requests coming in */
  public static final AuthDirection INBOUND = new AuthDirection("inbound", true);

  /** {@code outbound}: requests to the server */
  public static final AuthDirection OUTBOUND = new AuthDirection("outbound", true);

  private static final List<AuthDirection> KNOWN = List.of(INBOUND, OUTBOUND);
  private static final Map<String, AuthDirection> BY_VALUE =
      KNOWN.stream().collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

  private AuthDirection(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant with this wire value, or an unknown value keeping it.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static AuthDirection of(String value) {
    AuthDirection known = BY_VALUE.get(Objects.requireNonNull(value, "value"));
    return known != null ? known : new AuthDirection(value, false);
  }

  /** {@return every value this SDK version knows, in the contract's order} */
  public static List<AuthDirection> knownValues() {
    return KNOWN;
  }
}
