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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Which tools of a connection run, and which need the user's confirmation. */
@JsonDeserialize(builder = ToolExecutionConfiguration.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ToolExecutionConfiguration {
  private final @Nullable ConfirmationRule requiresConfirmation;
  private final @Nullable ConfirmationRule skipConfirmation;
  private final List<String> include;
  private final List<String> exclude;
  private final Map<String, JsonNode> additionalProperties;

  private ToolExecutionConfiguration(Builder b) {
    this.requiresConfirmation = b.requiresConfirmation;
    this.skipConfirmation = b.skipConfirmation;
    this.include = Models.list(b.include);
    this.exclude = Models.list(b.exclude);
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.requiresConfirmation = requiresConfirmation;
    b.skipConfirmation = skipConfirmation;
    b.include = Models.mutableList(include);
    b.exclude = Models.mutableList(exclude);
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the tools that need confirmation, or {@code null}} */
  @JsonProperty("requires_confirmation")
  public @Nullable ConfirmationRule requiresConfirmation() {
    return requiresConfirmation;
  }

  /** {@return the tools that skip confirmation, or {@code null}} */
  @JsonProperty("skip_confirmation")
  public @Nullable ConfirmationRule skipConfirmation() {
    return skipConfirmation;
  }

  /** {@return the tools included; empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("include")
  public List<String> include() {
    return include;
  }

  /** {@return the tools excluded; empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("exclude")
  public List<String> exclude() {
    return exclude;
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
    if (!(o instanceof ToolExecutionConfiguration other)) {
      return false;
    }
    return Objects.equals(requiresConfirmation, other.requiresConfirmation)
        && Objects.equals(skipConfirmation, other.skipConfirmation)
        && Objects.equals(include, other.include)
        && Objects.equals(exclude, other.exclude)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requiresConfirmation, skipConfirmation, include, exclude, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ToolExecutionConfiguration")
        .add("requiresConfirmation", requiresConfirmation)
        .add("skipConfirmation", skipConfirmation)
        .add("include", include)
        .add("exclude", exclude)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ToolExecutionConfiguration}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable ConfirmationRule requiresConfirmation;
    private @Nullable ConfirmationRule skipConfirmation;
    private List<String> include = new ArrayList<>();
    private List<String> exclude = new ArrayList<>();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ToolExecutionConfiguration#requiresConfirmation()}. {@code null} unsets it.
     *
     * @param requiresConfirmation the tools that need confirmation, or {@code null}
     * @return this builder
     */
    @JsonProperty("requires_confirmation")
    public Builder requiresConfirmation(@Nullable ConfirmationRule requiresConfirmation) {
      this.requiresConfirmation = requiresConfirmation;
      return this;
    }

    /**
     * Sets {@link ToolExecutionConfiguration#skipConfirmation()}. {@code null} unsets it.
     *
     * @param skipConfirmation the tools that skip confirmation, or {@code null}
     * @return this builder
     */
    @JsonProperty("skip_confirmation")
    public Builder skipConfirmation(@Nullable ConfirmationRule skipConfirmation) {
      this.skipConfirmation = skipConfirmation;
      return this;
    }

    /**
     * Sets {@link ToolExecutionConfiguration#include()}. Replaces the current elements;
     * {@code null} means none.
     *
     * @param include the tools included; empty when not given
     * @return this builder
     */
    @JsonProperty("include")
    public Builder include(@Nullable List<? extends String> include) {
      this.include = Models.mutableList(include);
      return this;
    }

    /**
     * Sets {@link ToolExecutionConfiguration#exclude()}. Replaces the current elements;
     * {@code null} means none.
     *
     * @param exclude the tools excluded; empty when not given
     * @return this builder
     */
    @JsonProperty("exclude")
    public Builder exclude(@Nullable List<? extends String> exclude) {
      this.exclude = Models.mutableList(exclude);
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
     * Builds the {@link ToolExecutionConfiguration}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ToolExecutionConfiguration build() {
      return new ToolExecutionConfiguration(this);
    }
  }
}
