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

/** A tool of an execution environment, as a function definition (the contract's {@code Tool}). */
@JsonDeserialize(builder = FunctionTool.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class FunctionTool {
  private final String type;
  private final FunctionDefinition function;
  private final Map<String, JsonNode> additionalProperties;

  private FunctionTool(Builder b) {
    this.type = b.type;
    this.function = Models.required(b.function, "Tool", "function");
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
    b.function = function;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the tool type (default {@code function})} */
  @JsonProperty("type")
  public String type() {
    return type;
  }

  /** {@return the function} */
  @JsonProperty("function")
  public FunctionDefinition function() {
    return function;
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
    if (!(o instanceof FunctionTool other)) {
      return false;
    }
    return Objects.equals(type, other.type)
        && Objects.equals(function, other.function)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, function, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("FunctionTool")
        .add("type", type)
        .add("function", function)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link FunctionTool}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String type = "function";
    private @Nullable FunctionDefinition function;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link FunctionTool#type()}. Default {@code "function"}.
     *
     * @param type the tool type (default {@code function})
     * @return this builder
     */
    @JsonProperty("type")
    public Builder type(String type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets {@link FunctionTool#function()}. Required.
     *
     * @param function the function
     * @return this builder
     */
    @JsonProperty("function")
    public Builder function(FunctionDefinition function) {
      this.function = Objects.requireNonNull(function, "function");
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
     * Builds the {@link FunctionTool}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public FunctionTool build() {
      return new FunctionTool(this);
    }
  }
}
