package io.github.mistral4j.agents.model;

import io.github.mistral4j.core.internal.Models;
import io.github.mistral4j.core.internal.JsonMaps;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An agent: a model with instructions, tools and completion arguments, in one of its versions
 * (contract schema {@code Agent}).
 */
@JsonDeserialize(builder = Agent.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Agent {
  private final @Nullable String instructions;
  private final List<AgentTool> tools;
  private final @Nullable CompletionArgs completionArgs;
  private final List<GuardrailConfig> guardrails;
  private final String model;
  private final String name;
  private final @Nullable String description;
  private final List<String> handoffs;
  private final Map<String, JsonNode> metadata;
  private final @Nullable String object;
  private final String id;
  private final int version;
  private final List<Integer> versions;
  private final OffsetDateTime createdAt;
  private final OffsetDateTime updatedAt;
  private final boolean deploymentChat;
  private final String source;
  private final @Nullable String versionMessage;
  private final Map<String, JsonNode> additionalProperties;

  private Agent(Builder b) {
    this.instructions = b.instructions;
    this.tools = List.copyOf(b.tools);
    this.completionArgs = b.completionArgs;
    this.guardrails = List.copyOf(b.guardrails);
    this.model = Models.required(b.model, "Agent", "model");
    this.name = Models.required(b.name, "Agent", "name");
    this.description = b.description;
    this.handoffs = List.copyOf(b.handoffs);
    this.metadata = JsonMaps.freeze(b.metadata);
    this.object = b.object;
    this.id = Models.required(b.id, "Agent", "id");
    this.version = Models.required(b.version, "Agent", "version");
    this.versions = List.copyOf(b.versions);
    this.createdAt = Models.required(b.createdAt, "Agent", "created_at");
    this.updatedAt = Models.required(b.updatedAt, "Agent", "updated_at");
    this.deploymentChat = Models.required(b.deploymentChat, "Agent", "deployment_chat");
    this.source = Models.required(b.source, "Agent", "source");
    this.versionMessage = b.versionMessage;
    this.additionalProperties = JsonMaps.freeze(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.instructions = instructions;
    b.tools.addAll(tools);
    b.completionArgs = completionArgs;
    b.guardrails.addAll(guardrails);
    b.model = model;
    b.name = name;
    b.description = description;
    b.handoffs.addAll(handoffs);
    b.metadata.putAll(metadata);
    b.object = object;
    b.id = id;
    b.version = version;
    b.versions.addAll(versions);
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.deploymentChat = deploymentChat;
    b.source = source;
    b.versionMessage = versionMessage;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the instruction prompt the model follows in conversations, or {@code null}} */
  @JsonProperty("instructions")
  public @Nullable String instructions() {
    return instructions;
  }

  /** {@return the tools the model may use (empty when none)} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("tools")
  public List<AgentTool> tools() {
    return tools;
  }

  /** {@return default completion arguments, or {@code null}} */
  @JsonProperty("completion_args")
  public @Nullable CompletionArgs completionArgs() {
    return completionArgs;
  }

  /** {@return the moderation guardrails (empty when none)} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("guardrails")
  public List<GuardrailConfig> guardrails() {
    return guardrails;
  }

  /** {@return the model the agent runs on} */
  @JsonProperty("model")
  public String model() {
    return model;
  }

  /** {@return the agent's name} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return what the agent does, or {@code null}} */
  @JsonProperty("description")
  public @Nullable String description() {
    return description;
  }

  /** {@return Ids of the agents this agent may hand a conversation off to (empty when none)} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("handoffs")
  public List<String> handoffs() {
    return handoffs;
  }

  /** {@return free-form metadata (empty when none)} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("metadata")
  public Map<String, JsonNode> metadata() {
    return metadata;
  }

  /** {@return the object type, {@code agent}, or {@code null} when not sent} */
  @JsonProperty("object")
  public @Nullable String object() {
    return object;
  }

  /** {@return the agent's id} */
  @JsonProperty("id")
  public String id() {
    return id;
  }

  /** {@return the version this object describes} */
  @JsonProperty("version")
  public int version() {
    return version;
  }

  /** {@return every version number of the agent} */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonProperty("versions")
  public List<Integer> versions() {
    return versions;
  }

  /** {@return when the agent was created} */
  @JsonProperty("created_at")
  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /** {@return when the agent was last updated} */
  @JsonProperty("updated_at")
  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  /** {@return whether the agent is deployed to Le Chat} */
  @JsonProperty("deployment_chat")
  public boolean deploymentChat() {
    return deploymentChat;
  }

  /** {@return where the agent was created (for example {@code api})} */
  @JsonProperty("source")
  public String source() {
    return source;
  }

  /** {@return the message describing this version, or {@code null}} */
  @JsonProperty("version_message")
  public @Nullable String versionMessage() {
    return versionMessage;
  }

  /** {@return fields this SDK version does not know, as received; sent back unchanged} */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Agent other
        && Objects.equals(instructions, other.instructions)
        && tools.equals(other.tools)
        && Objects.equals(completionArgs, other.completionArgs)
        && guardrails.equals(other.guardrails)
        && model.equals(other.model)
        && name.equals(other.name)
        && Objects.equals(description, other.description)
        && handoffs.equals(other.handoffs)
        && metadata.equals(other.metadata)
        && Objects.equals(object, other.object)
        && id.equals(other.id)
        && version == other.version
        && versions.equals(other.versions)
        && createdAt.equals(other.createdAt)
        && updatedAt.equals(other.updatedAt)
        && deploymentChat == other.deploymentChat
        && source.equals(other.source)
        && Objects.equals(versionMessage, other.versionMessage)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        instructions,
        tools,
        completionArgs,
        guardrails,
        model,
        name,
        description,
        handoffs,
        metadata,
        object,
        id,
        version,
        versions,
        createdAt,
        updatedAt,
        deploymentChat,
        source,
        versionMessage,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "Agent{"
        + "instructions="
        + instructions
        + ", tools="
        + tools
        + ", completionArgs="
        + completionArgs
        + ", guardrails="
        + guardrails
        + ", model="
        + model
        + ", name="
        + name
        + ", description="
        + description
        + ", handoffs="
        + handoffs
        + ", metadata="
        + metadata
        + ", object="
        + object
        + ", id="
        + id
        + ", version="
        + version
        + ", versions="
        + versions
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + ", deploymentChat="
        + deploymentChat
        + ", source="
        + source
        + ", versionMessage="
        + versionMessage
        + JsonMaps.describeExtra(additionalProperties)
        + '}';
  }

  /** Builds {@link Agent}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder {
    private @Nullable String instructions;
    private final List<AgentTool> tools = new ArrayList<>();
    private @Nullable CompletionArgs completionArgs;
    private final List<GuardrailConfig> guardrails = new ArrayList<>();
    private @Nullable String model;
    private @Nullable String name;
    private @Nullable String description;
    private final List<String> handoffs = new ArrayList<>();
    private final Map<String, JsonNode> metadata = new LinkedHashMap<>();
    private @Nullable String object;
    private @Nullable String id;
    private @Nullable Integer version;
    private final List<Integer> versions = new ArrayList<>();
    private @Nullable OffsetDateTime createdAt;
    private @Nullable OffsetDateTime updatedAt;
    private @Nullable Boolean deploymentChat;
    private @Nullable String source;
    private @Nullable String versionMessage;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code instructions}; {@code null} leaves it out.
     *
     * @param instructions the instruction prompt the model follows in conversations, or {@code
     *     null}
     * @return this builder
     */
    @JsonProperty("instructions")
    public Builder instructions(@Nullable String instructions) {
      this.instructions = instructions;
      return this;
    }

    /**
     * Replaces {@code tools}; {@code null} means none.
     *
     * @param tools the tools the model may use (empty when none)
     * @return this builder
     */
    @JsonProperty("tools")
    public Builder tools(@Nullable List<? extends AgentTool> tools) {
      Models.replace(this.tools, tools, "tools");
      return this;
    }

    /**
     * Appends one item to {@code tools}.
     *
     * @param item the item
     * @return this builder
     */
    public Builder addTool(AgentTool item) {
      this.tools.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /**
     * Sets {@code completion_args}; {@code null} leaves it out.
     *
     * @param completionArgs default completion arguments, or {@code null}
     * @return this builder
     */
    @JsonProperty("completion_args")
    public Builder completionArgs(@Nullable CompletionArgs completionArgs) {
      this.completionArgs = completionArgs;
      return this;
    }

    /**
     * Replaces {@code guardrails}; {@code null} means none.
     *
     * @param guardrails the moderation guardrails (empty when none)
     * @return this builder
     */
    @JsonProperty("guardrails")
    public Builder guardrails(@Nullable List<? extends GuardrailConfig> guardrails) {
      Models.replace(this.guardrails, guardrails, "guardrails");
      return this;
    }

    /**
     * Appends one item to {@code guardrails}.
     *
     * @param item the item
     * @return this builder
     */
    public Builder addGuardrail(GuardrailConfig item) {
      this.guardrails.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /**
     * Sets {@code model} (required).
     *
     * @param model the model the agent runs on
     * @return this builder
     */
    @JsonProperty("model")
    public Builder model(String model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * Sets {@code name} (required).
     *
     * @param name the agent's name
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@code description}; {@code null} leaves it out.
     *
     * @param description what the agent does, or {@code null}
     * @return this builder
     */
    @JsonProperty("description")
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Replaces {@code handoffs}; {@code null} means none.
     *
     * @param handoffs ids of the agents this agent may hand a conversation off to (empty when none)
     * @return this builder
     */
    @JsonProperty("handoffs")
    public Builder handoffs(@Nullable List<? extends String> handoffs) {
      Models.replace(this.handoffs, handoffs, "handoffs");
      return this;
    }

    /**
     * Appends one item to {@code handoffs}.
     *
     * @param item the item
     * @return this builder
     */
    public Builder addHandoff(String item) {
      this.handoffs.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /**
     * Replaces {@code metadata}; values may be any JSON-serialisable object ({@code null} means
     * none).
     *
     * @param metadata free-form metadata (empty when none)
     * @return this builder
     */
    @JsonProperty("metadata")
    public Builder metadata(@Nullable Map<String, ?> metadata) {
      this.metadata.clear();
      this.metadata.putAll(JsonMaps.copyOf(metadata));
      return this;
    }

    /**
     * Puts one entry in {@code metadata}.
     *
     * @param key the key
     * @param value any JSON-serialisable value ({@code null} is JSON null)
     * @return this builder
     */
    public Builder putMetadata(String key, @Nullable Object value) {
      this.metadata.put(Objects.requireNonNull(key, "key"), JsonMaps.toTree(value));
      return this;
    }

    /**
     * Sets {@code object}; {@code null} leaves it out.
     *
     * @param object the object type, {@code agent}, or {@code null} when not sent
     * @return this builder
     */
    @JsonProperty("object")
    public Builder object(@Nullable String object) {
      this.object = object;
      return this;
    }

    /**
     * Sets {@code id} (required).
     *
     * @param id the agent's id
     * @return this builder
     */
    @JsonProperty("id")
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets {@code version} (required).
     *
     * @param version the version this object describes
     * @return this builder
     */
    @JsonProperty("version")
    public Builder version(int version) {
      this.version = version;
      return this;
    }

    /**
     * Replaces {@code versions}; {@code null} means none.
     *
     * @param versions every version number of the agent
     * @return this builder
     */
    @JsonProperty("versions")
    public Builder versions(@Nullable List<? extends Integer> versions) {
      Models.replace(this.versions, versions, "versions");
      return this;
    }

    /**
     * Appends one item to {@code versions}.
     *
     * @param item the item
     * @return this builder
     */
    public Builder addVersion(Integer item) {
      this.versions.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /**
     * Sets {@code created_at} (required).
     *
     * @param createdAt when the agent was created
     * @return this builder
     */
    @JsonProperty("created_at")
    public Builder createdAt(OffsetDateTime createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
      return this;
    }

    /**
     * Sets {@code updated_at} (required).
     *
     * @param updatedAt when the agent was last updated
     * @return this builder
     */
    @JsonProperty("updated_at")
    public Builder updatedAt(OffsetDateTime updatedAt) {
      this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
      return this;
    }

    /**
     * Sets {@code deployment_chat} (required).
     *
     * @param deploymentChat whether the agent is deployed to Le Chat
     * @return this builder
     */
    @JsonProperty("deployment_chat")
    public Builder deploymentChat(boolean deploymentChat) {
      this.deploymentChat = deploymentChat;
      return this;
    }

    /**
     * Sets {@code source} (required).
     *
     * @param source where the agent was created (for example {@code api})
     * @return this builder
     */
    @JsonProperty("source")
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets {@code version_message}; {@code null} leaves it out.
     *
     * @param versionMessage the message describing this version, or {@code null}
     * @return this builder
     */
    @JsonProperty("version_message")
    public Builder versionMessage(@Nullable String versionMessage) {
      this.versionMessage = versionMessage;
      return this;
    }

    /**
     * Keeps a field this SDK version does not know.
     *
     * @param name the JSON name
     * @param value the JSON value
     * @return this builder
     */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, @Nullable JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name"), JsonMaps.orNull(value));
      return this;
    }

    /**
     * Builds the object.
     *
     * @return the Agent
     * @throws NullPointerException when a required field ({@code model}, {@code name}, {@code id},
     *     {@code version}, {@code created_at}, {@code updated_at}, {@code deployment_chat}, {@code
     *     source}) is missing
     */
    public Agent build() {
      return new Agent(this);
    }
  }
}
