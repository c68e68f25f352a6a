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
 * Score thresholds per category of the first moderation model (contract schema {@code
 * ModerationLLMV1CategoryThresholds}); {@code null} keeps a category's default.
 */
@JsonDeserialize(builder = ModerationLlmV1CategoryThresholds.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ModerationLlmV1CategoryThresholds {
  private final @Nullable Double sexual;
  private final @Nullable Double hateAndDiscrimination;
  private final @Nullable Double violenceAndThreats;
  private final @Nullable Double dangerousAndCriminalContent;
  private final @Nullable Double selfharm;
  private final @Nullable Double health;
  private final @Nullable Double financial;
  private final @Nullable Double law;
  private final @Nullable Double pii;
  private final Map<String, JsonNode> additionalProperties;

  private ModerationLlmV1CategoryThresholds(Builder b) {
    this.sexual = b.sexual;
    this.hateAndDiscrimination = b.hateAndDiscrimination;
    this.violenceAndThreats = b.violenceAndThreats;
    this.dangerousAndCriminalContent = b.dangerousAndCriminalContent;
    this.selfharm = b.selfharm;
    this.health = b.health;
    this.financial = b.financial;
    this.law = b.law;
    this.pii = b.pii;
    this.additionalProperties = JsonMaps.freeze(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sexual = sexual;
    b.hateAndDiscrimination = hateAndDiscrimination;
    b.violenceAndThreats = violenceAndThreats;
    b.dangerousAndCriminalContent = dangerousAndCriminalContent;
    b.selfharm = selfharm;
    b.health = health;
    b.financial = financial;
    b.law = law;
    b.pii = pii;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return threshold for sexual content, or {@code null}} */
  @JsonProperty("sexual")
  public @Nullable Double sexual() {
    return sexual;
  }

  /** {@return threshold for hate and discrimination, or {@code null}} */
  @JsonProperty("hate_and_discrimination")
  public @Nullable Double hateAndDiscrimination() {
    return hateAndDiscrimination;
  }

  /** {@return threshold for violence and threats, or {@code null}} */
  @JsonProperty("violence_and_threats")
  public @Nullable Double violenceAndThreats() {
    return violenceAndThreats;
  }

  /** {@return threshold for dangerous and criminal content, or {@code null}} */
  @JsonProperty("dangerous_and_criminal_content")
  public @Nullable Double dangerousAndCriminalContent() {
    return dangerousAndCriminalContent;
  }

  /** {@return threshold for self-harm, or {@code null}} */
  @JsonProperty("selfharm")
  public @Nullable Double selfharm() {
    return selfharm;
  }

  /** {@return threshold for health advice, or {@code null}} */
  @JsonProperty("health")
  public @Nullable Double health() {
    return health;
  }

  /** {@return threshold for financial advice, or {@code null}} */
  @JsonProperty("financial")
  public @Nullable Double financial() {
    return financial;
  }

  /** {@return threshold for legal advice, or {@code null}} */
  @JsonProperty("law")
  public @Nullable Double law() {
    return law;
  }

  /** {@return threshold for personal data, or {@code null}} */
  @JsonProperty("pii")
  public @Nullable Double pii() {
    return pii;
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
    return o instanceof ModerationLlmV1CategoryThresholds other
        && Objects.equals(sexual, other.sexual)
        && Objects.equals(hateAndDiscrimination, other.hateAndDiscrimination)
        && Objects.equals(violenceAndThreats, other.violenceAndThreats)
        && Objects.equals(dangerousAndCriminalContent, other.dangerousAndCriminalContent)
        && Objects.equals(selfharm, other.selfharm)
        && Objects.equals(health, other.health)
        && Objects.equals(financial, other.financial)
        && Objects.equals(law, other.law)
        && Objects.equals(pii, other.pii)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        sexual,
        hateAndDiscrimination,
        violenceAndThreats,
        dangerousAndCriminalContent,
        selfharm,
        health,
        financial,
        law,
        pii,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "ModerationLlmV1CategoryThresholds{"
        + "sexual="
        + sexual
        + ", hateAndDiscrimination="
        + hateAndDiscrimination
        + ", violenceAndThreats="
        + violenceAndThreats
        + ", dangerousAndCriminalContent="
        + dangerousAndCriminalContent
        + ", selfharm="
        + selfharm
        + ", health="
        + health
        + ", financial="
        + financial
        + ", law="
        + law
        + ", pii="
        + pii
        + JsonMaps.describeExtra(additionalProperties)
        + '}';
  }

  /** Builds {@link ModerationLlmV1CategoryThresholds}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder {
    private @Nullable Double sexual;
    private @Nullable Double hateAndDiscrimination;
    private @Nullable Double violenceAndThreats;
    private @Nullable Double dangerousAndCriminalContent;
    private @Nullable Double selfharm;
    private @Nullable Double health;
    private @Nullable Double financial;
    private @Nullable Double law;
    private @Nullable Double pii;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code sexual}; {@code null} leaves it out.
     *
     * @param sexual threshold for sexual content, or {@code null}
     * @return this builder
     */
    @JsonProperty("sexual")
    public Builder sexual(@Nullable Double sexual) {
      this.sexual = sexual;
      return this;
    }

    /**
     * Sets {@code hate_and_discrimination}; {@code null} leaves it out.
     *
     * @param hateAndDiscrimination threshold for hate and discrimination, or {@code null}
     * @return this builder
     */
    @JsonProperty("hate_and_discrimination")
    public Builder hateAndDiscrimination(@Nullable Double hateAndDiscrimination) {
      this.hateAndDiscrimination = hateAndDiscrimination;
      return this;
    }

    /**
     * Sets {@code violence_and_threats}; {@code null} leaves it out.
     *
     * @param violenceAndThreats threshold for violence and threats, or {@code null}
     * @return this builder
     */
    @JsonProperty("violence_and_threats")
    public Builder violenceAndThreats(@Nullable Double violenceAndThreats) {
      this.violenceAndThreats = violenceAndThreats;
      return this;
    }

    /**
     * Sets {@code dangerous_and_criminal_content}; {@code null} leaves it out.
     *
     * @param dangerousAndCriminalContent threshold for dangerous and criminal content, or {@code
     *     null}
     * @return this builder
     */
    @JsonProperty("dangerous_and_criminal_content")
    public Builder dangerousAndCriminalContent(@Nullable Double dangerousAndCriminalContent) {
      this.dangerousAndCriminalContent = dangerousAndCriminalContent;
      return this;
    }

    /**
     * Sets {@code selfharm}; {@code null} leaves it out.
     *
     * @param selfharm threshold for self-harm, or {@code null}
     * @return this builder
     */
    @JsonProperty("selfharm")
    public Builder selfharm(@Nullable Double selfharm) {
      this.selfharm = selfharm;
      return this;
    }

    /**
     * Sets {@code health}; {@code null} leaves it out.
     *
     * @param health threshold for health advice, or {@code null}
     * @return this builder
     */
    @JsonProperty("health")
    public Builder health(@Nullable Double health) {
      this.health = health;
      return this;
    }

    /**
     * Sets {@code financial}; {@code null} leaves it out.
     *
     * @param financial threshold for financial advice, or {@code null}
     * @return this builder
     */
    @JsonProperty("financial")
    public Builder financial(@Nullable Double financial) {
      this.financial = financial;
      return this;
    }

    /**
     * Sets {@code law}; {@code null} leaves it out.
     *
     * @param law threshold for legal advice, or {@code null}
     * @return this builder
     */
    @JsonProperty("law")
    public Builder law(@Nullable Double law) {
      this.law = law;
      return this;
    }

    /**
     * Sets {@code pii}; {@code null} leaves it out.
     *
     * @param pii threshold for personal data, or {@code null}
     * @return this builder
     */
    @JsonProperty("pii")
    public Builder pii(@Nullable Double pii) {
      this.pii = pii;
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
     * @return the ModerationLlmV1CategoryThresholds
     */
    public ModerationLlmV1CategoryThresholds build() {
      return new ModerationLlmV1CategoryThresholds(this);
    }
  }
}
