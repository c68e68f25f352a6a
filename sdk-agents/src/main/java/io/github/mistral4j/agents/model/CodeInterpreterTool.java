package io.github.mistral4j.agents.model;

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
 * Code interpreter, a built-in tool (contract schema {@code CodeInterpreterTool}, {@code type}
 * {@value #TYPE}).
 */
@JsonDeserialize(builder = CodeInterpreterTool.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type"})
public final class CodeInterpreterTool implements AgentTool {
  /** The {@code type} discriminator of this variant. */
  public static final String TYPE = "code_interpreter";

  private final @Nullable ToolConfiguration toolConfiguration;
  private final Map<String, JsonNode> additionalProperties;

  private CodeInterpreterTool(Builder b) {
    this.toolConfiguration = b.toolConfiguration;
    this.additionalProperties = JsonMaps.freeze(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.toolConfiguration = toolConfiguration;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** The variant's discriminator, always {@value #TYPE}. */
  @JsonProperty("type")
  public String type() {
    return TYPE;
  }

  /** {@return which functions of the tool are used, or {@code null} for all} */
  @JsonProperty("tool_configuration")
  public @Nullable ToolConfiguration toolConfiguration() {
    return toolConfiguration;
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
    return o instanceof CodeInterpreterTool other
        && Objects.equals(toolConfiguration, other.toolConfiguration)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(TYPE, toolConfiguration, additionalProperties);
  }

  @Override
  public String toString() {
    return "CodeInterpreterTool{"
        + "toolConfiguration="
        + toolConfiguration
        + JsonMaps.describeExtra(additionalProperties)
        + '}';
  }

  /** Builds {@link CodeInterpreterTool}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder {
    private @Nullable ToolConfiguration toolConfiguration;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    @JsonProperty("type")
    private Builder type(@Nullable String type) {
      return this; // the discriminator is fixed by the class
    }

    /**
     * Sets {@code tool_configuration}; {@code null} leaves it out.
     *
     * @param toolConfiguration which functions of the tool are used, or {@code null} for all
     * @return this builder
     */
    @JsonProperty("tool_configuration")
    public Builder toolConfiguration(@Nullable ToolConfiguration toolConfiguration) {
      this.toolConfiguration = toolConfiguration;
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
     * @return the CodeInterpreterTool
     */
    public CodeInterpreterTool build() {
      return new CodeInterpreterTool(this);
    }
  }
}
