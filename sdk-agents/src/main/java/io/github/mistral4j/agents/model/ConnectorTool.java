package io.github.mistral4j.agents.model;

import io.github.mistral4j.core.internal.Models;
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
 * A connector (remote MCP server) as a tool of the agent (contract schema {@code CustomConnector},
 * {@code type} {@value #TYPE}).
 */
@JsonDeserialize(builder = ConnectorTool.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type"})
public final class ConnectorTool implements AgentTool {
  /** The {@code type} discriminator of this variant. */
  public static final String TYPE = "connector";

  private final String connectorId;
  private final @Nullable ConnectorAuthorization authorization;
  private final @Nullable ToolConfiguration toolConfiguration;
  private final Map<String, JsonNode> additionalProperties;

  private ConnectorTool(Builder b) {
    this.connectorId = Models.required(b.connectorId, "ConnectorTool", "connector_id");
    this.authorization = b.authorization;
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
    b.connectorId = connectorId;
    b.authorization = authorization;
    b.toolConfiguration = toolConfiguration;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** The variant's discriminator, always {@value #TYPE}. */
  @JsonProperty("type")
  public String type() {
    return TYPE;
  }

  /** {@return the id of the connector} */
  @JsonProperty("connector_id")
  public String connectorId() {
    return connectorId;
  }

  /**
   * {@return the credentials the connector is called with, or {@code null} for the connector's own}
   */
  @JsonProperty("authorization")
  public @Nullable ConnectorAuthorization authorization() {
    return authorization;
  }

  /** {@return which of the connector's tools are used, or {@code null} for all} */
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
    return o instanceof ConnectorTool other
        && connectorId.equals(other.connectorId)
        && Objects.equals(authorization, other.authorization)
        && Objects.equals(toolConfiguration, other.toolConfiguration)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(TYPE, connectorId, authorization, toolConfiguration, additionalProperties);
  }

  @Override
  public String toString() {
    return "ConnectorTool{"
        + "connectorId="
        + connectorId
        + ", authorization="
        + authorization
        + ", toolConfiguration="
        + toolConfiguration
        + JsonMaps.describeExtra(additionalProperties)
        + '}';
  }

  /** Builds {@link ConnectorTool}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder {
    private @Nullable String connectorId;
    private @Nullable ConnectorAuthorization authorization;
    private @Nullable ToolConfiguration toolConfiguration;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    @JsonProperty("type")
    private Builder type(@Nullable String type) {
      return this; // the discriminator is fixed by the class
    }

    /**
     * Sets {@code connector_id} (required).
     *
     * @param connectorId the id of the connector
     * @return this builder
     */
    @JsonProperty("connector_id")
    public Builder connectorId(String connectorId) {
      this.connectorId = Objects.requireNonNull(connectorId, "connectorId");
      return this;
    }

    /**
     * Sets {@code authorization}; {@code null} leaves it out.
     *
     * @param authorization the credentials the connector is called with, or {@code null} for the
     *     connector's own
     * @return this builder
     */
    @JsonProperty("authorization")
    public Builder authorization(@Nullable ConnectorAuthorization authorization) {
      this.authorization = authorization;
      return this;
    }

    /**
     * Sets {@code tool_configuration}; {@code null} leaves it out.
     *
     * @param toolConfiguration which of the connector's tools are used, or {@code null} for all
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
     * @return the ConnectorTool
     * @throws NullPointerException when a required field ({@code connector_id}) is missing
     */
    public ConnectorTool build() {
      return new ConnectorTool(this);
    }
  }
}
