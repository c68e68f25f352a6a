package io.github.mistral4j.agents.model;

import io.github.mistral4j.core.internal.Checks;
import io.github.mistral4j.core.internal.Models;
import io.github.mistral4j.core.internal.JsonMaps;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of a create-agent request (contract schema {@code CreateAgentRequest}): {@code model}
 * and {@code name} are required, everything else is optional.
 */
@JsonDeserialize(builder = CreateAgentRequest.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class CreateAgentRequest {
  private final @Nullable String instructions;
  private final List<AgentTool> tools;
  private final @Nullable CompletionArgs completionArgs;
  private final List<GuardrailConfig> guardrails;
  private final String model;
  private final String name;
  private final @Nullable String description;
  private final List<String> handoffs;
  private final Map<String, JsonNode> metadata;
  private final @Nullable String versionMessage;

  private CreateAgentRequest(Builder b) {
    this.instructions = b.instructions;
    this.tools = List.copyOf(b.tools);
    this.completionArgs = b.completionArgs;
    this.guardrails = List.copyOf(b.guardrails);
    this.model = Models.required(b.model, "CreateAgentRequest", "model");
    this.name = Models.required(b.name, "CreateAgentRequest", "name");
    this.description = b.description;
    this.handoffs = List.copyOf(b.handoffs);
    this.metadata = JsonMaps.freeze(b.metadata);
    this.versionMessage = b.versionMessage;
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
    b.versionMessage = versionMessage;
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

  /** {@return a message describing the first version, at most 500 characters, or {@code null}} */
  @JsonProperty("version_message")
  public @Nullable String versionMessage() {
    return versionMessage;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof CreateAgentRequest other
        && Objects.equals(instructions, other.instructions)
        && tools.equals(other.tools)
        && Objects.equals(completionArgs, other.completionArgs)
        && guardrails.equals(other.guardrails)
        && model.equals(other.model)
        && name.equals(other.name)
        && Objects.equals(description, other.description)
        && handoffs.equals(other.handoffs)
        && metadata.equals(other.metadata)
        && Objects.equals(versionMessage, other.versionMessage);
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
        versionMessage);
  }

  @Override
  public String toString() {
    return "CreateAgentRequest{"
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
        + ", versionMessage="
        + versionMessage
        + '}';
  }

  /** Builds {@link CreateAgentRequest}. */
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
    private @Nullable String versionMessage;

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
      if (tools != null) {
        RequestChecks.tools(tools);
      }
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
      Objects.requireNonNull(item, "item");
      this.tools.add(RequestChecks.tool("tools[" + this.tools.size() + "]", item));
      return this;
    }

    /**
     * Sets {@code completion_args}; {@code null} leaves it out. Values outside the contract's
     * ranges are rejected here.
     *
     * @param completionArgs default completion arguments, or {@code null}
     * @return this builder
     */
    @JsonProperty("completion_args")
    public Builder completionArgs(@Nullable CompletionArgs completionArgs) {
      this.completionArgs = RequestChecks.completionArgs(completionArgs);
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
     * Sets {@code model} (required, not blank).
     *
     * @param model the model the agent runs on
     * @return this builder
     */
    @JsonProperty("model")
    public Builder model(String model) {
      this.model = Checks.notBlank("model", model);
      return this;
    }

    /**
     * Sets {@code name} (required, not blank).
     *
     * @param name the agent's name
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Checks.notBlank("name", name);
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
     * Replaces {@code handoffs}; {@code null} means none. When set, the list must not be empty.
     *
     * @param handoffs ids of the agents this agent may hand a conversation off to (empty when none)
     * @return this builder
     */
    @JsonProperty("handoffs")
    public Builder handoffs(@Nullable List<? extends String> handoffs) {
      if (handoffs != null) {
        RequestChecks.handoffs(handoffs);
      }
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
     * Sets {@code version_message}; {@code null} leaves it out.
     *
     * @param versionMessage a message describing the first version, at most 500 characters, or
     *     {@code null}
     * @return this builder
     */
    @JsonProperty("version_message")
    public Builder versionMessage(@Nullable String versionMessage) {
      this.versionMessage = RequestChecks.versionMessage(versionMessage);
      return this;
    }

    /**
     * Builds the object.
     *
     * @return the CreateAgentRequest
     * @throws NullPointerException when a required field ({@code model}, {@code name}) is missing
     */
    public CreateAgentRequest build() {
      return new CreateAgentRequest(this);
    }
  }
}
