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

/** A resource an MCP server offers. */
@JsonDeserialize(builder = McpResource.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class McpResource {
  private final String name;
  private final @Nullable String title;
  private final String uri;
  private final @Nullable String description;
  private final @Nullable String mimeType;
  private final @Nullable Long size;
  private final List<McpServerIcon> icons;
  private final @Nullable Annotations annotations;
  private final Map<String, JsonNode> meta;
  private final Map<String, JsonNode> additionalProperties;

  private McpResource(Builder b) {
    this.name = Models.required(b.name, "MCPResource", "name");
    this.title = b.title;
    this.uri = Models.required(b.uri, "MCPResource", "uri");
    this.description = b.description;
    this.mimeType = b.mimeType;
    this.size = b.size;
    this.icons = Models.list(b.icons);
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
    b.name = name;
    b.title = title;
    b.uri = uri;
    b.description = description;
    b.mimeType = mimeType;
    b.size = size;
    b.icons = Models.mutableList(icons);
    b.annotations = annotations;
    b.meta = Models.mutableMap(meta);
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the resource's name} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return a human-readable title, or {@code null}} */
  @JsonProperty("title")
  public @Nullable String title() {
    return title;
  }

  /** {@return the resource's URI} */
  @JsonProperty("uri")
  public String uri() {
    return uri;
  }

  /** {@return a description, or {@code null}} */
  @JsonProperty("description")
  public @Nullable String description() {
    return description;
  }

  /** {@return the media type, or {@code null}} */
  @JsonProperty("mimeType")
  public @Nullable String mimeType() {
    return mimeType;
  }

  /** {@return the size in bytes, or {@code null}} */
  @JsonProperty("size")
  public @Nullable Long size() {
    return size;
  }

  /** {@return icons for display in user interfaces; empty when none} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("icons")
  public List<McpServerIcon> icons() {
    return icons;
  }

  /** {@return usage hints, or {@code null}} */
  @JsonProperty("annotations")
  public @Nullable Annotations annotations() {
    return annotations;
  }

  /** {@return the {@code _meta} object, empty when absent} */
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
    if (!(o instanceof McpResource other)) {
      return false;
    }
    return Objects.equals(name, other.name)
        && Objects.equals(title, other.title)
        && Objects.equals(uri, other.uri)
        && Objects.equals(description, other.description)
        && Objects.equals(mimeType, other.mimeType)
        && Objects.equals(size, other.size)
        && Objects.equals(icons, other.icons)
        && Objects.equals(annotations, other.annotations)
        && Objects.equals(meta, other.meta)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, title, uri, description, mimeType, size, icons, annotations, meta, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("McpResource")
        .add("name", name)
        .add("title", title)
        .add("uri", uri)
        .add("description", description)
        .add("mimeType", mimeType)
        .add("size", size)
        .add("icons", icons)
        .add("annotations", annotations)
        .json("meta", meta)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link McpResource}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String title;
    private @Nullable String uri;
    private @Nullable String description;
    private @Nullable String mimeType;
    private @Nullable Long size;
    private List<McpServerIcon> icons = new ArrayList<>();
    private @Nullable Annotations annotations;
    private Map<String, JsonNode> meta = new LinkedHashMap<>();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link McpResource#name()}. Required.
     *
     * @param name the resource's name
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link McpResource#title()}. {@code null} unsets it.
     *
     * @param title a human-readable title, or {@code null}
     * @return this builder
     */
    @JsonProperty("title")
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@link McpResource#uri()}. Required.
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
     * Sets {@link McpResource#description()}. {@code null} unsets it.
     *
     * @param description a description, or {@code null}
     * @return this builder
     */
    @JsonProperty("description")
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@link McpResource#mimeType()}. {@code null} unsets it.
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
     * Sets {@link McpResource#size()}. {@code null} unsets it.
     *
     * @param size the size in bytes, or {@code null}
     * @return this builder
     */
    @JsonProperty("size")
    public Builder size(@Nullable Long size) {
      this.size = size;
      return this;
    }

    /**
     * Sets {@link McpResource#icons()}. Replaces the current elements; {@code null} means none.
     *
     * @param icons icons for display in user interfaces; empty when none
     * @return this builder
     */
    @JsonProperty("icons")
    public Builder icons(@Nullable List<? extends McpServerIcon> icons) {
      this.icons = Models.mutableList(icons);
      return this;
    }

    /**
     * Adds one element to {@link McpResource#icons()}.
     *
     * @param value the element to add
     * @return this builder
     */
    public Builder addIcon(McpServerIcon value) {
      if (this.icons == null) {
        this.icons = new ArrayList<>();
      }
      this.icons.add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets {@link McpResource#annotations()}. {@code null} unsets it.
     *
     * @param annotations usage hints, or {@code null}
     * @return this builder
     */
    @JsonProperty("annotations")
    public Builder annotations(@Nullable Annotations annotations) {
      this.annotations = annotations;
      return this;
    }

    /**
     * Sets {@link McpResource#meta()}. Replaces the current entries; {@code null} means none.
     *
     * @param meta the {@code _meta} object, empty when absent
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
     * Builds the {@link McpResource}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public McpResource build() {
      return new McpResource(this);
    }
  }
}
