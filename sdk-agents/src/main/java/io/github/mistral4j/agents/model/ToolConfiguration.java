package io.github.mistral4j.agents.model;

import io.github.mistral4j.core.internal.Models;
import io.github.mistral4j.core.internal.JsonMaps;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which of a tool's functions the model may use and which need the user's confirmation (contract
 * schema {@code ToolConfiguration}).
 */
@JsonDeserialize(builder = ToolConfiguration.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ToolConfiguration {
  private final List<String> exclude;
  private final List<String> include;
  private final List<String> requiresConfirmation;
  private final Map<String, JsonNode> additionalProperties;

  private ToolConfiguration(Builder b) {
    this.exclude = List.copyOf(b.exclude);
    this.include = List.copyOf(b.include);
    this.requiresConfirmation = List.copyOf(b.requiresConfirmation);
    this.additionalProperties = JsonMaps.freeze(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.exclude.addAll(exclude);
    b.include.addAll(include);
    b.requiresConfirmation.addAll(requiresConfirmation);
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return names of the functions the model must not use (empty when not set)} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("exclude")
  public List<String> exclude() {
    return exclude;
  }

  /** {@return names of the only functions the model may use (empty when not set)} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("include")
  public List<String> include() {
    return include;
  }

  /**
   * {@return names of the functions that need the user's confirmation before they run (empty when
   * not set)}
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("requires_confirmation")
  public List<String> requiresConfirmation() {
    return requiresConfirmation;
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
    return o instanceof ToolConfiguration other
        && exclude.equals(other.exclude)
        && include.equals(other.include)
        && requiresConfirmation.equals(other.requiresConfirmation)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(exclude, include, requiresConfirmation, additionalProperties);
  }

  @Override
  public String toString() {
    return "ToolConfiguration{"
        + "exclude="
        + exclude
        + ", include="
        + include
        + ", requiresConfirmation="
        + requiresConfirmation
        + JsonMaps.describeExtra(additionalProperties)
        + '}';
  }

  /** Builds {@link ToolConfiguration}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder {
    private final List<String> exclude = new ArrayList<>();
    private final List<String> include = new ArrayList<>();
    private final List<String> requiresConfirmation = new ArrayList<>();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Replaces {@code exclude}; {@code null} means none.
     *
     * @param exclude names of the functions the model must not use (empty when not set)
     * @return this builder
     */
    @JsonProperty("exclude")
    public Builder exclude(@Nullable List<? extends String> exclude) {
      Models.replace(this.exclude, exclude, "exclude");
      return this;
    }

    /**
     * Appends one item to {@code exclude}.
     *
     * @param item the item
     * @return this builder
     */
    public Builder addExclude(String item) {
      this.exclude.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /**
     * Replaces {@code include}; {@code null} means none.
     *
     * @param include names of the only functions the model may use (empty when not set)
     * @return this builder
     */
    @JsonProperty("include")
    public Builder include(@Nullable List<? extends String> include) {
      Models.replace(this.include, include, "include");
      return this;
    }

    /**
     * Appends one item to {@code include}.
     *
     * @param item the item
     * @return this builder
     */
    public Builder addInclude(String item) {
      this.include.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /**
     * Replaces {@code requires_confirmation}; {@code null} means none.
     *
     * @param requiresConfirmation names of the functions that need the user's confirmation before
     *     they run (empty when not set)
     * @return this builder
     */
    @JsonProperty("requires_confirmation")
    public Builder requiresConfirmation(@Nullable List<? extends String> requiresConfirmation) {
      Models.replace(this.requiresConfirmation, requiresConfirmation, "requires_confirmation");
      return this;
    }

    /**
     * Appends one item to {@code requires_confirmation}.
     *
     * @param item the item
     * @return this builder
     */
    public Builder addRequiresConfirmation(String item) {
      this.requiresConfirmation.add(Objects.requireNonNull(item, "item"));
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
     * @return the ToolConfiguration
     */
    public ToolConfiguration build() {
      return new ToolConfiguration(this);
    }
  }
}
