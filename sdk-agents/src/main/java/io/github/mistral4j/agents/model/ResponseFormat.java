package io.github.mistral4j.agents.model;

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

/** The format of the model's output (contract schema {@code ResponseFormat}). */
@JsonDeserialize(builder = ResponseFormat.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ResponseFormat {
  private final @Nullable ResponseFormatType type;
  private final @Nullable JsonSchema jsonSchema;
  private final Map<String, JsonNode> additionalProperties;

  private ResponseFormat(Builder b) {
    this.type = b.type;
    this.jsonSchema = b.jsonSchema;
    this.additionalProperties = JsonMaps.freeze(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    b.jsonSchema = jsonSchema;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the format, or {@code null} when not set (the server default is {@code text})} */
  @JsonProperty("type")
  public @Nullable ResponseFormatType type() {
    return type;
  }

  /** {@return the schema the output follows, with {@link ResponseFormatType#JSON_SCHEMA}} */
  @JsonProperty("json_schema")
  public @Nullable JsonSchema jsonSchema() {
    return jsonSchema;
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
    return o instanceof ResponseFormat other
        && Objects.equals(type, other.type)
        && Objects.equals(jsonSchema, other.jsonSchema)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, jsonSchema, additionalProperties);
  }

  @Override
  public String toString() {
    return "ResponseFormat{"
        + "type="
        + type
        + ", jsonSchema="
        + jsonSchema
        + JsonMaps.describeExtra(additionalProperties)
        + '}';
  }

  /** Builds {@link ResponseFormat}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder {
    private @Nullable ResponseFormatType type;
    private @Nullable JsonSchema jsonSchema;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code type}; {@code null} leaves it out.
     *
     * @param type the format, or {@code null} when not set (the server default is {@code text})
     * @return this builder
     */
    @JsonProperty("type")
    public Builder type(@Nullable ResponseFormatType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code json_schema}; {@code null} leaves it out.
     *
     * @param jsonSchema the schema the output follows, with {@link ResponseFormatType#JSON_SCHEMA}
     * @return this builder
     */
    @JsonProperty("json_schema")
    public Builder jsonSchema(@Nullable JsonSchema jsonSchema) {
      this.jsonSchema = jsonSchema;
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
     * @return the ResponseFormat
     */
    public ResponseFormat build() {
      return new ResponseFormat(this);
    }
  }
}
