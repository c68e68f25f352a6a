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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An icon for display in user interfaces. */
@JsonDeserialize(builder = McpServerIcon.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class McpServerIcon {
  private final String src;
  private final @Nullable String mimeType;
  private final List<String> sizes;
  private final Map<String, JsonNode> additionalProperties;

  private McpServerIcon(Builder b) {
    this.src = Models.required(b.src, "MCPServerIcon", "src");
    this.mimeType = b.mimeType;
    this.sizes = Models.list(b.sizes);
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.src = src;
    b.mimeType = mimeType;
    b.sizes = Models.mutableList(sizes);
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the icon's URL or data URI} */
  @JsonProperty("src")
  public String src() {
    return src;
  }

  /** {@return the media type, or {@code null}} */
  @JsonProperty("mimeType")
  public @Nullable String mimeType() {
    return mimeType;
  }

  /** {@return sizes such as {@code 48x48}; empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("sizes")
  public List<String> sizes() {
    return sizes;
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
    if (!(o instanceof McpServerIcon other)) {
      return false;
    }
    return Objects.equals(src, other.src)
        && Objects.equals(mimeType, other.mimeType)
        && Objects.equals(sizes, other.sizes)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(src, mimeType, sizes, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("McpServerIcon")
        .add("src", src)
        .add("mimeType", mimeType)
        .add("sizes", sizes)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link McpServerIcon}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String src;
    private @Nullable String mimeType;
    private List<String> sizes = new ArrayList<>();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link McpServerIcon#src()}. Required.
     *
     * @param src the icon's URL or data URI
     * @return this builder
     */
    @JsonProperty("src")
    public Builder src(String src) {
      this.src = Objects.requireNonNull(src, "src");
      return this;
    }

    /**
     * Sets {@link McpServerIcon#mimeType()}. {@code null} unsets it.
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
     * Sets {@link McpServerIcon#sizes()}. Replaces the current elements; {@code null} means none.
     *
     * @param sizes sizes such as {@code 48x48}; empty when not given
     * @return this builder
     */
    @JsonProperty("sizes")
    public Builder sizes(@Nullable List<? extends String> sizes) {
      this.sizes = Models.mutableList(sizes);
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
     * Builds the {@link McpServerIcon}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public McpServerIcon build() {
      return new McpServerIcon(this);
    }
  }
}
