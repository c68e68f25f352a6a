package io.github.mistral4j.agents.model;

import io.github.mistral4j.core.internal.Models;
import io.github.mistral4j.core.internal.JsonMaps;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A function the model may call: its name, description and JSON-schema parameters (contract schema
 * {@code Function}).
 */
@JsonDeserialize(builder = FunctionDefinition.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class FunctionDefinition {
  private final String name;
  private final @Nullable String description;
  private final @Nullable Boolean strict;
  private final Map<String, JsonNode> parameters;
  private final Map<String, JsonNode> additionalProperties;

  private FunctionDefinition(Builder b) {
    this.name = Models.required(b.name, "FunctionDefinition", "name");
    this.description = b.description;
    this.strict = b.strict;
    this.parameters = JsonMaps.freeze(b.parameters);
    this.additionalProperties = JsonMaps.freeze(b.additionalProperties);
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
    b.parameters.putAll(parameters);
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the function name} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /**
   * {@return what the function does, or {@code null} when not set (the server default is empty)}
   */
  @JsonProperty("description")
  public @Nullable String description() {
    return description;
  }

  /**
   * {@return whether the model must follow the parameters schema exactly, or {@code null} when not
   * set (the server default is false)}
   */
  @JsonProperty("strict")
  public @Nullable Boolean strict() {
    return strict;
  }

  /** {@return the JSON schema of the function's arguments, as a JSON object} */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonProperty("parameters")
  public Map<String, JsonNode> parameters() {
    return parameters;
  }

  /** {@return fields this SDK version does not know, as received; sent back unchanged} */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof FunctionDefinition other
        && name.equals(other.name)
        && Objects.equals(description, other.description)
        && Objects.equals(strict, other.strict)
        && parameters.equals(other.parameters)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, strict, parameters, additionalProperties);
  }

  @Override
  public String toString() {
    return "FunctionDefinition{"
        + "name="
        + name
        + ", description="
        + description
        + ", strict="
        + strict
        + ", parameters="
        + parameters
        + JsonMaps.describeExtra(additionalProperties)
        + '}';
  }

  /** Builds {@link FunctionDefinition}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable Boolean strict;
    private final Map<String, JsonNode> parameters = new LinkedHashMap<>();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code name} (required).
     *
     * @param name the function name
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@code description}; {@code null} leaves it out.
     *
     * @param description what the function does, or {@code null} when not set (the server default
     *     is empty)
     * @return this builder
     */
    @JsonProperty("description")
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code strict}; {@code null} leaves it out.
     *
     * @param strict whether the model must follow the parameters schema exactly, or {@code null}
     *     when not set (the server default is false)
     * @return this builder
     */
    @JsonProperty("strict")
    public Builder strict(@Nullable Boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Replaces {@code parameters}; values may be any JSON-serialisable object ({@code null} means
     * none).
     *
     * @param parameters the JSON schema of the function's arguments, as a JSON object
     * @return this builder
     */
    @JsonProperty("parameters")
    public Builder parameters(@Nullable Map<String, ?> parameters) {
      this.parameters.clear();
      this.parameters.putAll(JsonMaps.copyOf(parameters));
      return this;
    }

    /**
     * Puts one entry in {@code parameters}.
     *
     * @param key the key
     * @param value any JSON-serialisable value ({@code null} is JSON null)
     * @return this builder
     */
    public Builder putParameter(String key, @Nullable Object value) {
      this.parameters.put(Objects.requireNonNull(key, "key"), JsonMaps.toTree(value));
      return this;
    }

    /**
     * Keeps a field this SDK version does not know.
     *
     * @param name the JSON name
     * @param value the JSON value
     * @return this builder
     */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, @Nullable JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name"), JsonMaps.orNull(value));
      return this;
    }

    /**
     * Builds the object.
     *
     * @return the FunctionDefinition
     * @throws NullPointerException when a required field ({@code name}) is missing
     */
    public FunctionDefinition build() {
      return new FunctionDefinition(this);
    }
  }
}
