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

/** An argument of a prompt template. */
@JsonDeserialize(builder = PromptArgument.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PromptArgument {
  private final String name;
  private final @Nullable String description;
  private final @Nullable Boolean required;
  private final Map<String, JsonNode> additionalProperties;

  private PromptArgument(Builder b) {
    this.name = Models.required(b.name, "PromptArgument", "name");
    this.description = b.description;
    this.required = b.required;
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
    b.description = description;
    b.required = required;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the argument's name} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return a description, or {@code null}} */
  @JsonProperty("description")
  public @Nullable String description() {
    return description;
  }

  /** {@return whether the argument is required, or {@code null}} */
  @JsonProperty("required")
  public @Nullable Boolean required() {
    return required;
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
    if (!(o instanceof PromptArgument other)) {
      return false;
    }
    return Objects.equals(name, other.name)
        && Objects.equals(description, other.description)
        && Objects.equals(required, other.required)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, required, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("PromptArgument")
        .add("name", name)
        .add("description", description)
        .add("required", required)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link PromptArgument}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable Boolean required;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link PromptArgument#name()}. Required.
     *
     * @param name the argument's name
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link PromptArgument#description()}. {@code null} unsets it.
     *
     * @param description a description, or {@code null}
     * @return this builder
     */
    @JsonProperty("description")
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@link PromptArgument#required()}. {@code null} unsets it.
     *
     * @param required whether the argument is required, or {@code null}
     * @return this builder
     */
    @JsonProperty("required")
    public Builder required(@Nullable Boolean required) {
      this.required = required;
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
     * Builds the {@link PromptArgument}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public PromptArgument build() {
      return new PromptArgument(this);
    }
  }
}
