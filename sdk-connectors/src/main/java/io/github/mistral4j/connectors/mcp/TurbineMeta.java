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

/** Mistral's {@code ai.mistral/turbine} metadata of a server card. */
@JsonDeserialize(builder = TurbineMeta.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class TurbineMeta {
  private final @Nullable String systemPromptName;
  private final @Nullable TurbineLocale locale;
  private final Map<String, JsonNode> additionalProperties;

  private TurbineMeta(Builder b) {
    this.systemPromptName = b.systemPromptName;
    this.locale = b.locale;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.systemPromptName = systemPromptName;
    b.locale = locale;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the name of the system prompt, or {@code null}} */
  @JsonProperty("system_prompt_name")
  public @Nullable String systemPromptName() {
    return systemPromptName;
  }

  /** {@return localised texts (the contract's {@code ServerLocale}), or {@code null}} */
  @JsonProperty("locale")
  public @Nullable TurbineLocale locale() {
    return locale;
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
    if (!(o instanceof TurbineMeta other)) {
      return false;
    }
    return Objects.equals(systemPromptName, other.systemPromptName)
        && Objects.equals(locale, other.locale)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(systemPromptName, locale, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("TurbineMeta")
        .add("systemPromptName", systemPromptName)
        .add("locale", locale)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link TurbineMeta}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String systemPromptName;
    private @Nullable TurbineLocale locale;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link TurbineMeta#systemPromptName()}. {@code null} unsets it.
     *
     * @param systemPromptName the name of the system prompt, or {@code null}
     * @return this builder
     */
    @JsonProperty("system_prompt_name")
    public Builder systemPromptName(@Nullable String systemPromptName) {
      this.systemPromptName = systemPromptName;
      return this;
    }

    /**
     * Sets {@link TurbineMeta#locale()}. {@code null} unsets it.
     *
     * @param locale localised texts (the contract's {@code ServerLocale}), or {@code null}
     * @return this builder
     */
    @JsonProperty("locale")
    public Builder locale(@Nullable TurbineLocale locale) {
      this.locale = locale;
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
     * Builds the {@link TurbineMeta}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public TurbineMeta build() {
      return new TurbineMeta(this);
    }
  }
}
