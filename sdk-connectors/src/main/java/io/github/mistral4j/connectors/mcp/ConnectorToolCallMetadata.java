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

/** Metadata of a tool call result; MCP-specific fields are nested under {@code mcp_meta}. */
@JsonDeserialize(builder = ConnectorToolCallMetadata.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ConnectorToolCallMetadata {
  private final @Nullable ConnectorToolResultMetadata mcpMeta;
  private final Map<String, JsonNode> additionalProperties;

  private ConnectorToolCallMetadata(Builder b) {
    this.mcpMeta = b.mcpMeta;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.mcpMeta = mcpMeta;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the MCP result metadata, or {@code null}} */
  @JsonProperty("mcp_meta")
  public @Nullable ConnectorToolResultMetadata mcpMeta() {
    return mcpMeta;
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
    if (!(o instanceof ConnectorToolCallMetadata other)) {
      return false;
    }
    return Objects.equals(mcpMeta, other.mcpMeta)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mcpMeta, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ConnectorToolCallMetadata")
        .add("mcpMeta", mcpMeta)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ConnectorToolCallMetadata}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable ConnectorToolResultMetadata mcpMeta;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ConnectorToolCallMetadata#mcpMeta()}. {@code null} unsets it.
     *
     * @param mcpMeta the MCP result metadata, or {@code null}
     * @return this builder
     */
    @JsonProperty("mcp_meta")
    public Builder mcpMeta(@Nullable ConnectorToolResultMetadata mcpMeta) {
      this.mcpMeta = mcpMeta;
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
     * Builds the {@link ConnectorToolCallMetadata}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ConnectorToolCallMetadata build() {
      return new ConnectorToolCallMetadata(this);
    }
  }
}
