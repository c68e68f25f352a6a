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

/** The connection of a connector in an execution environment (never holds headers). */
@JsonDeserialize(builder = PublicExecutionConnectionConfig.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PublicExecutionConnectionConfig {
  private final ConnectionConfigType type;
  private final @Nullable String server;
  private final @Nullable String name;
  private final @Nullable String id;
  private final @Nullable ToolExecutionConfiguration toolConfiguration;
  private final boolean hostedInternally;
  private final Map<String, JsonNode> additionalProperties;

  private PublicExecutionConnectionConfig(Builder b) {
    this.type = Models.required(b.type, "PublicExecutionConnectionConfig", "type");
    this.server = b.server;
    this.name = b.name;
    this.id = b.id;
    this.toolConfiguration = b.toolConfiguration;
    this.hostedInternally = b.hostedInternally;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    b.server = server;
    b.name = name;
    b.id = id;
    b.toolConfiguration = toolConfiguration;
    b.hostedInternally = hostedInternally;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the kind of connection} */
  @JsonProperty("type")
  public ConnectionConfigType type() {
    return type;
  }

  /** {@return the server URL, or {@code null}} */
  @JsonProperty("server")
  public @Nullable String server() {
    return server;
  }

  /** {@return the connection's name, or {@code null}} */
  @JsonProperty("name")
  public @Nullable String name() {
    return name;
  }

  /** {@return the connection's id, or {@code null}} */
  @JsonProperty("id")
  public @Nullable String id() {
    return id;
  }

  /** {@return which tools run and which need confirmation, or {@code null}} */
  @JsonProperty("tool_configuration")
  public @Nullable ToolExecutionConfiguration toolConfiguration() {
    return toolConfiguration;
  }

  /** {@return whether Mistral hosts the server (default false)} */
  @JsonProperty("hosted_internally")
  public boolean hostedInternally() {
    return hostedInternally;
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
    if (!(o instanceof PublicExecutionConnectionConfig other)) {
      return false;
    }
    return Objects.equals(type, other.type)
        && Objects.equals(server, other.server)
        && Objects.equals(name, other.name)
        && Objects.equals(id, other.id)
        && Objects.equals(toolConfiguration, other.toolConfiguration)
        && hostedInternally == other.hostedInternally
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, server, name, id, toolConfiguration, hostedInternally, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("PublicExecutionConnectionConfig")
        .add("type", type)
        .add("server", server)
        .add("name", name)
        .add("id", id)
        .add("toolConfiguration", toolConfiguration)
        .add("hostedInternally", hostedInternally)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link PublicExecutionConnectionConfig}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable ConnectionConfigType type;
    private @Nullable String server;
    private @Nullable String name;
    private @Nullable String id;
    private @Nullable ToolExecutionConfiguration toolConfiguration;
    private boolean hostedInternally = false;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link PublicExecutionConnectionConfig#type()}. Required.
     *
     * @param type the kind of connection
     * @return this builder
     */
    @JsonProperty("type")
    public Builder type(ConnectionConfigType type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets {@link PublicExecutionConnectionConfig#server()}. {@code null} unsets it.
     *
     * @param server the server URL, or {@code null}
     * @return this builder
     */
    @JsonProperty("server")
    public Builder server(@Nullable String server) {
      this.server = server;
      return this;
    }

    /**
     * Sets {@link PublicExecutionConnectionConfig#name()}. {@code null} unsets it.
     *
     * @param name the connection's name, or {@code null}
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link PublicExecutionConnectionConfig#id()}. {@code null} unsets it.
     *
     * @param id the connection's id, or {@code null}
     * @return this builder
     */
    @JsonProperty("id")
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link PublicExecutionConnectionConfig#toolConfiguration()}. {@code null} unsets it.
     *
     * @param toolConfiguration which tools run and which need confirmation, or {@code null}
     * @return this builder
     */
    @JsonProperty("tool_configuration")
    public Builder toolConfiguration(@Nullable ToolExecutionConfiguration toolConfiguration) {
      this.toolConfiguration = toolConfiguration;
      return this;
    }

    /**
     * Sets {@link PublicExecutionConnectionConfig#hostedInternally()}. Default {@code false}.
     *
     * @param hostedInternally whether Mistral hosts the server (default false)
     * @return this builder
     */
    @JsonProperty("hosted_internally")
    public Builder hostedInternally(boolean hostedInternally) {
      this.hostedInternally = hostedInternally;
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
     * Builds the {@link PublicExecutionConnectionConfig}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public PublicExecutionConnectionConfig build() {
      return new PublicExecutionConnectionConfig(this);
    }
  }
}
