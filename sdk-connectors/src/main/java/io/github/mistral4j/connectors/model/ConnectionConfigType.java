package io.github.mistral4j.connectors.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.mistral4j.core.model.OpenEnum;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kind of connection to a connector's server. Open: a value this SDK version does not know
 * decodes too, keeping its text, with {@link #isKnown()} false.
 */
public final class ConnectionConfigType extends OpenEnum {
  /** {@code mcp}: an MCP server */
  public static final ConnectionConfigType MCP = new ConnectionConfigType("mcp", true);

  /** {@code turbine}: Mistral's turbine */
  public static final ConnectionConfigType TURBINE = new ConnectionConfigType("turbine", true);

  /** {@code eolienne}: Mistral's eolienne */
  public static final ConnectionConfigType EOLIENNE = new ConnectionConfigType("eolienne", true);

  private static final List<ConnectionConfigType> KNOWN = List.of(MCP, TURBINE, EOLIENNE);
  private static final Map<String, ConnectionConfigType> BY_VALUE =
      KNOWN.stream().collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

  private ConnectionConfigType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant with this wire value, or an unknown value keeping it.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static ConnectionConfigType of(String value) {
    ConnectionConfigType known = BY_VALUE.get(Objects.requireNonNull(value, "value"));
    return known != null ? known : new ConnectionConfigType(value, false);
  }

  /** {@return every value this SDK version knows, in the contract's order} */
  public static List<ConnectionConfigType> knownValues() {
    return KNOWN;
  }
}
