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

/** A function a model can call (the contract's {@code Function}). */
@JsonDeserialize(builder = FunctionDefinition.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class FunctionDefinition {
  private final String name;
  private final String description;
  private final boolean strict;
  private final JsonNode parameters;
  private final Map<String, JsonNode> additionalProperties;

  private FunctionDefinition(Builder b) {
    this.name = Models.required(b.name, "Function", "name");
    this.description = b.description;
    this.strict = b.strict;
    this.parameters = Models.required(b.parameters, "Function", "parameters");
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
    b.description = description;
    b.strict = strict;
    b.parameters = parameters;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the function's name} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return what the function does (default empty)} */
  @JsonProperty("description")
  public String description() {
    return description;
  }

  /** {@return whether arguments must follow the schema strictly (default false)} */
  @JsonProperty("strict")
  public boolean strict() {
    return strict;
  }

  /** {@return the JSON Schema of the arguments (a copy)} */
  @JsonProperty("parameters")
  public JsonNode parameters() {
    return parameters.deepCopy();
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
    if (!(o instanceof FunctionDefinition other)) {
      return false;
    }
    return Objects.equals(name, other.name)
        && Objects.equals(description, other.description)
        && strict == other.strict
        && Objects.equals(parameters, other.parameters)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, strict, parameters, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("FunctionDefinition")
        .add("name", name)
        .add("description", description)
        .add("strict", strict)
        .json("parameters", parameters)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link FunctionDefinition}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String name;
    private String description = "";
    private boolean strict = false;
    private @Nullable JsonNode parameters;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link FunctionDefinition#name()}. Required.
     *
     * @param name the function's name
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link FunctionDefinition#description()}. Default {@code ""}.
     *
     * @param description what the function does (default empty)
     * @return this builder
     */
    @JsonProperty("description")
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets {@link FunctionDefinition#strict()}. Default {@code false}.
     *
     * @param strict whether arguments must follow the schema strictly (default false)
     * @return this builder
     */
    @JsonProperty("strict")
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Sets {@link FunctionDefinition#parameters()}. The tree is copied.
     *
     * @param parameters the JSON Schema of the arguments (a copy)
     * @return this builder
     */
    @JsonProperty("parameters")
    public Builder parameters(JsonNode parameters) {
      this.parameters = Models.requiredNode(parameters, "Function", "parameters");
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
     * Builds the {@link FunctionDefinition}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public FunctionDefinition build() {
      return new FunctionDefinition(this);
    }
  }
}
