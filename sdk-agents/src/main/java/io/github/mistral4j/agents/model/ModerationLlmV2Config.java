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

/** Settings of the second moderation model (contract schema {@code ModerationLLMV2Config}). */
@JsonDeserialize(builder = ModerationLlmV2Config.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ModerationLlmV2Config {
  private final @Nullable String modelName;
  private final @Nullable ModerationLlmV2CategoryThresholds customCategoryThresholds;
  private final @Nullable Boolean ignoreOtherCategories;
  private final @Nullable ModerationLlmAction action;
  private final Map<String, JsonNode> additionalProperties;

  private ModerationLlmV2Config(Builder b) {
    this.modelName = b.modelName;
    this.customCategoryThresholds = b.customCategoryThresholds;
    this.ignoreOtherCategories = b.ignoreOtherCategories;
    this.action = b.action;
    this.additionalProperties = JsonMaps.freeze(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.modelName = modelName;
    b.customCategoryThresholds = customCategoryThresholds;
    b.ignoreOtherCategories = ignoreOtherCategories;
    b.action = action;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /**
   * {@return the moderation model, or {@code null} for the default ({@code
   * mistral-moderation-2603}); leave it unset in general}
   */
  @JsonProperty("model_name")
  public @Nullable String modelName() {
    return modelName;
  }

  /** {@return score thresholds per category, or {@code null} for the defaults} */
  @JsonProperty("custom_category_thresholds")
  public @Nullable ModerationLlmV2CategoryThresholds customCategoryThresholds() {
    return customCategoryThresholds;
  }

  /**
   * {@return whether only the categories with a custom threshold are evaluated, or {@code null}
   * when not set (the server default is false)}
   */
  @JsonProperty("ignore_other_categories")
  public @Nullable Boolean ignoreOtherCategories() {
    return ignoreOtherCategories;
  }

  /**
   * {@return what happens when a score is above its threshold, or {@code null} when not set (the
   * server default is {@code none})}
   */
  @JsonProperty("action")
  public @Nullable ModerationLlmAction action() {
    return action;
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
    return o instanceof ModerationLlmV2Config other
        && Objects.equals(modelName, other.modelName)
        && Objects.equals(customCategoryThresholds, other.customCategoryThresholds)
        && Objects.equals(ignoreOtherCategories, other.ignoreOtherCategories)
        && Objects.equals(action, other.action)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        modelName, customCategoryThresholds, ignoreOtherCategories, action, additionalProperties);
  }

  @Override
  public String toString() {
    return "ModerationLlmV2Config{"
        + "modelName="
        + modelName
        + ", customCategoryThresholds="
        + customCategoryThresholds
        + ", ignoreOtherCategories="
        + ignoreOtherCategories
        + ", action="
        + action
        + JsonMaps.describeExtra(additionalProperties)
        + '}';
  }

  /** Builds {@link ModerationLlmV2Config}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder {
    private @Nullable String modelName;
    private @Nullable ModerationLlmV2CategoryThresholds customCategoryThresholds;
    private @Nullable Boolean ignoreOtherCategories;
    private @Nullable ModerationLlmAction action;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code model_name}; {@code null} leaves it out.
     *
     * @param modelName the moderation model, or {@code null} for the default ({@code
     *     mistral-moderation-2603}); leave it unset in general
     * @return this builder
     */
    @JsonProperty("model_name")
    public Builder modelName(@Nullable String modelName) {
      this.modelName = modelName;
      return this;
    }

    /**
     * Sets {@code custom_category_thresholds}; {@code null} leaves it out.
     *
     * @param customCategoryThresholds score thresholds per category, or {@code null} for the
     *     defaults
     * @return this builder
     */
    @JsonProperty("custom_category_thresholds")
    public Builder customCategoryThresholds(
        @Nullable ModerationLlmV2CategoryThresholds customCategoryThresholds) {
      this.customCategoryThresholds = customCategoryThresholds;
      return this;
    }

    /**
     * Sets {@code ignore_other_categories}; {@code null} leaves it out.
     *
     * @param ignoreOtherCategories whether only the categories with a custom threshold are
     *     evaluated, or {@code null} when not set (the server default is false)
     * @return this builder
     */
    @JsonProperty("ignore_other_categories")
    public Builder ignoreOtherCategories(@Nullable Boolean ignoreOtherCategories) {
      this.ignoreOtherCategories = ignoreOtherCategories;
      return this;
    }

    /**
     * Sets {@code action}; {@code null} leaves it out.
     *
     * @param action what happens when a score is above its threshold, or {@code null} when not set
     *     (the server default is {@code none})
     * @return this builder
     */
    @JsonProperty("action")
    public Builder action(@Nullable ModerationLlmAction action) {
      this.action = action;
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
     * @return the ModerationLlmV2Config
     */
    public ModerationLlmV2Config build() {
      return new ModerationLlmV2Config(this);
    }
  }
}
