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

/** A named JSON schema the model's output must follow (contract schema {@code JsonSchema}). */
@JsonDeserialize(builder = JsonSchema.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class JsonSchema {
  private final String name;
  private final @Nullable String description;
  private final Map<String, JsonNode> schema;
  private final @Nullable Boolean strict;
  private final Map<String, JsonNode> additionalProperties;

  private JsonSchema(Builder b) {
    this.name = Models.required(b.name, "JsonSchema", "name");
    this.description = b.description;
    this.schema = JsonMaps.freeze(b.schema);
    this.strict = b.strict;
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
    b.schema.putAll(schema);
    b.strict = strict;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the schema's name} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return what the schema describes, or {@code null}} */
  @JsonProperty("description")
  public @Nullable String description() {
    return description;
  }

  /** {@return the JSON schema, as a JSON object} */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonProperty("schema")
  public Map<String, JsonNode> schema() {
    return schema;
  }

  /**
   * {@return whether the output must follow the schema exactly, or {@code null} when not set (the
   * server default is false)}
   */
  @JsonProperty("strict")
  public @Nullable Boolean strict() {
    return strict;
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
    return o instanceof JsonSchema other
        && name.equals(other.name)
        && Objects.equals(description, other.description)
        && schema.equals(other.schema)
        && Objects.equals(strict, other.strict)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, schema, strict, additionalProperties);
  }

  @Override
  public String toString() {
    return "JsonSchema{"
        + "name="
        + name
        + ", description="
        + description
        + ", schema="
        + schema
        + ", strict="
        + strict
        + JsonMaps.describeExtra(additionalProperties)
        + '}';
  }

  /** Builds {@link JsonSchema}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private final Map<String, JsonNode> schema = new LinkedHashMap<>();
    private @Nullable Boolean strict;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code name} (required).
     *
     * @param name the schema's name
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
     * @param description what the schema describes, or {@code null}
     * @return this builder
     */
    @JsonProperty("description")
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Replaces {@code schema}; values may be any JSON-serialisable object ({@code null} means
     * none).
     *
     * @param schema the JSON schema, as a JSON object
     * @return this builder
     */
    @JsonProperty("schema")
    public Builder schema(@Nullable Map<String, ?> schema) {
      this.schema.clear();
      this.schema.putAll(JsonMaps.copyOf(schema));
      return this;
    }

    /**
     * Puts one entry in {@code schema}.
     *
     * @param key the key
     * @param value any JSON-serialisable value ({@code null} is JSON null)
     * @return this builder
     */
    public Builder putSchema(String key, @Nullable Object value) {
      this.schema.put(Objects.requireNonNull(key, "key"), JsonMaps.toTree(value));
      return this;
    }

    /**
     * Sets {@code strict}; {@code null} leaves it out.
     *
     * @param strict whether the output must follow the schema exactly, or {@code null} when not set
     *     (the server default is false)
     * @return this builder
     */
    @JsonProperty("strict")
    public Builder strict(@Nullable Boolean strict) {
      this.strict = strict;
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
     * @return the JsonSchema
     * @throws NullPointerException when a required field ({@code name}) is missing
     */
    public JsonSchema build() {
      return new JsonSchema(this);
    }
  }
}
