package io.github.mistral4j.connectors.mcp;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.mistral4j.core.model.OpenEnum;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kind of a tool in Mistral's turbine metadata (the contract's {@code ToolType}). Open: a
 * value this SDK version does not know decodes too, keeping its text, with {@link #isKnown()}
 * false.
 */
public final class TurbineToolType extends OpenEnum {
  /** {@code rag}: retrieval */
  public static final TurbineToolType RAG = new TurbineToolType("rag", true);

  /** {@code image}: image generation */
  public static final TurbineToolType IMAGE = new TurbineToolType("image", true);

  /** {@code code}: code execution */
  public static final TurbineToolType CODE = new TurbineToolType("code", true);

  /** {@code event}: event */
  public static final TurbineToolType EVENT = new TurbineToolType("event", true);

  private static final List<TurbineToolType> KNOWN = List.of(RAG, IMAGE, CODE, EVENT);
  private static final Map<String, TurbineToolType> BY_VALUE =
      KNOWN.stream().collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

  private TurbineToolType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant with this wire value, or an unknown value keeping it.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static TurbineToolType of(String value) {
    TurbineToolType known = BY_VALUE.get(Objects.requireNonNull(value, "value"));
    return known != null ? known : new TurbineToolType(value, false);
  }

  /** {@return every value this SDK version knows, in the contract's order} */
  public static List<TurbineToolType> knownValues() {
    return KNOWN;
  }
}
