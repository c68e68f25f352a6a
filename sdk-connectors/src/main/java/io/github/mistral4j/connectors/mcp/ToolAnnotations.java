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

/**
 * Hints describing a tool to clients. All are hints: they may not describe the tool faithfully, so
 * never trust them from an untrusted server.
 */
@JsonDeserialize(builder = ToolAnnotations.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ToolAnnotations {
  private final @Nullable String title;
  private final @Nullable Boolean readOnlyHint;
  private final @Nullable Boolean destructiveHint;
  private final @Nullable Boolean idempotentHint;
  private final @Nullable Boolean openWorldHint;
  private final Map<String, JsonNode> additionalProperties;

  private ToolAnnotations(Builder b) {
    this.title = b.title;
    this.readOnlyHint = b.readOnlyHint;
    this.destructiveHint = b.destructiveHint;
    this.idempotentHint = b.idempotentHint;
    this.openWorldHint = b.openWorldHint;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.title = title;
    b.readOnlyHint = readOnlyHint;
    b.destructiveHint = destructiveHint;
    b.idempotentHint = idempotentHint;
    b.openWorldHint = openWorldHint;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return a human-readable title, or {@code null}} */
  @JsonProperty("title")
  public @Nullable String title() {
    return title;
  }

  /** {@return whether the tool does not modify its environment, or {@code null}} */
  @JsonProperty("readOnlyHint")
  public @Nullable Boolean readOnlyHint() {
    return readOnlyHint;
  }

  /** {@return whether the tool may perform destructive updates, or {@code null}} */
  @JsonProperty("destructiveHint")
  public @Nullable Boolean destructiveHint() {
    return destructiveHint;
  }

  /**
   * {@return whether repeating a call with the same arguments has no further effect, or
   * {@code null}}
   */
  @JsonProperty("idempotentHint")
  public @Nullable Boolean idempotentHint() {
    return idempotentHint;
  }

  /**
   * {@return whether the tool interacts with an open world of external entities, or {@code null}}
   */
  @JsonProperty("openWorldHint")
  public @Nullable Boolean openWorldHint() {
    return openWorldHint;
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
    if (!(o instanceof ToolAnnotations other)) {
      return false;
    }
    return Objects.equals(title, other.title)
        && Objects.equals(readOnlyHint, other.readOnlyHint)
        && Objects.equals(destructiveHint, other.destructiveHint)
        && Objects.equals(idempotentHint, other.idempotentHint)
        && Objects.equals(openWorldHint, other.openWorldHint)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, readOnlyHint, destructiveHint, idempotentHint, openWorldHint, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ToolAnnotations")
        .add("title", title)
        .add("readOnlyHint", readOnlyHint)
        .add("destructiveHint", destructiveHint)
        .add("idempotentHint", idempotentHint)
        .add("openWorldHint", openWorldHint)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ToolAnnotations}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String title;
    private @Nullable Boolean readOnlyHint;
    private @Nullable Boolean destructiveHint;
    private @Nullable Boolean idempotentHint;
    private @Nullable Boolean openWorldHint;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ToolAnnotations#title()}. {@code null} unsets it.
     *
     * @param title a human-readable title, or {@code null}
     * @return this builder
     */
    @JsonProperty("title")
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@link ToolAnnotations#readOnlyHint()}. {@code null} unsets it.
     *
     * @param readOnlyHint whether the tool does not modify its environment, or {@code null}
     * @return this builder
     */
    @JsonProperty("readOnlyHint")
    public Builder readOnlyHint(@Nullable Boolean readOnlyHint) {
      this.readOnlyHint = readOnlyHint;
      return this;
    }

    /**
     * Sets {@link ToolAnnotations#destructiveHint()}. {@code null} unsets it.
     *
     * @param destructiveHint whether the tool may perform destructive updates, or {@code null}
     * @return this builder
     */
    @JsonProperty("destructiveHint")
    public Builder destructiveHint(@Nullable Boolean destructiveHint) {
      this.destructiveHint = destructiveHint;
      return this;
    }

    /**
     * Sets {@link ToolAnnotations#idempotentHint()}. {@code null} unsets it.
     *
     * @param idempotentHint whether repeating a call with the same arguments has no further effect,
     *     or {@code null}
     * @return this builder
     */
    @JsonProperty("idempotentHint")
    public Builder idempotentHint(@Nullable Boolean idempotentHint) {
      this.idempotentHint = idempotentHint;
      return this;
    }

    /**
     * Sets {@link ToolAnnotations#openWorldHint()}. {@code null} unsets it.
     *
     * @param openWorldHint whether the tool interacts with an open world of external entities, or
     *     {@code null}
     * @return this builder
     */
    @JsonProperty("openWorldHint")
    public Builder openWorldHint(@Nullable Boolean openWorldHint) {
      this.openWorldHint = openWorldHint;
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
     * Builds the {@link ToolAnnotations}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ToolAnnotations build() {
      return new ToolAnnotations(this);
    }
  }
}
