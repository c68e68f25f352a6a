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

/** A tool of an execution environment and the connector it belongs to. */
@JsonDeserialize(builder = ExecutionTool.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ExecutionTool {
  private final String name;
  private final String integrationId;
  private final @Nullable ExecutionConfig executionConfig;
  private final Map<String, JsonNode> additionalProperties;

  private ExecutionTool(Builder b) {
    this.name = Models.required(b.name, "ExecutionTool", "name");
    this.integrationId = Models.required(b.integrationId, "ExecutionTool", "integration_id");
    this.executionConfig = b.executionConfig;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.integrationId = integrationId;
    b.executionConfig = executionConfig;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the tool's name} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return the UUID of the connector it belongs to} */
  @JsonProperty("integration_id")
  public String integrationId() {
    return integrationId;
  }

  /** {@return how the tool runs, or {@code null}} */
  @JsonProperty("execution_config")
  public @Nullable ExecutionConfig executionConfig() {
    return executionConfig;
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
    if (!(o instanceof ExecutionTool other)) {
      return false;
    }
    return Objects.equals(name, other.name)
        && Objects.equals(integrationId, other.integrationId)
        && Objects.equals(executionConfig, other.executionConfig)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, integrationId, executionConfig, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ExecutionTool")
        .add("name", name)
        .add("integrationId", integrationId)
        .add("executionConfig", executionConfig)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ExecutionTool}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String integrationId;
    private @Nullable ExecutionConfig executionConfig;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ExecutionTool#name()}. Required.
     *
     * @param name the tool's name
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link ExecutionTool#integrationId()}. Required.
     *
     * @param integrationId the UUID of the connector it belongs to
     * @return this builder
     */
    @JsonProperty("integration_id")
    public Builder integrationId(String integrationId) {
      this.integrationId = Objects.requireNonNull(integrationId, "integrationId");
      return this;
    }

    /**
     * Sets {@link ExecutionTool#executionConfig()}. {@code null} unsets it.
     *
     * @param executionConfig how the tool runs, or {@code null}
     * @return this builder
     */
    @JsonProperty("execution_config")
    public Builder executionConfig(@Nullable ExecutionConfig executionConfig) {
      this.executionConfig = executionConfig;
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
     * Builds the {@link ExecutionTool}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ExecutionTool build() {
      return new ExecutionTool(this);
    }
  }
}
