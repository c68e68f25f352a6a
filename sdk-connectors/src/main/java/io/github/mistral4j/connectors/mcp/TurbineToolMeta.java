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

/** Mistral's {@code ai.mistral/turbine} metadata of a tool. */
@JsonDeserialize(builder = TurbineToolMeta.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class TurbineToolMeta {
  private final @Nullable TurbineLocale locale;
  private final @Nullable TurbineToolType toolType;
  private final @Nullable Double timeout;
  private final @Nullable Boolean privateExecution;
  private final Map<String, JsonNode> additionalProperties;

  private TurbineToolMeta(Builder b) {
    this.locale = b.locale;
    this.toolType = b.toolType;
    this.timeout = b.timeout;
    this.privateExecution = b.privateExecution;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.locale = locale;
    b.toolType = toolType;
    b.timeout = timeout;
    b.privateExecution = privateExecution;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return localised texts, or {@code null}} */
  @JsonProperty("locale")
  public @Nullable TurbineLocale locale() {
    return locale;
  }

  /** {@return the kind of tool, or {@code null}} */
  @JsonProperty("tool_type")
  public @Nullable TurbineToolType toolType() {
    return toolType;
  }

  /** {@return the execution timeout in seconds, or {@code null}} */
  @JsonProperty("timeout")
  public @Nullable Double timeout() {
    return timeout;
  }

  /** {@return whether the tool runs privately, or {@code null}} */
  @JsonProperty("private_execution")
  public @Nullable Boolean privateExecution() {
    return privateExecution;
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
    if (!(o instanceof TurbineToolMeta other)) {
      return false;
    }
    return Objects.equals(locale, other.locale)
        && Objects.equals(toolType, other.toolType)
        && Objects.equals(timeout, other.timeout)
        && Objects.equals(privateExecution, other.privateExecution)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(locale, toolType, timeout, privateExecution, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("TurbineToolMeta")
        .add("locale", locale)
        .add("toolType", toolType)
        .add("timeout", timeout)
        .add("privateExecution", privateExecution)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link TurbineToolMeta}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable TurbineLocale locale;
    private @Nullable TurbineToolType toolType;
    private @Nullable Double timeout;
    private @Nullable Boolean privateExecution;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link TurbineToolMeta#locale()}. {@code null} unsets it.
     *
     * @param locale localised texts, or {@code null}
     * @return this builder
     */
    @JsonProperty("locale")
    public Builder locale(@Nullable TurbineLocale locale) {
      this.locale = locale;
      return this;
    }

    /**
     * Sets {@link TurbineToolMeta#toolType()}. {@code null} unsets it.
     *
     * @param toolType the kind of tool, or {@code null}
     * @return this builder
     */
    @JsonProperty("tool_type")
    public Builder toolType(@Nullable TurbineToolType toolType) {
      this.toolType = toolType;
      return this;
    }

    /**
     * Sets {@link TurbineToolMeta#timeout()}. {@code null} unsets it.
     *
     * @param timeout the execution timeout in seconds, or {@code null}
     * @return this builder
     */
    @JsonProperty("timeout")
    public Builder timeout(@Nullable Double timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets {@link TurbineToolMeta#privateExecution()}. {@code null} unsets it.
     *
     * @param privateExecution whether the tool runs privately, or {@code null}
     * @return this builder
     */
    @JsonProperty("private_execution")
    public Builder privateExecution(@Nullable Boolean privateExecution) {
      this.privateExecution = privateExecution;
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
     * Builds the {@link TurbineToolMeta}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public TurbineToolMeta build() {
      return new TurbineToolMeta(this);
    }
  }
}
