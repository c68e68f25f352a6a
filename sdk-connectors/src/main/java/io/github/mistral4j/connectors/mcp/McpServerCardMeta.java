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
 * The typed part of a server card's {@code _meta}: Mistral's {@code ai.mistral/turbine} entry;
 * other members are kept in {@link #additionalProperties()}.
 */
@JsonDeserialize(builder = McpServerCardMeta.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class McpServerCardMeta {
  private final @Nullable TurbineMeta turbine;
  private final Map<String, JsonNode> additionalProperties;

  private McpServerCardMeta(Builder b) {
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
    b.turbine = turbine;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return Mistral's {@code ai.mistral/turbine} metadata, or {@code null}} */
  @JsonProperty("ai.mistral/turbine")
  public @Nullable TurbineMeta turbine() {
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
    if (!(o instanceof McpServerCardMeta other)) {
      return false;
    }
    return Objects.equals(turbine, other.turbine)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(turbine, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("McpServerCardMeta")
        .add("turbine", turbine)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link McpServerCardMeta}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable TurbineMeta turbine;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link McpServerCardMeta#turbine()}. {@code null} unsets it.
     *
     * @param turbine Mistral's {@code ai.mistral/turbine} metadata, or {@code null}
     * @return this builder
     */
    @JsonProperty("ai.mistral/turbine")
    public Builder turbine(@Nullable TurbineMeta turbine) {
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
     * Builds the {@link McpServerCardMeta}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public McpServerCardMeta build() {
      return new McpServerCardMeta(this);
    }
  }
}
