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
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A connector involved in an execution environment. */
@JsonDeserialize(builder = PublicExecutionConnector.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PublicExecutionConnector {
  private final String id;
  private final String name;
  private final @Nullable PublicExecutionConnectionConfig connectionConfig;
  private final Map<String, JsonNode> additionalProperties;

  private PublicExecutionConnector(Builder b) {
    this.id = Models.required(b.id, "PublicExecutionConnector", "id");
    this.name = Models.required(b.name, "PublicExecutionConnector", "name");
    this.connectionConfig = b.connectionConfig;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.connectionConfig = connectionConfig;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the connector's UUID} */
  @JsonProperty("id")
  public String id() {
    return id;
  }

  /** {@return the connector's name} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return its connection, or {@code null}} */
  @JsonProperty("connection_config")
  public @Nullable PublicExecutionConnectionConfig connectionConfig() {
    return connectionConfig;
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
    if (!(o instanceof PublicExecutionConnector other)) {
      return false;
    }
    return Objects.equals(id, other.id)
        && Objects.equals(name, other.name)
        && Objects.equals(connectionConfig, other.connectionConfig)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, connectionConfig, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("PublicExecutionConnector")
        .add("id", id)
        .add("name", name)
        .add("connectionConfig", connectionConfig)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link PublicExecutionConnector}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable PublicExecutionConnectionConfig connectionConfig;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link PublicExecutionConnector#id()}. Required.
     *
     * @param id the connector's UUID
     * @return this builder
     */
    @JsonProperty("id")
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets {@link PublicExecutionConnector#name()}. Required.
     *
     * @param name the connector's name
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link PublicExecutionConnector#connectionConfig()}. {@code null} unsets it.
     *
     * @param connectionConfig its connection, or {@code null}
     * @return this builder
     */
    @JsonProperty("connection_config")
    public Builder connectionConfig(@Nullable PublicExecutionConnectionConfig connectionConfig) {
      this.connectionConfig = connectionConfig;
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
     * Builds the {@link PublicExecutionConnector}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public PublicExecutionConnector build() {
      return new PublicExecutionConnector(this);
    }
  }
}
