package io.github.mistral4j.connectors.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.mistral4j.core.model.OpenEnum;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who can see a connector or a tool. Requests accept {@code shared_org}, {@code shared_workspace}
 * and {@code private} (the contract's {@code PublicResourceVisibility}). Open: a value this SDK
 * version does not know decodes too, keeping its text, with {@link #isKnown()} false.
 */
public final class ResourceVisibility extends OpenEnum {
  /** {@code shared_global}: everyone (system-owned connectors only) */
  public static final ResourceVisibility SHARED_GLOBAL = new ResourceVisibility("shared_global", true);

  /** {@code shared_org}: the organization */
  public static final ResourceVisibility SHARED_ORG = new ResourceVisibility("shared_org", true);

  /** {@code shared_workspace}: the workspace */
  public static final ResourceVisibility SHARED_WORKSPACE = new ResourceVisibility("shared_workspace", true);

  /** {@code private}: the owner only */
  public static final ResourceVisibility PRIVATE = new ResourceVisibility("private", true);

  private static final List<ResourceVisibility> KNOWN = List.of(SHARED_GLOBAL, SHARED_ORG, SHARED_WORKSPACE, PRIVATE);
  private static final Map<String, ResourceVisibility> BY_VALUE =
      KNOWN.stream().collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

  private ResourceVisibility(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant with this wire value, or an unknown value keeping it.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static ResourceVisibility of(String value) {
    ResourceVisibility known = BY_VALUE.get(Objects.requireNonNull(value, "value"));
    return known != null ? known : new ResourceVisibility(value, false);
  }

  /** {@return every value this SDK version knows, in the contract's order} */
  public static List<ResourceVisibility> knownValues() {
    return KNOWN;
  }
}
