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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The execution environment of a connector, without credentials. */
@JsonDeserialize(builder = PublicExecutionEnv.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PublicExecutionEnv {
  private final List<FunctionTool> tools;
  private final PublicConnectorExecutionData toolExecutionData;
  private final List<String> errors;
  private final Map<String, JsonNode> additionalProperties;

  private PublicExecutionEnv(Builder b) {
    this.tools = Models.list(Models.required(b.tools, "PublicExecutionEnv", "tools"));
    this.toolExecutionData = Models.required(b.toolExecutionData, "PublicExecutionEnv", "tool_execution_data");
    this.errors = Models.list(Models.required(b.errors, "PublicExecutionEnv", "errors"));
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.tools = Models.mutableList(tools);
    b.toolExecutionData = toolExecutionData;
    b.errors = Models.mutableList(errors);
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the tools as function definitions} */
  @JsonProperty("tools")
  public List<FunctionTool> tools() {
    return tools;
  }

  /** {@return the data the tools run with} */
  @JsonProperty("tool_execution_data")
  public PublicConnectorExecutionData toolExecutionData() {
    return toolExecutionData;
  }

  /** {@return errors met while building the environment} */
  @JsonProperty("errors")
  public List<String> errors() {
    return errors;
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
    if (!(o instanceof PublicExecutionEnv other)) {
      return false;
    }
    return Objects.equals(tools, other.tools)
        && Objects.equals(toolExecutionData, other.toolExecutionData)
        && Objects.equals(errors, other.errors)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tools, toolExecutionData, errors, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("PublicExecutionEnv")
        .add("tools", tools)
        .add("toolExecutionData", toolExecutionData)
        .add("errors", errors)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link PublicExecutionEnv}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable List<FunctionTool> tools;
    private @Nullable PublicConnectorExecutionData toolExecutionData;
    private @Nullable List<String> errors;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link PublicExecutionEnv#tools()}. Replaces the current elements; {@code null} means
     * none.
     *
     * @param tools the tools as function definitions
     * @return this builder
     */
    @JsonProperty("tools")
    public Builder tools(@Nullable List<? extends FunctionTool> tools) {
      this.tools = Models.mutableList(tools);
      return this;
    }

    /**
     * Sets {@link PublicExecutionEnv#toolExecutionData()}. Required.
     *
     * @param toolExecutionData the data the tools run with
     * @return this builder
     */
    @JsonProperty("tool_execution_data")
    public Builder toolExecutionData(PublicConnectorExecutionData toolExecutionData) {
      this.toolExecutionData = Objects.requireNonNull(toolExecutionData, "toolExecutionData");
      return this;
    }

    /**
     * Sets {@link PublicExecutionEnv#errors()}. Replaces the current elements; {@code null} means
     * none.
     *
     * @param errors errors met while building the environment
     * @return this builder
     */
    @JsonProperty("errors")
    public Builder errors(@Nullable List<? extends String> errors) {
      this.errors = Models.mutableList(errors);
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
     * Builds the {@link PublicExecutionEnv}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public PublicExecutionEnv build() {
      return new PublicExecutionEnv(this);
    }
  }
}
