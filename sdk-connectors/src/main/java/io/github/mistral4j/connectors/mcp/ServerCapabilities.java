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
 * Capabilities an MCP server may support. Capability objects are kept as JSON trees (see the
 * module README).
 */
@JsonDeserialize(builder = ServerCapabilities.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ServerCapabilities {
  private final Map<String, JsonNode> experimental;
  private final @Nullable JsonNode logging;
  private final @Nullable JsonNode prompts;
  private final @Nullable JsonNode resources;
  private final @Nullable JsonNode tools;
  private final @Nullable JsonNode completions;
  private final @Nullable JsonNode tasks;
  private final Map<String, JsonNode> additionalProperties;

  private ServerCapabilities(Builder b) {
    this.experimental = Models.nodes(b.experimental);
    this.logging = b.logging;
    this.prompts = b.prompts;
    this.resources = b.resources;
    this.tools = b.tools;
    this.completions = b.completions;
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
    b.logging = logging;
    b.prompts = prompts;
    b.resources = resources;
    b.tools = tools;
    b.completions = completions;
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

  /** {@return the logging capability (a copy), or {@code null}} */
  @JsonProperty("logging")
  public @Nullable JsonNode logging() {
    return logging == null ? null : logging.deepCopy();
  }

  /** {@return the prompts capability (a copy, e.g. {@code listChanged}), or {@code null}} */
  @JsonProperty("prompts")
  public @Nullable JsonNode prompts() {
    return prompts == null ? null : prompts.deepCopy();
  }

  /**
   * {@return the resources capability (a copy, e.g. {@code subscribe}, {@code listChanged}), or
   * {@code null}}
   */
  @JsonProperty("resources")
  public @Nullable JsonNode resources() {
    return resources == null ? null : resources.deepCopy();
  }

  /** {@return the tools capability (a copy, e.g. {@code listChanged}), or {@code null}} */
  @JsonProperty("tools")
  public @Nullable JsonNode tools() {
    return tools == null ? null : tools.deepCopy();
  }

  /** {@return the completions capability (a copy), or {@code null}} */
  @JsonProperty("completions")
  public @Nullable JsonNode completions() {
    return completions == null ? null : completions.deepCopy();
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
    if (!(o instanceof ServerCapabilities other)) {
      return false;
    }
    return Objects.equals(experimental, other.experimental)
        && Objects.equals(logging, other.logging)
        && Objects.equals(prompts, other.prompts)
        && Objects.equals(resources, other.resources)
        && Objects.equals(tools, other.tools)
        && Objects.equals(completions, other.completions)
        && Objects.equals(tasks, other.tasks)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(experimental, logging, prompts, resources, tools, completions, tasks, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ServerCapabilities")
        .json("experimental", experimental)
        .json("logging", logging)
        .json("prompts", prompts)
        .json("resources", resources)
        .json("tools", tools)
        .json("completions", completions)
        .json("tasks", tasks)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ServerCapabilities}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private Map<String, JsonNode> experimental = new LinkedHashMap<>();
    private @Nullable JsonNode logging;
    private @Nullable JsonNode prompts;
    private @Nullable JsonNode resources;
    private @Nullable JsonNode tools;
    private @Nullable JsonNode completions;
    private @Nullable JsonNode tasks;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ServerCapabilities#experimental()}. Replaces the current entries; {@code null}
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
     * Sets {@link ServerCapabilities#logging()}. The tree is copied; {@code null} unsets it.
     *
     * @param logging the logging capability (a copy), or {@code null}
     * @return this builder
     */
    @JsonProperty("logging")
    public Builder logging(@Nullable JsonNode logging) {
      this.logging = Models.node(logging);
      return this;
    }

    /**
     * Sets {@link ServerCapabilities#prompts()}. The tree is copied; {@code null} unsets it.
     *
     * @param prompts the prompts capability (a copy, e.g. {@code listChanged}), or {@code null}
     * @return this builder
     */
    @JsonProperty("prompts")
    public Builder prompts(@Nullable JsonNode prompts) {
      this.prompts = Models.node(prompts);
      return this;
    }

    /**
     * Sets {@link ServerCapabilities#resources()}. The tree is copied; {@code null} unsets it.
     *
     * @param resources the resources capability (a copy, e.g. {@code subscribe},
     *     {@code listChanged}), or {@code null}
     * @return this builder
     */
    @JsonProperty("resources")
    public Builder resources(@Nullable JsonNode resources) {
      this.resources = Models.node(resources);
      return this;
    }

    /**
     * Sets {@link ServerCapabilities#tools()}. The tree is copied; {@code null} unsets it.
     *
     * @param tools the tools capability (a copy, e.g. {@code listChanged}), or {@code null}
     * @return this builder
     */
    @JsonProperty("tools")
    public Builder tools(@Nullable JsonNode tools) {
      this.tools = Models.node(tools);
      return this;
    }

    /**
     * Sets {@link ServerCapabilities#completions()}. The tree is copied; {@code null} unsets it.
     *
     * @param completions the completions capability (a copy), or {@code null}
     * @return this builder
     */
    @JsonProperty("completions")
    public Builder completions(@Nullable JsonNode completions) {
      this.completions = Models.node(completions);
      return this;
    }

    /**
     * Sets {@link ServerCapabilities#tasks()}. The tree is copied; {@code null} unsets it.
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
     * Builds the {@link ServerCapabilities}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ServerCapabilities build() {
      return new ServerCapabilities(this);
    }
  }
}
