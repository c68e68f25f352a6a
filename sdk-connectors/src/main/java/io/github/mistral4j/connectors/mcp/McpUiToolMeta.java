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

/** UI metadata of a tool that references UI resources. */
@JsonDeserialize(builder = McpUiToolMeta.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class McpUiToolMeta {
  private final @Nullable String resourceUri;
  private final List<String> visibility;
  private final Map<String, JsonNode> additionalProperties;

  private McpUiToolMeta(Builder b) {
    this.resourceUri = b.resourceUri;
    this.visibility = Models.list(b.visibility);
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.resourceUri = resourceUri;
    b.visibility = Models.mutableList(visibility);
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the URI of the UI resource, or {@code null}} */
  @JsonProperty("resourceUri")
  public @Nullable String resourceUri() {
    return resourceUri;
  }

  /** {@return who sees the tool: {@code model}, {@code app}; empty when not set} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("visibility")
  public List<String> visibility() {
    return visibility;
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
    if (!(o instanceof McpUiToolMeta other)) {
      return false;
    }
    return Objects.equals(resourceUri, other.resourceUri)
        && Objects.equals(visibility, other.visibility)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resourceUri, visibility, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("McpUiToolMeta")
        .add("resourceUri", resourceUri)
        .add("visibility", visibility)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link McpUiToolMeta}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String resourceUri;
    private List<String> visibility = new ArrayList<>();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link McpUiToolMeta#resourceUri()}. {@code null} unsets it.
     *
     * @param resourceUri the URI of the UI resource, or {@code null}
     * @return this builder
     */
    @JsonProperty("resourceUri")
    public Builder resourceUri(@Nullable String resourceUri) {
      this.resourceUri = resourceUri;
      return this;
    }

    /**
     * Sets {@link McpUiToolMeta#visibility()}. Replaces the current elements; {@code null} means
     * none.
     *
     * @param visibility who sees the tool: {@code model}, {@code app}; empty when not set
     * @return this builder
     */
    @JsonProperty("visibility")
    public Builder visibility(@Nullable List<? extends String> visibility) {
      this.visibility = Models.mutableList(visibility);
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
     * Builds the {@link McpUiToolMeta}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public McpUiToolMeta build() {
      return new McpUiToolMeta(this);
    }
  }
}
