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

/** Execution-related properties of a tool. */
@JsonDeserialize(builder = ToolExecution.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ToolExecution {
  private final @Nullable String taskSupport;
  private final Map<String, JsonNode> additionalProperties;

  private ToolExecution(Builder b) {
    this.taskSupport = b.taskSupport;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.taskSupport = taskSupport;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /**
   * {@return whether the tool supports task-augmented calls: {@code forbidden}, {@code optional} or
   * {@code required}; {@code null} when not set}
   */
  @JsonProperty("taskSupport")
  public @Nullable String taskSupport() {
    return taskSupport;
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
    if (!(o instanceof ToolExecution other)) {
      return false;
    }
    return Objects.equals(taskSupport, other.taskSupport)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(taskSupport, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ToolExecution")
        .add("taskSupport", taskSupport)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ToolExecution}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String taskSupport;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ToolExecution#taskSupport()}. {@code null} unsets it.
     *
     * @param taskSupport whether the tool supports task-augmented calls: {@code forbidden},
     *     {@code optional} or {@code required}; {@code null} when not set
     * @return this builder
     */
    @JsonProperty("taskSupport")
    public Builder taskSupport(@Nullable String taskSupport) {
      this.taskSupport = taskSupport;
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
     * Builds the {@link ToolExecution}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ToolExecution build() {
      return new ToolExecution(this);
    }
  }
}
