package io.github.mistral4j.agents.model;

import io.github.mistral4j.core.internal.Models;
import io.github.mistral4j.core.internal.JsonMaps;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A function tool: the model may call the function it describes (contract schema {@code
 * FunctionTool}, {@code type} {@value #TYPE}).
 */
@JsonDeserialize(builder = FunctionTool.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type"})
public final class FunctionTool implements AgentTool {
  /** The {@code type} discriminator of this variant. */
  public static final String TYPE = "function";

  private final FunctionDefinition function;
  private final Map<String, JsonNode> additionalProperties;

  private FunctionTool(Builder b) {
    this.function = Models.required(b.function, "FunctionTool", "function");
    this.additionalProperties = JsonMaps.freeze(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.function = function;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** The variant's discriminator, always {@value #TYPE}. */
  @JsonProperty("type")
  public String type() {
    return TYPE;
  }

  /** {@return the function definition} */
  @JsonProperty("function")
  public FunctionDefinition function() {
    return function;
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
    return o instanceof FunctionTool other
        && function.equals(other.function)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(TYPE, function, additionalProperties);
  }

  @Override
  public String toString() {
    return "FunctionTool{"
        + "function="
        + function
        + JsonMaps.describeExtra(additionalProperties)
        + '}';
  }

  /** Builds {@link FunctionTool}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder {
    private @Nullable FunctionDefinition function;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    @JsonProperty("type")
    private Builder type(@Nullable String type) {
      return this; // the discriminator is fixed by the class
    }

    /**
     * Sets {@code function} (required).
     *
     * @param function the function definition
     * @return this builder
     */
    @JsonProperty("function")
    public Builder function(FunctionDefinition function) {
      this.function = Objects.requireNonNull(function, "function");
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
     * @return the FunctionTool
     * @throws NullPointerException when a required field ({@code function}) is missing
     */
    public FunctionTool build() {
      return new FunctionTool(this);
    }
  }
}
