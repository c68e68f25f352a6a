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

/** A prompt template an MCP server offers. */
@JsonDeserialize(builder = McpPrompt.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class McpPrompt {
  private final String name;
  private final @Nullable String title;
  private final @Nullable String description;
  private final List<PromptArgument> arguments;
  private final List<McpServerIcon> icons;
  private final Map<String, JsonNode> meta;
  private final Map<String, JsonNode> additionalProperties;

  private McpPrompt(Builder b) {
    this.name = Models.required(b.name, "MCPPrompt", "name");
    this.title = b.title;
    this.description = b.description;
    this.arguments = Models.list(b.arguments);
    this.icons = Models.list(b.icons);
    this.meta = Models.nodes(b.meta);
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
    b.title = title;
    b.description = description;
    b.arguments = Models.mutableList(arguments);
    b.icons = Models.mutableList(icons);
    b.meta = Models.mutableMap(meta);
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the prompt's name} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return a human-readable title, or {@code null}} */
  @JsonProperty("title")
  public @Nullable String title() {
    return title;
  }

  /** {@return a description, or {@code null}} */
  @JsonProperty("description")
  public @Nullable String description() {
    return description;
  }

  /** {@return the template's arguments; empty when none} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("arguments")
  public List<PromptArgument> arguments() {
    return arguments;
  }

  /** {@return icons for display in user interfaces; empty when none} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("icons")
  public List<McpServerIcon> icons() {
    return icons;
  }

  /** {@return the {@code _meta} object, empty when absent} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("_meta")
  public Map<String, JsonNode> meta() {
    return Models.nodes(meta);
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
    if (!(o instanceof McpPrompt other)) {
      return false;
    }
    return Objects.equals(name, other.name)
        && Objects.equals(title, other.title)
        && Objects.equals(description, other.description)
        && Objects.equals(arguments, other.arguments)
        && Objects.equals(icons, other.icons)
        && Objects.equals(meta, other.meta)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, title, description, arguments, icons, meta, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("McpPrompt")
        .add("name", name)
        .add("title", title)
        .add("description", description)
        .add("arguments", arguments)
        .add("icons", icons)
        .json("meta", meta)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link McpPrompt}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String title;
    private @Nullable String description;
    private List<PromptArgument> arguments = new ArrayList<>();
    private List<McpServerIcon> icons = new ArrayList<>();
    private Map<String, JsonNode> meta = new LinkedHashMap<>();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link McpPrompt#name()}. Required.
     *
     * @param name the prompt's name
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link McpPrompt#title()}. {@code null} unsets it.
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
     * Sets {@link McpPrompt#description()}. {@code null} unsets it.
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
     * Sets {@link McpPrompt#arguments()}. Replaces the current elements; {@code null} means none.
     *
     * @param arguments the template's arguments; empty when none
     * @return this builder
     */
    @JsonProperty("arguments")
    public Builder arguments(@Nullable List<? extends PromptArgument> arguments) {
      this.arguments = Models.mutableList(arguments);
      return this;
    }

    /**
     * Sets {@link McpPrompt#icons()}. Replaces the current elements; {@code null} means none.
     *
     * @param icons icons for display in user interfaces; empty when none
     * @return this builder
     */
    @JsonProperty("icons")
    public Builder icons(@Nullable List<? extends McpServerIcon> icons) {
      this.icons = Models.mutableList(icons);
      return this;
    }

    /**
     * Adds one element to {@link McpPrompt#icons()}.
     *
     * @param value the element to add
     * @return this builder
     */
    public Builder addIcon(McpServerIcon value) {
      if (this.icons == null) {
        this.icons = new ArrayList<>();
      }
      this.icons.add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets {@link McpPrompt#meta()}. Replaces the current entries; {@code null} means none.
     *
     * @param meta the {@code _meta} object, empty when absent
     * @return this builder
     */
    @JsonProperty("_meta")
    public Builder meta(@Nullable Map<String, ? extends JsonNode> meta) {
      this.meta = Models.mutableMap(meta);
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
     * Builds the {@link McpPrompt}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public McpPrompt build() {
      return new McpPrompt(this);
    }
  }
}
