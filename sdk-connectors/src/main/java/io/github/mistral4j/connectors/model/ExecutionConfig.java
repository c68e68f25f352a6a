package io.github.mistral4j.connectors.model;

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
 * How a tool runs. Only {@code type} is typed (the contract leaves the rest open); other members
 * are in {@link #additionalProperties()}.
 */
@JsonDeserialize(builder = ExecutionConfig.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ExecutionConfig {
  private final String type;
  private final Map<String, JsonNode> additionalProperties;

  private ExecutionConfig(Builder b) {
    this.type = Models.required(b.type, "ExecutionConfig", "type");
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the kind of execution} */
  @JsonProperty("type")
  public String type() {
    return type;
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
    if (!(o instanceof ExecutionConfig other)) {
      return false;
    }
    return Objects.equals(type, other.type)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ExecutionConfig")
        .add("type", type)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ExecutionConfig}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String type;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ExecutionConfig#type()}. Required.
     *
     * @param type the kind of execution
     * @return this builder
     */
    @JsonProperty("type")
    public Builder type(String type) {
      this.type = Objects.requireNonNull(type, "type");
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
     * Builds the {@link ExecutionConfig}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ExecutionConfig build() {
      return new ExecutionConfig(this);
    }
  }
}
