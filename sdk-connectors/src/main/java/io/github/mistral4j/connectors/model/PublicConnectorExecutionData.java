package io.github.mistral4j.connectors.model;

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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The data a connector's tools run with, without credentials. */
@JsonDeserialize(builder = PublicConnectorExecutionData.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PublicConnectorExecutionData {
  private final List<PublicExecutionConnector> integrations;
  private final List<ExecutionTool> tools;
  private final boolean useConnectorsGateway;
  private final Map<String, JsonNode> additionalProperties;

  private PublicConnectorExecutionData(Builder b) {
    this.integrations = Models.list(Models.required(b.integrations, "PublicConnectorExecutionData", "integrations"));
    this.tools = Models.list(Models.required(b.tools, "PublicConnectorExecutionData", "tools"));
    this.useConnectorsGateway = b.useConnectorsGateway;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.integrations = Models.mutableList(integrations);
    b.tools = Models.mutableList(tools);
    b.useConnectorsGateway = useConnectorsGateway;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the connectors involved} */
  @JsonProperty("integrations")
  public List<PublicExecutionConnector> integrations() {
    return integrations;
  }

  /** {@return the tools and the connector each belongs to} */
  @JsonProperty("tools")
  public List<ExecutionTool> tools() {
    return tools;
  }

  /** {@return whether calls go through the connectors gateway (default false)} */
  @JsonProperty("use_connectors_gateway")
  public boolean useConnectorsGateway() {
    return useConnectorsGateway;
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
    if (!(o instanceof PublicConnectorExecutionData other)) {
      return false;
    }
    return Objects.equals(integrations, other.integrations)
        && Objects.equals(tools, other.tools)
        && useConnectorsGateway == other.useConnectorsGateway
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(integrations, tools, useConnectorsGateway, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("PublicConnectorExecutionData")
        .add("integrations", integrations)
        .add("tools", tools)
        .add("useConnectorsGateway", useConnectorsGateway)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link PublicConnectorExecutionData}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable List<PublicExecutionConnector> integrations;
    private @Nullable List<ExecutionTool> tools;
    private boolean useConnectorsGateway = false;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link PublicConnectorExecutionData#integrations()}. Replaces the current elements;
     * {@code null} means none.
     *
     * @param integrations the connectors involved
     * @return this builder
     */
    @JsonProperty("integrations")
    public Builder integrations(@Nullable List<? extends PublicExecutionConnector> integrations) {
      this.integrations = Models.mutableList(integrations);
      return this;
    }

    /**
     * Sets {@link PublicConnectorExecutionData#tools()}. Replaces the current elements;
     * {@code null} means none.
     *
     * @param tools the tools and the connector each belongs to
     * @return this builder
     */
    @JsonProperty("tools")
    public Builder tools(@Nullable List<? extends ExecutionTool> tools) {
      this.tools = Models.mutableList(tools);
      return this;
    }

    /**
     * Sets {@link PublicConnectorExecutionData#useConnectorsGateway()}. Default {@code false}.
     *
     * @param useConnectorsGateway whether calls go through the connectors gateway (default false)
     * @return this builder
     */
    @JsonProperty("use_connectors_gateway")
    public Builder useConnectorsGateway(boolean useConnectorsGateway) {
      this.useConnectorsGateway = useConnectorsGateway;
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
     * Builds the {@link PublicConnectorExecutionData}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public PublicConnectorExecutionData build() {
      return new PublicConnectorExecutionData(this);
    }
  }
}
