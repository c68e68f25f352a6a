package io.github.mistral4j.agents.model;

import io.github.mistral4j.core.internal.JsonMaps;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A moderation guardrail applied to the agent's conversations (contract schema {@code
 * GuardrailConfig}).
 */
@JsonDeserialize(builder = GuardrailConfig.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class GuardrailConfig {
  private final @Nullable Boolean blockOnError;
  private final @Nullable ModerationLlmV1Config moderationLlmV1;
  private final @Nullable ModerationLlmV2Config moderationLlmV2;
  private final Map<String, JsonNode> additionalProperties;

  private GuardrailConfig(Builder b) {
    this.blockOnError = b.blockOnError;
    this.moderationLlmV1 = b.moderationLlmV1;
    this.moderationLlmV2 = b.moderationLlmV2;
    this.additionalProperties = JsonMaps.freeze(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.blockOnError = blockOnError;
    b.moderationLlmV1 = moderationLlmV1;
    b.moderationLlmV2 = moderationLlmV2;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /**
   * {@return whether requests are blocked (HTTP 403) when moderation itself fails, or {@code null}
   * when not set (the server default is false)}
   */
  @JsonProperty("block_on_error")
  public @Nullable Boolean blockOnError() {
    return blockOnError;
  }

  /** {@return settings of the first moderation model, or {@code null}} */
  @JsonProperty("moderation_llm_v1")
  public @Nullable ModerationLlmV1Config moderationLlmV1() {
    return moderationLlmV1;
  }

  /** {@return settings of the second moderation model, or {@code null}} */
  @JsonProperty("moderation_llm_v2")
  public @Nullable ModerationLlmV2Config moderationLlmV2() {
    return moderationLlmV2;
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
    return o instanceof GuardrailConfig other
        && Objects.equals(blockOnError, other.blockOnError)
        && Objects.equals(moderationLlmV1, other.moderationLlmV1)
        && Objects.equals(moderationLlmV2, other.moderationLlmV2)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(blockOnError, moderationLlmV1, moderationLlmV2, additionalProperties);
  }

  @Override
  public String toString() {
    return "GuardrailConfig{"
        + "blockOnError="
        + blockOnError
        + ", moderationLlmV1="
        + moderationLlmV1
        + ", moderationLlmV2="
        + moderationLlmV2
        + JsonMaps.describeExtra(additionalProperties)
        + '}';
  }

  /** Builds {@link GuardrailConfig}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder {
    private @Nullable Boolean blockOnError;
    private @Nullable ModerationLlmV1Config moderationLlmV1;
    private @Nullable ModerationLlmV2Config moderationLlmV2;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code block_on_error}; {@code null} leaves it out.
     *
     * @param blockOnError whether requests are blocked (HTTP 403) when moderation itself fails, or
     *     {@code null} when not set (the server default is false)
     * @return this builder
     */
    @JsonProperty("block_on_error")
    public Builder blockOnError(@Nullable Boolean blockOnError) {
      this.blockOnError = blockOnError;
      return this;
    }

    /**
     * Sets {@code moderation_llm_v1}; {@code null} leaves it out.
     *
     * @param moderationLlmV1 settings of the first moderation model, or {@code null}
     * @return this builder
     */
    @JsonProperty("moderation_llm_v1")
    public Builder moderationLlmV1(@Nullable ModerationLlmV1Config moderationLlmV1) {
      this.moderationLlmV1 = moderationLlmV1;
      return this;
    }

    /**
     * Sets {@code moderation_llm_v2}; {@code null} leaves it out.
     *
     * @param moderationLlmV2 settings of the second moderation model, or {@code null}
     * @return this builder
     */
    @JsonProperty("moderation_llm_v2")
    public Builder moderationLlmV2(@Nullable ModerationLlmV2Config moderationLlmV2) {
      this.moderationLlmV2 = moderationLlmV2;
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
     * @return the GuardrailConfig
     */
    public GuardrailConfig build() {
      return new GuardrailConfig(this);
    }
  }
}
