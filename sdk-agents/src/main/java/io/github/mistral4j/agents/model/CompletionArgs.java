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
 * Completion arguments the agent uses to generate answers; each can be overridden per request
 * (contract schema {@code CompletionArgs}). Every field is optional: {@code null} means not set.
 * The contract's ranges are checked when the arguments are put in a create or update request.
 */
@JsonDeserialize(builder = CompletionArgs.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class CompletionArgs {
  private final @Nullable CompletionArgsStop stop;
  private final @Nullable Double presencePenalty;
  private final @Nullable Double frequencyPenalty;
  private final @Nullable Double temperature;
  private final @Nullable Double topP;
  private final @Nullable Integer maxTokens;
  private final @Nullable Long randomSeed;
  private final @Nullable Prediction prediction;
  private final @Nullable ResponseFormat responseFormat;
  private final @Nullable ToolChoice toolChoice;
  private final @Nullable ReasoningEffort reasoningEffort;
  private final Map<String, JsonNode> additionalProperties;

  private CompletionArgs(Builder b) {
    this.stop = b.stop;
    this.presencePenalty = b.presencePenalty;
    this.frequencyPenalty = b.frequencyPenalty;
    this.temperature = b.temperature;
    this.topP = b.topP;
    this.maxTokens = b.maxTokens;
    this.randomSeed = b.randomSeed;
    this.prediction = b.prediction;
    this.responseFormat = b.responseFormat;
    this.toolChoice = b.toolChoice;
    this.reasoningEffort = b.reasoningEffort;
    this.additionalProperties = JsonMaps.freeze(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.stop = stop;
    b.presencePenalty = presencePenalty;
    b.frequencyPenalty = frequencyPenalty;
    b.temperature = temperature;
    b.topP = topP;
    b.maxTokens = maxTokens;
    b.randomSeed = randomSeed;
    b.prediction = prediction;
    b.responseFormat = responseFormat;
    b.toolChoice = toolChoice;
    b.reasoningEffort = reasoningEffort;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return where generation stops: one sequence or several} */
  @JsonProperty("stop")
  public @Nullable CompletionArgsStop stop() {
    return stop;
  }

  /** {@return presence penalty, from -2 to 2} */
  @JsonProperty("presence_penalty")
  public @Nullable Double presencePenalty() {
    return presencePenalty;
  }

  /** {@return frequency penalty, from -2 to 2} */
  @JsonProperty("frequency_penalty")
  public @Nullable Double frequencyPenalty() {
    return frequencyPenalty;
  }

  /** {@return sampling temperature, from 0 to 1} */
  @JsonProperty("temperature")
  public @Nullable Double temperature() {
    return temperature;
  }

  /** {@return nucleus sampling probability mass, from 0 to 1} */
  @JsonProperty("top_p")
  public @Nullable Double topP() {
    return topP;
  }

  /** {@return maximum number of tokens to generate, 0 or more} */
  @JsonProperty("max_tokens")
  public @Nullable Integer maxTokens() {
    return maxTokens;
  }

  /** {@return seed of the random sampling, 0 or more} */
  @JsonProperty("random_seed")
  public @Nullable Long randomSeed() {
    return randomSeed;
  }

  /** {@return expected output, to speed up generation} */
  @JsonProperty("prediction")
  public @Nullable Prediction prediction() {
    return prediction;
  }

  /** {@return output format: text, JSON or JSON following a schema} */
  @JsonProperty("response_format")
  public @Nullable ResponseFormat responseFormat() {
    return responseFormat;
  }

  /** {@return whether and how the model calls tools (the server default is {@code auto})} */
  @JsonProperty("tool_choice")
  public @Nullable ToolChoice toolChoice() {
    return toolChoice;
  }

  /** {@return how much the model reasons before answering} */
  @JsonProperty("reasoning_effort")
  public @Nullable ReasoningEffort reasoningEffort() {
    return reasoningEffort;
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
    return o instanceof CompletionArgs other
        && Objects.equals(stop, other.stop)
        && Objects.equals(presencePenalty, other.presencePenalty)
        && Objects.equals(frequencyPenalty, other.frequencyPenalty)
        && Objects.equals(temperature, other.temperature)
        && Objects.equals(topP, other.topP)
        && Objects.equals(maxTokens, other.maxTokens)
        && Objects.equals(randomSeed, other.randomSeed)
        && Objects.equals(prediction, other.prediction)
        && Objects.equals(responseFormat, other.responseFormat)
        && Objects.equals(toolChoice, other.toolChoice)
        && Objects.equals(reasoningEffort, other.reasoningEffort)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        stop,
        presencePenalty,
        frequencyPenalty,
        temperature,
        topP,
        maxTokens,
        randomSeed,
        prediction,
        responseFormat,
        toolChoice,
        reasoningEffort,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "CompletionArgs{"
        + "stop="
        + stop
        + ", presencePenalty="
        + presencePenalty
        + ", frequencyPenalty="
        + frequencyPenalty
        + ", temperature="
        + temperature
        + ", topP="
        + topP
        + ", maxTokens="
        + maxTokens
        + ", randomSeed="
        + randomSeed
        + ", prediction="
        + prediction
        + ", responseFormat="
        + responseFormat
        + ", toolChoice="
        + toolChoice
        + ", reasoningEffort="
        + reasoningEffort
        + JsonMaps.describeExtra(additionalProperties)
        + '}';
  }

  /** Builds {@link CompletionArgs}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder {
    private @Nullable CompletionArgsStop stop;
    private @Nullable Double presencePenalty;
    private @Nullable Double frequencyPenalty;
    private @Nullable Double temperature;
    private @Nullable Double topP;
    private @Nullable Integer maxTokens;
    private @Nullable Long randomSeed;
    private @Nullable Prediction prediction;
    private @Nullable ResponseFormat responseFormat;
    private @Nullable ToolChoice toolChoice;
    private @Nullable ReasoningEffort reasoningEffort;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code stop}; {@code null} leaves it out.
     *
     * @param stop where generation stops: one sequence or several
     * @return this builder
     */
    @JsonProperty("stop")
    public Builder stop(@Nullable CompletionArgsStop stop) {
      this.stop = stop;
      return this;
    }

    /**
     * Sets {@code presence_penalty}; {@code null} leaves it out.
     *
     * @param presencePenalty presence penalty, from -2 to 2
     * @return this builder
     */
    @JsonProperty("presence_penalty")
    public Builder presencePenalty(@Nullable Double presencePenalty) {
      this.presencePenalty = presencePenalty;
      return this;
    }

    /**
     * Sets {@code frequency_penalty}; {@code null} leaves it out.
     *
     * @param frequencyPenalty frequency penalty, from -2 to 2
     * @return this builder
     */
    @JsonProperty("frequency_penalty")
    public Builder frequencyPenalty(@Nullable Double frequencyPenalty) {
      this.frequencyPenalty = frequencyPenalty;
      return this;
    }

    /**
     * Sets {@code temperature}; {@code null} leaves it out.
     *
     * @param temperature sampling temperature, from 0 to 1
     * @return this builder
     */
    @JsonProperty("temperature")
    public Builder temperature(@Nullable Double temperature) {
      this.temperature = temperature;
      return this;
    }

    /**
     * Sets {@code top_p}; {@code null} leaves it out.
     *
     * @param topP nucleus sampling probability mass, from 0 to 1
     * @return this builder
     */
    @JsonProperty("top_p")
    public Builder topP(@Nullable Double topP) {
      this.topP = topP;
      return this;
    }

    /**
     * Sets {@code max_tokens}; {@code null} leaves it out.
     *
     * @param maxTokens maximum number of tokens to generate, 0 or more
     * @return this builder
     */
    @JsonProperty("max_tokens")
    public Builder maxTokens(@Nullable Integer maxTokens) {
      this.maxTokens = maxTokens;
      return this;
    }

    /**
     * Sets {@code random_seed}; {@code null} leaves it out.
     *
     * @param randomSeed seed of the random sampling, 0 or more
     * @return this builder
     */
    @JsonProperty("random_seed")
    public Builder randomSeed(@Nullable Long randomSeed) {
      this.randomSeed = randomSeed;
      return this;
    }

    /**
     * Sets {@code prediction}; {@code null} leaves it out.
     *
     * @param prediction expected output, to speed up generation
     * @return this builder
     */
    @JsonProperty("prediction")
    public Builder prediction(@Nullable Prediction prediction) {
      this.prediction = prediction;
      return this;
    }

    /**
     * Sets {@code response_format}; {@code null} leaves it out.
     *
     * @param responseFormat output format: text, JSON or JSON following a schema
     * @return this builder
     */
    @JsonProperty("response_format")
    public Builder responseFormat(@Nullable ResponseFormat responseFormat) {
      this.responseFormat = responseFormat;
      return this;
    }

    /**
     * Sets {@code tool_choice}; {@code null} leaves it out.
     *
     * @param toolChoice whether and how the model calls tools (the server default is {@code auto})
     * @return this builder
     */
    @JsonProperty("tool_choice")
    public Builder toolChoice(@Nullable ToolChoice toolChoice) {
      this.toolChoice = toolChoice;
      return this;
    }

    /**
     * Sets {@code reasoning_effort}; {@code null} leaves it out.
     *
     * @param reasoningEffort how much the model reasons before answering
     * @return this builder
     */
    @JsonProperty("reasoning_effort")
    public Builder reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
      this.reasoningEffort = reasoningEffort;
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
     * @return the CompletionArgs
     */
    public CompletionArgs build() {
      return new CompletionArgs(this);
    }
  }
}
