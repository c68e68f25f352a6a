package io.github.mistral4j.testkit;

import static io.github.mistral4j.testkit.internal.JsonArguments.object;
import static io.github.mistral4j.testkit.internal.JsonArguments.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A tool of a stand-in connector: its MCP description (name, title, description, input and output schemas,
 * annotations) and the {@link ToolFunction} that answers calls. Register it with
 * {@link MistralStandIn#registerTool(String, ToolHandler)}.
 *
 * <pre>{@code
 * ToolHandler.builder()
 *     .name("forecast")
 *     .description("Weather forecast for a city")
 *     .inputSchema("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}")
 *     .handler(args -> ToolResult.text("Sunny in " + args.path("city").asText()))
 *     .build();
 * }</pre>
 */
public final class ToolHandler {
  private final String name;
  private final @Nullable String title;
  private final @Nullable String description;
  private final ObjectNode inputSchema;
  private final @Nullable ObjectNode outputSchema;
  private final @Nullable ObjectNode annotations;
  private final ToolFunction function;

  private ToolHandler(Builder b) {
    this.name = required(b.name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    this.title = b.title;
    this.description = b.description;
    this.inputSchema = b.inputSchema == null ? defaultSchema() : b.inputSchema.deepCopy();
    this.outputSchema = b.outputSchema == null ? null : b.outputSchema.deepCopy();
    this.annotations = b.annotations == null ? null : b.annotations.deepCopy();
    this.function = required(b.function, "handler");
  }
  private static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw new IllegalStateException("ToolHandler." + field + " is required");
    }
    return value;
  }


  private static ObjectNode defaultSchema() {
    ObjectNode s = JsonNodeFactory.instance.objectNode().put("type", "object");
    s.putObject("properties");
    return s;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this tool's values} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.title = title;
    b.description = description;
    b.inputSchema = inputSchema;
    b.outputSchema = outputSchema;
    b.annotations = annotations;
    b.function = function;
    return b;
  }

  /** {@return the tool name, as listed and called} */
  public String name() {
    return name;
  }

  /** {@return the human title, or null} */
  public @Nullable String title() {
    return title;
  }

  /** {@return the description, or null} */
  public @Nullable String description() {
    return description;
  }

  /**
   * {@return the JSON schema of the arguments (a copy); {@code {"type":"object","properties":{}}}
   * when not set}
   */
  public ObjectNode inputSchema() {
    return inputSchema.deepCopy();
  }

  /** {@return the JSON schema of the structured result (a copy), or null} */
  public @Nullable ObjectNode outputSchema() {
    return outputSchema == null ? null : outputSchema.deepCopy();
  }

  /** {@return the MCP tool annotations (a copy), or null} */
  public @Nullable ObjectNode annotations() {
    return annotations == null ? null : annotations.deepCopy();
  }

  /** {@return the function answering calls} */
  public ToolFunction function() {
    return function;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ToolHandler t
        && name.equals(t.name)
        && Objects.equals(title, t.title)
        && Objects.equals(description, t.description)
        && inputSchema.equals(t.inputSchema)
        && Objects.equals(outputSchema, t.outputSchema)
        && Objects.equals(annotations, t.annotations)
        && function.equals(t.function);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, title, description, inputSchema, outputSchema, annotations, function);
  }

  @Override
  public String toString() {
    return "ToolHandler{name=" + name + ", title=" + title + ", description=" + description
        + ", inputSchema=" + inputSchema + "}";
  }

  /** Builds a {@link ToolHandler}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String title;
    private @Nullable String description;
    private @Nullable ObjectNode inputSchema;
    private @Nullable ObjectNode outputSchema;
    private @Nullable ObjectNode annotations;
    private @Nullable ToolFunction function;

    private Builder() {}

    /**
     * The tool name (required, not blank).
     *
     * @param name the tool's name, not blank
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * A human title.
     *
     * @param title the tool's title, or {@code null}
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * A description the model reads.
     *
     * @param description the tool's description, or {@code null}
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * The JSON schema of the arguments, as JSON text.
     *
     * @param jsonSchema the schema, a JSON object as text
     * @return this builder
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public Builder inputSchema(String jsonSchema) {
      this.inputSchema = object("inputSchema", parse("inputSchema", jsonSchema));
      return this;
    }

    /**
     * The JSON schema of the arguments.
     *
     * @param jsonSchema the schema, a JSON object
     * @return this builder
     * @throws IllegalArgumentException if it is not a JSON object
     */
    public Builder inputSchema(JsonNode jsonSchema) {
      this.inputSchema = object("inputSchema", jsonSchema);
      return this;
    }

    /**
     * The JSON schema of the structured result, as JSON text.
     *
     * @param jsonSchema the schema, a JSON object as text
     * @return this builder
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public Builder outputSchema(String jsonSchema) {
      this.outputSchema = object("outputSchema", parse("outputSchema", jsonSchema));
      return this;
    }

    /**
     * The JSON schema of the structured result.
     *
     * @param jsonSchema the schema, a JSON object
     * @return this builder
     * @throws IllegalArgumentException if it is not a JSON object
     */
    public Builder outputSchema(JsonNode jsonSchema) {
      this.outputSchema = object("outputSchema", jsonSchema);
      return this;
    }

    /**
     * MCP tool annotations such as {@code {"readOnlyHint": true}}, as JSON text.
     *
     * @param json the annotations, a JSON object as text
     * @return this builder
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public Builder annotations(String json) {
      this.annotations = object("annotations", parse("annotations", json));
      return this;
    }

    /**
     * The function answering calls (required).
     *
     * @param function the function that answers the tool's calls
     * @return this builder
     */
    public Builder handler(ToolFunction function) {
      this.function = Objects.requireNonNull(function, "handler");
      return this;
    }

    /**
     * Builds the tool.
     *
     * @return the tool
     * @throws IllegalStateException if the name or the handler is missing
     * @throws IllegalArgumentException if the name is blank
     */
    public ToolHandler build() {
      return new ToolHandler(this);
    }
  }
}
