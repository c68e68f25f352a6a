package io.github.mistral4j.agents.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.mistral4j.core.model.OpenEnum;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where an agent was created, a filter of the agent listings (contract schema {@code
 * RequestSource}). Open: a value this SDK version does not know still decodes, with {@link
 * #isKnown()} false.
 */
public final class RequestSource extends OpenEnum {
  private static final Map<String, RequestSource> KNOWN = new LinkedHashMap<>();

  /** {@code api}: through the API. */
  public static final RequestSource API = known("api");

  /** {@code playground}: in the playground. */
  public static final RequestSource PLAYGROUND = known("playground");

  /** {@code agent_builder_v1}: in the agent builder. */
  public static final RequestSource AGENT_BUILDER_V1 = known("agent_builder_v1");

  private RequestSource(String value, boolean known) {
    super(value, known);
  }

  private static RequestSource known(String value) {
    RequestSource constant = new RequestSource(value, true);
    KNOWN.put(value, constant);
    return constant;
  }

  /**
   * The constant for a wire value, or a new unknown value.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static RequestSource of(String value) {
    RequestSource constant = KNOWN.get(Objects.requireNonNull(value, "value"));
    return constant != null ? constant : new RequestSource(value, false);
  }

  /** {@return every value this SDK version knows, in contract order} */
  public static List<RequestSource> knownValues() {
    return List.copyOf(KNOWN.values());
  }
}
