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

/** The tool execution preferences of one of a connector's connections. */
@JsonDeserialize(builder = ConnectionPreference.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ConnectionPreference {
  private final String name;
  private final ToolExecutionConfiguration toolConfiguration;
  private final @Nullable Boolean isDefault;
  private final @Nullable ConsumerType consumerType;
  private final Map<String, JsonNode> additionalProperties;

  private ConnectionPreference(Builder b) {
    this.name = Models.required(b.name, "ConnectionPreference", "name");
    this.toolConfiguration = Models.required(b.toolConfiguration, "ConnectionPreference", "tool_configuration");
    this.isDefault = b.isDefault;
    this.consumerType = b.consumerType;
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
    b.toolConfiguration = toolConfiguration;
    b.isDefault = isDefault;
    b.consumerType = consumerType;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the connection's name} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return which tools run and which need confirmation} */
  @JsonProperty("tool_configuration")
  public ToolExecutionConfiguration toolConfiguration() {
    return toolConfiguration;
  }

  /** {@return whether this is the default connection, or {@code null}} */
  @JsonProperty("is_default")
  public @Nullable Boolean isDefault() {
    return isDefault;
  }

  /** {@return the scope of the connection, or {@code null}} */
  @JsonProperty("consumer_type")
  public @Nullable ConsumerType consumerType() {
    return consumerType;
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
    if (!(o instanceof ConnectionPreference other)) {
      return false;
    }
    return Objects.equals(name, other.name)
        && Objects.equals(toolConfiguration, other.toolConfiguration)
        && Objects.equals(isDefault, other.isDefault)
        && Objects.equals(consumerType, other.consumerType)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, toolConfiguration, isDefault, consumerType, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ConnectionPreference")
        .add("name", name)
        .add("toolConfiguration", toolConfiguration)
        .add("isDefault", isDefault)
        .add("consumerType", consumerType)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ConnectionPreference}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String name;
    private @Nullable ToolExecutionConfiguration toolConfiguration;
    private @Nullable Boolean isDefault;
    private @Nullable ConsumerType consumerType;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ConnectionPreference#name()}. Required.
     *
     * @param name the connection's name
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link ConnectionPreference#toolConfiguration()}. Required.
     *
     * @param toolConfiguration which tools run and which need confirmation
     * @return this builder
     */
    @JsonProperty("tool_configuration")
    public Builder toolConfiguration(ToolExecutionConfiguration toolConfiguration) {
      this.toolConfiguration = Objects.requireNonNull(toolConfiguration, "toolConfiguration");
      return this;
    }

    /**
     * Sets {@link ConnectionPreference#isDefault()}. {@code null} unsets it.
     *
     * @param isDefault whether this is the default connection, or {@code null}
     * @return this builder
     */
    @JsonProperty("is_default")
    public Builder isDefault(@Nullable Boolean isDefault) {
      this.isDefault = isDefault;
      return this;
    }

    /**
     * Sets {@link ConnectionPreference#consumerType()}. {@code null} unsets it.
     *
     * @param consumerType the scope of the connection, or {@code null}
     * @return this builder
     */
    @JsonProperty("consumer_type")
    public Builder consumerType(@Nullable ConsumerType consumerType) {
      this.consumerType = consumerType;
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
     * Builds the {@link ConnectionPreference}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ConnectionPreference build() {
      return new ConnectionPreference(this);
    }
  }
}
