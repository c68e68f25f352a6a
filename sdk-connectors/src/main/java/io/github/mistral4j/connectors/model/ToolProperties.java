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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A {@link ConfirmationRule} matching tools by their properties. */
@JsonDeserialize(builder = ToolProperties.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ToolProperties implements ConfirmationRule {
  private final @Nullable Boolean readOnly;
  private final Map<String, JsonNode> additionalProperties;

  private ToolProperties(Builder b) {
    this.readOnly = b.readOnly;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.readOnly = readOnly;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return matches read-only tools when true, others when false; {@code null} matches any} */
  @JsonProperty("read_only")
  public @Nullable Boolean readOnly() {
    return readOnly;
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
    if (!(o instanceof ToolProperties other)) {
      return false;
    }
    return Objects.equals(readOnly, other.readOnly)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(readOnly, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ToolProperties")
        .add("readOnly", readOnly)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ToolProperties}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable Boolean readOnly;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ToolProperties#readOnly()}. {@code null} unsets it.
     *
     * @param readOnly matches read-only tools when true, others when false; {@code null} matches
     *     any
     * @return this builder
     */
    @JsonProperty("read_only")
    public Builder readOnly(@Nullable Boolean readOnly) {
      this.readOnly = readOnly;
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
     * Builds the {@link ToolProperties}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ToolProperties build() {
      return new ToolProperties(this);
    }
  }
}
