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

/** The text contents of a resource. */
@JsonDeserialize(builder = TextResourceContents.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class TextResourceContents implements ResourceContents {
  private final String uri;
  private final @Nullable String mimeType;
  private final Map<String, JsonNode> meta;
  private final String text;
  private final Map<String, JsonNode> additionalProperties;

  private TextResourceContents(Builder b) {
    this.uri = Models.required(b.uri, "TextResourceContents", "uri");
    this.mimeType = b.mimeType;
    this.meta = Models.nodes(b.meta);
    this.text = Models.required(b.text, "TextResourceContents", "text");
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.uri = uri;
    b.mimeType = mimeType;
    b.meta = Models.mutableMap(meta);
    b.text = text;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the resource's URI} */
  @JsonProperty("uri")
  public String uri() {
    return uri;
  }

  /** {@return the media type, or {@code null}} */
  @JsonProperty("mimeType")
  public @Nullable String mimeType() {
    return mimeType;
  }

  /** {@return the {@code _meta} object: protocol-level metadata, empty when absent} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("_meta")
  public Map<String, JsonNode> meta() {
    return Models.nodes(meta);
  }

  /** {@return the text} */
  @JsonProperty("text")
  public String text() {
    return text;
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
    if (!(o instanceof TextResourceContents other)) {
      return false;
    }
    return Objects.equals(uri, other.uri)
        && Objects.equals(mimeType, other.mimeType)
        && Objects.equals(meta, other.meta)
        && Objects.equals(text, other.text)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uri, mimeType, meta, text, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("TextResourceContents")
        .add("uri", uri)
        .add("mimeType", mimeType)
        .json("meta", meta)
        .add("text", text)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link TextResourceContents}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String uri;
    private @Nullable String mimeType;
    private Map<String, JsonNode> meta = new LinkedHashMap<>();
    private @Nullable String text;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link TextResourceContents#uri()}. Required.
     *
     * @param uri the resource's URI
     * @return this builder
     */
    @JsonProperty("uri")
    public Builder uri(String uri) {
      this.uri = Objects.requireNonNull(uri, "uri");
      return this;
    }

    /**
     * Sets {@link TextResourceContents#mimeType()}. {@code null} unsets it.
     *
     * @param mimeType the media type, or {@code null}
     * @return this builder
     */
    @JsonProperty("mimeType")
    public Builder mimeType(@Nullable String mimeType) {
      this.mimeType = mimeType;
      return this;
    }

    /**
     * Sets {@link TextResourceContents#meta()}. Replaces the current entries; {@code null} means
     * none.
     *
     * @param meta the {@code _meta} object: protocol-level metadata, empty when absent
     * @return this builder
     */
    @JsonProperty("_meta")
    public Builder meta(@Nullable Map<String, ? extends JsonNode> meta) {
      this.meta = Models.mutableMap(meta);
      return this;
    }

    /**
     * Sets {@link TextResourceContents#text()}. Required.
     *
     * @param text the text
     * @return this builder
     */
    @JsonProperty("text")
    public Builder text(String text) {
      this.text = Objects.requireNonNull(text, "text");
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
     * Builds the {@link TextResourceContents}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public TextResourceContents build() {
      return new TextResourceContents(this);
    }
  }
}
