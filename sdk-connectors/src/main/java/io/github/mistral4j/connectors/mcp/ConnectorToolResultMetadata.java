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

/** MCP-specific metadata of a tool call result. */
@JsonDeserialize(builder = ConnectorToolResultMetadata.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ConnectorToolResultMetadata {
  private final boolean isError;
  private final @Nullable JsonNode structuredContent;
  private final Map<String, JsonNode> meta;
  private final Map<String, JsonNode> additionalProperties;

  private ConnectorToolResultMetadata(Builder b) {
    this.isError = b.isError;
    this.structuredContent = b.structuredContent;
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
    b.isError = isError;
    b.structuredContent = structuredContent;
    b.meta = Models.mutableMap(meta);
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return whether the tool reported an error (default false)} */
  @JsonProperty("isError")
  public boolean isError() {
    return isError;
  }

  /** {@return the structured result (a copy), or {@code null}} */
  @JsonProperty("structuredContent")
  public @Nullable JsonNode structuredContent() {
    return structuredContent == null ? null : structuredContent.deepCopy();
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
    if (!(o instanceof ConnectorToolResultMetadata other)) {
      return false;
    }
    return isError == other.isError
        && Objects.equals(structuredContent, other.structuredContent)
        && Objects.equals(meta, other.meta)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(isError, structuredContent, meta, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ConnectorToolResultMetadata")
        .add("isError", isError)
        .json("structuredContent", structuredContent)
        .json("meta", meta)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ConnectorToolResultMetadata}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private boolean isError = false;
    private @Nullable JsonNode structuredContent;
    private Map<String, JsonNode> meta = new LinkedHashMap<>();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ConnectorToolResultMetadata#isError()}. Default {@code false}.
     *
     * @param isError whether the tool reported an error (default false)
     * @return this builder
     */
    @JsonProperty("isError")
    public Builder isError(boolean isError) {
      this.isError = isError;
      return this;
    }

    /**
     * Sets {@link ConnectorToolResultMetadata#structuredContent()}. The tree is copied;
     * {@code null} unsets it.
     *
     * @param structuredContent the structured result (a copy), or {@code null}
     * @return this builder
     */
    @JsonProperty("structuredContent")
    public Builder structuredContent(@Nullable JsonNode structuredContent) {
      this.structuredContent = Models.node(structuredContent);
      return this;
    }

    /**
     * Sets {@link ConnectorToolResultMetadata#meta()}. Replaces the current entries; {@code null}
     * means none.
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
     * Builds the {@link ConnectorToolResultMetadata}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ConnectorToolResultMetadata build() {
      return new ConnectorToolResultMetadata(this);
    }
  }
}
