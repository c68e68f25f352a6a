package io.github.mistral4j.connectors.mcp;

import io.github.mistral4j.core.internal.Models;
import io.github.mistral4j.core.internal.ModelText;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An image block of a tool result. */
@JsonDeserialize(builder = ImageContent.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type"})
public final class ImageContent implements ToolCallContent {
  private final String data;
  private final String mimeType;
  private final @Nullable Annotations annotations;
  private final Map<String, JsonNode> meta;
  private final Map<String, JsonNode> additionalProperties;

  private ImageContent(Builder b) {
    this.data = Models.required(b.data, "ImageContent", "data");
    this.mimeType = Models.required(b.mimeType, "ImageContent", "mimeType");
    this.annotations = b.annotations;
    this.meta = Models.nodes(b.meta);
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.data = data;
    b.mimeType = mimeType;
    b.annotations = annotations;
    b.meta = Models.mutableMap(meta);
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** Always {@code image}. */
  @JsonProperty("type")
  @Override
  public String type() {
    return "image";
  }

  /** {@return the image, base64-encoded} */
  @JsonProperty("data")
  public String data() {
    return data;
  }

  /** {@return the image's media type, such as {@code image/png}} */
  @JsonProperty("mimeType")
  public String mimeType() {
    return mimeType;
  }

  /** {@return hints for the client about audience and priority, or {@code null}} */
  @JsonProperty("annotations")
  public @Nullable Annotations annotations() {
    return annotations;
  }

  /** {@return the {@code _meta} object: protocol-level metadata, empty when absent} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("_meta")
  public Map<String, JsonNode> meta() {
    return Models.nodes(meta);
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
    if (!(o instanceof ImageContent other)) {
      return false;
    }
    return Objects.equals(data, other.data)
        && Objects.equals(mimeType, other.mimeType)
        && Objects.equals(annotations, other.annotations)
        && Objects.equals(meta, other.meta)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(data, mimeType, annotations, meta, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ImageContent")
        .add("data", data)
        .add("mimeType", mimeType)
        .add("annotations", annotations)
        .json("meta", meta)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ImageContent}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String data;
    private @Nullable String mimeType;
    private @Nullable Annotations annotations;
    private Map<String, JsonNode> meta = new LinkedHashMap<>();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    @JsonProperty("type")
    @SuppressWarnings("unused")
    private Builder type(@Nullable String type) {
      return this; // fixed by the type
    }

    /**
     * Sets {@link ImageContent#data()}. Required.
     *
     * @param data the image, base64-encoded
     * @return this builder
     */
    @JsonProperty("data")
    public Builder data(String data) {
      this.data = Objects.requireNonNull(data, "data");
      return this;
    }

    /**
     * Sets {@link ImageContent#mimeType()}. Required.
     *
     * @param mimeType the image's media type, such as {@code image/png}
     * @return this builder
     */
    @JsonProperty("mimeType")
    public Builder mimeType(String mimeType) {
      this.mimeType = Objects.requireNonNull(mimeType, "mimeType");
      return this;
    }

    /**
     * Sets {@link ImageContent#annotations()}. {@code null} unsets it.
     *
     * @param annotations hints for the client about audience and priority, or {@code null}
     * @return this builder
     */
    @JsonProperty("annotations")
    public Builder annotations(@Nullable Annotations annotations) {
      this.annotations = annotations;
      return this;
    }

    /**
     * Sets {@link ImageContent#meta()}. Replaces the current entries; {@code null} means none.
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
     * Builds the {@link ImageContent}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ImageContent build() {
      return new ImageContent(this);
    }
  }
}
