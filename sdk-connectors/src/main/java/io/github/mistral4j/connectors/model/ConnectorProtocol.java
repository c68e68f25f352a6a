package io.github.mistral4j.connectors.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.mistral4j.core.model.OpenEnum;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The protocol of a connector. Open: a value this SDK version does not know decodes too, keeping
 * its text, with {@link #isKnown()} false.
 */
public final class ConnectorProtocol extends OpenEnum {
  /** {@code mcp}: Model Context Protocol */
  public static final ConnectorProtocol MCP = new ConnectorProtocol("mcp", true);

  /** {@code http}: plain HTTP */
  public static final ConnectorProtocol HTTP = new ConnectorProtocol("http", true);

  /** {@code turbine}: Mistral's turbine */
  public static final ConnectorProtocol TURBINE = new ConnectorProtocol("turbine", true);

  private static final List<ConnectorProtocol> KNOWN = List.of(MCP, HTTP, TURBINE);
  private static final Map<String, ConnectorProtocol> BY_VALUE =
      KNOWN.stream().collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

  private ConnectorProtocol(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant with this wire value, or an unknown value keeping it.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static ConnectorProtocol of(String value) {
    ConnectorProtocol known = BY_VALUE.get(Objects.requireNonNull(value, "value"));
    return known != null ? known : new ConnectorProtocol(value, false);
  }

  /** {@return every value this SDK version knows, in the contract's order} */
  public static List<ConnectorProtocol> knownValues() {
    return KNOWN;
  }
}
