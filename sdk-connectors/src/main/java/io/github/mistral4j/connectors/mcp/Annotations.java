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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Hints on how content or a resource is meant to be used. */
@JsonDeserialize(builder = Annotations.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Annotations {
  private final List<String> audience;
  private final @Nullable Double priority;
  private final Map<String, JsonNode> additionalProperties;

  private Annotations(Builder b) {
    this.audience = Models.list(b.audience);
    this.priority = b.priority;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.audience = Models.mutableList(audience);
    b.priority = priority;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return who the content is for: {@code user}, {@code assistant}; empty when not set} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("audience")
  public List<String> audience() {
    return audience;
  }

  /** {@return importance from 0 (least) to 1 (most), or {@code null}} */
  @JsonProperty("priority")
  public @Nullable Double priority() {
    return priority;
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
    if (!(o instanceof Annotations other)) {
      return false;
    }
    return Objects.equals(audience, other.audience)
        && Objects.equals(priority, other.priority)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(audience, priority, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("Annotations")
        .add("audience", audience)
        .add("priority", priority)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link Annotations}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private List<String> audience = new ArrayList<>();
    private @Nullable Double priority;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link Annotations#audience()}. Replaces the current elements; {@code null} means none.
     *
     * @param audience who the content is for: {@code user}, {@code assistant}; empty when not set
     * @return this builder
     */
    @JsonProperty("audience")
    public Builder audience(@Nullable List<? extends String> audience) {
      this.audience = Models.mutableList(audience);
      return this;
    }

    /**
     * Sets {@link Annotations#priority()}. {@code null} unsets it.
     *
     * @param priority importance from 0 (least) to 1 (most), or {@code null}
     * @return this builder
     */
    @JsonProperty("priority")
    public Builder priority(@Nullable Double priority) {
      this.priority = priority;
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
     * Builds the {@link Annotations}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public Annotations build() {
      return new Annotations(this);
    }
  }
}
