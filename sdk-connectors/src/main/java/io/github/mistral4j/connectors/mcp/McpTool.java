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

/**
 * A tool an MCP connector offers, as {@code list_tools} returns it (MCP {@code Tool}; the
 * contract's {@code MCPTool}, also used for the tools of a server card).
 */
@JsonDeserialize(builder = McpTool.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class McpTool {
  private final String name;
  private final @Nullable String title;
  private final @Nullable String description;
  private final JsonNode inputSchema;
  private final @Nullable JsonNode outputSchema;
  private final List<McpServerIcon> icons;
  private final @Nullable ToolAnnotations annotations;
  private final @Nullable McpToolMeta meta;
  private final @Nullable ToolExecution execution;
  private final Map<String, JsonNode> additionalProperties;

  private McpTool(Builder b) {
    this.name = Models.required(b.name, "MCPTool", "name");
    this.title = b.title;
    this.description = b.description;
    this.inputSchema = Models.required(b.inputSchema, "MCPTool", "inputSchema");
    this.outputSchema = b.outputSchema;
    this.icons = Models.list(b.icons);
    this.annotations = b.annotations;
    this.meta = b.meta;
    this.execution = b.execution;
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
    b.inputSchema = inputSchema;
    b.outputSchema = outputSchema;
    b.icons = Models.mutableList(icons);
    b.annotations = annotations;
    b.meta = meta;
    b.execution = execution;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the tool's name, unique within its connector; pass it to {@code call}} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return a human-readable title, or {@code null}} */
  @JsonProperty("title")
  public @Nullable String title() {
    return title;
  }

  /** {@return what the tool does, for a model to read, or {@code null}} */
  @JsonProperty("description")
  public @Nullable String description() {
    return description;
  }

  /** {@return the JSON Schema of the tool's arguments (a copy)} */
  @JsonProperty("inputSchema")
  public JsonNode inputSchema() {
    return inputSchema.deepCopy();
  }

  /** {@return the JSON Schema of the tool's structured result (a copy), or {@code null}} */
  @JsonProperty("outputSchema")
  public @Nullable JsonNode outputSchema() {
    return outputSchema == null ? null : outputSchema.deepCopy();
  }

  /** {@return icons for display in user interfaces; empty when none} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("icons")
  public List<McpServerIcon> icons() {
    return icons;
  }

  /** {@return behaviour hints (read-only, destructive, ...), or {@code null}} */
  @JsonProperty("annotations")
  public @Nullable ToolAnnotations annotations() {
    return annotations;
  }

  /** {@return the {@code _meta} object, or {@code null}} */
  @JsonProperty("_meta")
  public @Nullable McpToolMeta meta() {
    return meta;
  }

  /** {@return execution properties (task support), or {@code null}} */
  @JsonProperty("execution")
  public @Nullable ToolExecution execution() {
    return execution;
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
    if (!(o instanceof McpTool other)) {
      return false;
    }
    return Objects.equals(name, other.name)
        && Objects.equals(title, other.title)
        && Objects.equals(description, other.description)
        && Objects.equals(inputSchema, other.inputSchema)
        && Objects.equals(outputSchema, other.outputSchema)
        && Objects.equals(icons, other.icons)
        && Objects.equals(annotations, other.annotations)
        && Objects.equals(meta, other.meta)
        && Objects.equals(execution, other.execution)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, title, description, inputSchema, outputSchema, icons, annotations, meta, execution, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("McpTool")
        .add("name", name)
        .add("title", title)
        .add("description", description)
        .json("inputSchema", inputSchema)
        .json("outputSchema", outputSchema)
        .add("icons", icons)
        .add("annotations", annotations)
        .add("meta", meta)
        .add("execution", execution)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link McpTool}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String title;
    private @Nullable String description;
    private @Nullable JsonNode inputSchema;
    private @Nullable JsonNode outputSchema;
    private List<McpServerIcon> icons = new ArrayList<>();
    private @Nullable ToolAnnotations annotations;
    private @Nullable McpToolMeta meta;
    private @Nullable ToolExecution execution;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link McpTool#name()}. Required.
     *
     * @param name the tool's name, unique within its connector; pass it to {@code call}
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link McpTool#title()}. {@code null} unsets it.
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
     * Sets {@link McpTool#description()}. {@code null} unsets it.
     *
     * @param description what the tool does, for a model to read, or {@code null}
     * @return this builder
     */
    @JsonProperty("description")
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@link McpTool#inputSchema()}. The tree is copied.
     *
     * @param inputSchema the JSON Schema of the tool's arguments (a copy)
     * @return this builder
     */
    @JsonProperty("inputSchema")
    public Builder inputSchema(JsonNode inputSchema) {
      this.inputSchema = Models.requiredNode(inputSchema, "MCPTool", "inputSchema");
      return this;
    }

    /**
     * Sets {@link McpTool#outputSchema()}. The tree is copied; {@code null} unsets it.
     *
     * @param outputSchema the JSON Schema of the tool's structured result (a copy), or {@code null}
     * @return this builder
     */
    @JsonProperty("outputSchema")
    public Builder outputSchema(@Nullable JsonNode outputSchema) {
      this.outputSchema = Models.node(outputSchema);
      return this;
    }

    /**
     * Sets {@link McpTool#icons()}. Replaces the current elements; {@code null} means none.
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
     * Adds one element to {@link McpTool#icons()}.
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
     * Sets {@link McpTool#annotations()}. {@code null} unsets it.
     *
     * @param annotations behaviour hints (read-only, destructive, ...), or {@code null}
     * @return this builder
     */
    @JsonProperty("annotations")
    public Builder annotations(@Nullable ToolAnnotations annotations) {
      this.annotations = annotations;
      return this;
    }

    /**
     * Sets {@link McpTool#meta()}. {@code null} unsets it.
     *
     * @param meta the {@code _meta} object, or {@code null}
     * @return this builder
     */
    @JsonProperty("_meta")
    public Builder meta(@Nullable McpToolMeta meta) {
      this.meta = meta;
      return this;
    }

    /**
     * Sets {@link McpTool#execution()}. {@code null} unsets it.
     *
     * @param execution execution properties (task support), or {@code null}
     * @return this builder
     */
    @JsonProperty("execution")
    public Builder execution(@Nullable ToolExecution execution) {
      this.execution = execution;
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
     * Builds the {@link McpTool}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public McpTool build() {
      return new McpTool(this);
    }
  }
}
