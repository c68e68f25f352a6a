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
 * Capabilities an MCP client may support. Capability objects are kept as JSON trees (see the
 * module README).
 */
@JsonDeserialize(builder = ClientCapabilities.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ClientCapabilities {
  private final Map<String, JsonNode> experimental;
  private final @Nullable JsonNode sampling;
  private final @Nullable JsonNode elicitation;
  private final @Nullable JsonNode roots;
  private final @Nullable JsonNode tasks;
  private final Map<String, JsonNode> additionalProperties;

  private ClientCapabilities(Builder b) {
    this.experimental = Models.nodes(b.experimental);
    this.sampling = b.sampling;
    this.elicitation = b.elicitation;
    this.roots = b.roots;
    this.tasks = b.tasks;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.experimental = Models.mutableMap(experimental);
    b.sampling = sampling;
    b.elicitation = elicitation;
    b.roots = roots;
    b.tasks = tasks;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return experimental capabilities by name; empty when absent} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("experimental")
  public Map<String, JsonNode> experimental() {
    return Models.nodes(experimental);
  }

  /** {@return the sampling capability (a copy), or {@code null}} */
  @JsonProperty("sampling")
  public @Nullable JsonNode sampling() {
    return sampling == null ? null : sampling.deepCopy();
  }

  /** {@return the elicitation capability (a copy), or {@code null}} */
  @JsonProperty("elicitation")
  public @Nullable JsonNode elicitation() {
    return elicitation == null ? null : elicitation.deepCopy();
  }

  /** {@return the roots capability (a copy), or {@code null}} */
  @JsonProperty("roots")
  public @Nullable JsonNode roots() {
    return roots == null ? null : roots.deepCopy();
  }

  /** {@return the tasks capability (a copy), or {@code null}} */
  @JsonProperty("tasks")
  public @Nullable JsonNode tasks() {
    return tasks == null ? null : tasks.deepCopy();
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
    if (!(o instanceof ClientCapabilities other)) {
      return false;
    }
    return Objects.equals(experimental, other.experimental)
        && Objects.equals(sampling, other.sampling)
        && Objects.equals(elicitation, other.elicitation)
        && Objects.equals(roots, other.roots)
        && Objects.equals(tasks, other.tasks)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(experimental, sampling, elicitation, roots, tasks, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ClientCapabilities")
        .json("experimental", experimental)
        .json("sampling", sampling)
        .json("elicitation", elicitation)
        .json("roots", roots)
        .json("tasks", tasks)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ClientCapabilities}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private Map<String, JsonNode> experimental = new LinkedHashMap<>();
    private @Nullable JsonNode sampling;
    private @Nullable JsonNode elicitation;
    private @Nullable JsonNode roots;
    private @Nullable JsonNode tasks;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ClientCapabilities#experimental()}. Replaces the current entries; {@code null}
     * means none.
     *
     * @param experimental experimental capabilities by name; empty when absent
     * @return this builder
     */
    @JsonProperty("experimental")
    public Builder experimental(@Nullable Map<String, ? extends JsonNode> experimental) {
      this.experimental = Models.mutableMap(experimental);
      return this;
    }

    /**
     * Sets {@link ClientCapabilities#sampling()}. The tree is copied; {@code null} unsets it.
     *
     * @param sampling the sampling capability (a copy), or {@code null}
     * @return this builder
     */
    @JsonProperty("sampling")
    public Builder sampling(@Nullable JsonNode sampling) {
      this.sampling = Models.node(sampling);
      return this;
    }

    /**
     * Sets {@link ClientCapabilities#elicitation()}. The tree is copied; {@code null} unsets it.
     *
     * @param elicitation the elicitation capability (a copy), or {@code null}
     * @return this builder
     */
    @JsonProperty("elicitation")
    public Builder elicitation(@Nullable JsonNode elicitation) {
      this.elicitation = Models.node(elicitation);
      return this;
    }

    /**
     * Sets {@link ClientCapabilities#roots()}. The tree is copied; {@code null} unsets it.
     *
     * @param roots the roots capability (a copy), or {@code null}
     * @return this builder
     */
    @JsonProperty("roots")
    public Builder roots(@Nullable JsonNode roots) {
      this.roots = Models.node(roots);
      return this;
    }

    /**
     * Sets {@link ClientCapabilities#tasks()}. The tree is copied; {@code null} unsets it.
     *
     * @param tasks the tasks capability (a copy), or {@code null}
     * @return this builder
     */
    @JsonProperty("tasks")
    public Builder tasks(@Nullable JsonNode tasks) {
      this.tasks = Models.node(tasks);
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
     * Builds the {@link ClientCapabilities}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ClientCapabilities build() {
      return new ClientCapabilities(this);
    }
  }
}
