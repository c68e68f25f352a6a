package io.github.mistral4j.connectors.mcp;

import io.github.mistral4j.core.internal.Models;
import io.github.mistral4j.core.internal.ModelText;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The typed part of a tool's {@code _meta}: UI metadata and Mistral's {@code ai.mistral/turbine}
 * entry; other members are kept in {@link #additionalProperties()}.
 */
@JsonDeserialize(builder = McpToolMeta.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class McpToolMeta {
  private final @Nullable McpUiToolMeta ui;
  private final @Nullable TurbineToolMeta turbine;
  private final Map<String, JsonNode> additionalProperties;

  private McpToolMeta(Builder b) {
    this.ui = b.ui;
    this.turbine = b.turbine;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.ui = ui;
    b.turbine = turbine;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return UI metadata, or {@code null}} */
  @JsonProperty("ui")
  public @Nullable McpUiToolMeta ui() {
    return ui;
  }

  /** {@return Mistral's {@code ai.mistral/turbine} metadata, or {@code null}} */
  @JsonProperty("ai.mistral/turbine")
  public @Nullable TurbineToolMeta turbine() {
    return turbine;
  }

  /** {@return fields this SDK version does not know, as received (copies)} */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Models.nodes(additionalProperties);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof McpToolMeta other)) {
      return false;
    }
    return Objects.equals(ui, other.ui)
        && Objects.equals(turbine, other.turbine)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ui, turbine, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("McpToolMeta")
        .add("ui", ui)
        .add("turbine", turbine)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link McpToolMeta}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable McpUiToolMeta ui;
    private @Nullable TurbineToolMeta turbine;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link McpToolMeta#ui()}. {@code null} unsets it.
     *
     * @param ui UI metadata, or {@code null}
     * @return this builder
     */
    @JsonProperty("ui")
    public Builder ui(@Nullable McpUiToolMeta ui) {
      this.ui = ui;
      return this;
    }

    /**
     * Sets {@link McpToolMeta#turbine()}. {@code null} unsets it.
     *
     * @param turbine Mistral's {@code ai.mistral/turbine} metadata, or {@code null}
     * @return this builder
     */
    @JsonProperty("ai.mistral/turbine")
    public Builder turbine(@Nullable TurbineToolMeta turbine) {
      this.turbine = turbine;
      return this;
    }

    /**
     * Adds a field this SDK version does not model; it is sent as given (requests) or kept as
     * received (responses).
     *
     * @param name the JSON name
     * @param value the JSON value
     * @return this builder
     */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, @Nullable JsonNode value) {
      additionalProperties.put(
          Objects.requireNonNull(name, "name"),
          value == null ? NullNode.getInstance() : value.deepCopy());
      return this;
    }

    /**
     * Replaces the fields this SDK version does not model.
     *
     * @param additionalProperties the fields by JSON name
     * @return this builder
     */
    public Builder additionalProperties(Map<String, JsonNode> additionalProperties) {
      this.additionalProperties.clear();
      additionalProperties.forEach(this::putAdditionalProperty);
      return this;
    }

    /**
     * Builds the {@link McpToolMeta}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public McpToolMeta build() {
      return new McpToolMeta(this);
    }
  }
}
