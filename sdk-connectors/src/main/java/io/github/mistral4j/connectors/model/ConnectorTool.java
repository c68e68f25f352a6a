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
import io.github.mistral4j.connectors.internal.LenientDateTimeDeserializer;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A tool of a connector as Mistral stores it (in {@link Connector#tools()}). */
@JsonDeserialize(builder = ConnectorTool.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ConnectorTool {
  private final String id;
  private final String name;
  private final String description;
  private final @Nullable String systemPrompt;
  private final @Nullable ConnectorLocale locale;
  private final @Nullable JsonNode jsonschema;
  private final @Nullable ExecutionConfig executionConfig;
  private final ResourceVisibility visibility;
  private final OffsetDateTime createdAt;
  private final OffsetDateTime modifiedAt;
  private final @Nullable Boolean active;
  private final Map<String, JsonNode> additionalProperties;

  private ConnectorTool(Builder b) {
    this.id = Models.required(b.id, "ConnectorTool", "id");
    this.name = Models.required(b.name, "ConnectorTool", "name");
    this.description = Models.required(b.description, "ConnectorTool", "description");
    this.systemPrompt = b.systemPrompt;
    this.locale = b.locale;
    this.jsonschema = b.jsonschema;
    this.executionConfig = b.executionConfig;
    this.visibility = Models.required(b.visibility, "ConnectorTool", "visibility");
    this.createdAt = Models.required(b.createdAt, "ConnectorTool", "created_at");
    this.modifiedAt = Models.required(b.modifiedAt, "ConnectorTool", "modified_at");
    this.active = b.active;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.description = description;
    b.systemPrompt = systemPrompt;
    b.locale = locale;
    b.jsonschema = jsonschema;
    b.executionConfig = executionConfig;
    b.visibility = visibility;
    b.createdAt = createdAt;
    b.modifiedAt = modifiedAt;
    b.active = active;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the tool's id} */
  @JsonProperty("id")
  public String id() {
    return id;
  }

  /** {@return the tool's name} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return what the tool does} */
  @JsonProperty("description")
  public String description() {
    return description;
  }

  /** {@return the tool's system prompt, or {@code null}} */
  @JsonProperty("system_prompt")
  public @Nullable String systemPrompt() {
    return systemPrompt;
  }

  /** {@return localised texts (the contract's {@code ConnectorToolLocale}), or {@code null}} */
  @JsonProperty("locale")
  public @Nullable ConnectorLocale locale() {
    return locale;
  }

  /** {@return the JSON Schema of the tool's arguments (a copy), or {@code null}} */
  @JsonProperty("jsonschema")
  public @Nullable JsonNode jsonschema() {
    return jsonschema == null ? null : jsonschema.deepCopy();
  }

  /** {@return how the tool runs, or {@code null}} */
  @JsonProperty("execution_config")
  public @Nullable ExecutionConfig executionConfig() {
    return executionConfig;
  }

  /** {@return who can see the tool} */
  @JsonProperty("visibility")
  public ResourceVisibility visibility() {
    return visibility;
  }

  /** {@return when the tool was created} */
  @JsonProperty("created_at")
  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /** {@return when the tool was last modified} */
  @JsonProperty("modified_at")
  public OffsetDateTime modifiedAt() {
    return modifiedAt;
  }

  /** {@return whether the tool is active, or {@code null}} */
  @JsonProperty("active")
  public @Nullable Boolean active() {
    return active;
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
    if (!(o instanceof ConnectorTool other)) {
      return false;
    }
    return Objects.equals(id, other.id)
        && Objects.equals(name, other.name)
        && Objects.equals(description, other.description)
        && Objects.equals(systemPrompt, other.systemPrompt)
        && Objects.equals(locale, other.locale)
        && Objects.equals(jsonschema, other.jsonschema)
        && Objects.equals(executionConfig, other.executionConfig)
        && Objects.equals(visibility, other.visibility)
        && Objects.equals(createdAt, other.createdAt)
        && Objects.equals(modifiedAt, other.modifiedAt)
        && Objects.equals(active, other.active)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, description, systemPrompt, locale, jsonschema, executionConfig, visibility, createdAt, modifiedAt, active, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ConnectorTool")
        .add("id", id)
        .add("name", name)
        .add("description", description)
        .add("systemPrompt", systemPrompt)
        .add("locale", locale)
        .json("jsonschema", jsonschema)
        .add("executionConfig", executionConfig)
        .add("visibility", visibility)
        .add("createdAt", createdAt)
        .add("modifiedAt", modifiedAt)
        .add("active", active)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ConnectorTool}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable String systemPrompt;
    private @Nullable ConnectorLocale locale;
    private @Nullable JsonNode jsonschema;
    private @Nullable ExecutionConfig executionConfig;
    private @Nullable ResourceVisibility visibility;
    private @Nullable OffsetDateTime createdAt;
    private @Nullable OffsetDateTime modifiedAt;
    private @Nullable Boolean active;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ConnectorTool#id()}. Required.
     *
     * @param id the tool's id
     * @return this builder
     */
    @JsonProperty("id")
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets {@link ConnectorTool#name()}. Required.
     *
     * @param name the tool's name
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link ConnectorTool#description()}. Required.
     *
     * @param description what the tool does
     * @return this builder
     */
    @JsonProperty("description")
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets {@link ConnectorTool#systemPrompt()}. {@code null} unsets it.
     *
     * @param systemPrompt the tool's system prompt, or {@code null}
     * @return this builder
     */
    @JsonProperty("system_prompt")
    public Builder systemPrompt(@Nullable String systemPrompt) {
      this.systemPrompt = systemPrompt;
      return this;
    }

    /**
     * Sets {@link ConnectorTool#locale()}. {@code null} unsets it.
     *
     * @param locale localised texts (the contract's {@code ConnectorToolLocale}), or {@code null}
     * @return this builder
     */
    @JsonProperty("locale")
    public Builder locale(@Nullable ConnectorLocale locale) {
      this.locale = locale;
      return this;
    }

    /**
     * Sets {@link ConnectorTool#jsonschema()}. The tree is copied; {@code null} unsets it.
     *
     * @param jsonschema the JSON Schema of the tool's arguments (a copy), or {@code null}
     * @return this builder
     */
    @JsonProperty("jsonschema")
    public Builder jsonschema(@Nullable JsonNode jsonschema) {
      this.jsonschema = Models.node(jsonschema);
      return this;
    }

    /**
     * Sets {@link ConnectorTool#executionConfig()}. {@code null} unsets it.
     *
     * @param executionConfig how the tool runs, or {@code null}
     * @return this builder
     */
    @JsonProperty("execution_config")
    public Builder executionConfig(@Nullable ExecutionConfig executionConfig) {
      this.executionConfig = executionConfig;
      return this;
    }

    /**
     * Sets {@link ConnectorTool#visibility()}. Required.
     *
     * @param visibility who can see the tool
     * @return this builder
     */
    @JsonProperty("visibility")
    public Builder visibility(ResourceVisibility visibility) {
      this.visibility = Objects.requireNonNull(visibility, "visibility");
      return this;
    }

    /**
     * Sets {@link ConnectorTool#createdAt()}. Required.
     *
     * @param createdAt when the tool was created
     * @return this builder
     */
    @JsonProperty("created_at")
    @JsonDeserialize(using = LenientDateTimeDeserializer.class)
    public Builder createdAt(OffsetDateTime createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
      return this;
    }

    /**
     * Sets {@link ConnectorTool#modifiedAt()}. Required.
     *
     * @param modifiedAt when the tool was last modified
     * @return this builder
     */
    @JsonProperty("modified_at")
    @JsonDeserialize(using = LenientDateTimeDeserializer.class)
    public Builder modifiedAt(OffsetDateTime modifiedAt) {
      this.modifiedAt = Objects.requireNonNull(modifiedAt, "modifiedAt");
      return this;
    }

    /**
     * Sets {@link ConnectorTool#active()}. {@code null} unsets it.
     *
     * @param active whether the tool is active, or {@code null}
     * @return this builder
     */
    @JsonProperty("active")
    public Builder active(@Nullable Boolean active) {
      this.active = active;
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
     * Builds the {@link ConnectorTool}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ConnectorTool build() {
      return new ConnectorTool(this);
    }
  }
}
