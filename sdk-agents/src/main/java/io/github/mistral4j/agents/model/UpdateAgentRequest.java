package io.github.mistral4j.agents.model;

import io.github.mistral4j.core.internal.Checks;
import io.github.mistral4j.core.internal.JsonMaps;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.core.model.Tristate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The body of an update-agent request (contract schema {@code UpdateAgentRequest}). An update
 * creates a new version of the agent. Each field is tri-state: not set (left out, unchanged), set
 * (sent), or cleared (sent as JSON {@code null}) where clearing makes sense:
 *
 * <pre>{@code
 * UpdateAgentRequest.builder().description("Weather bot").clearHandoffs().build()
 * // {"description":"Weather bot","handoffs":null}
 * }</pre>
 *
 * <p>{@link Builder#tools(List)} replaces the agent's whole tool list: pass every tool the agent
 * keeps (an empty list removes them all); there is no way to add or remove a single tool. The same
 * holds for {@code guardrails}, {@code handoffs} and {@code metadata}.
 *
 * <p>The contract also accepts {@code null} for {@code model}, {@code name}, {@code
 * deployment_chat} and {@code version_message}; the builder only sets them, since clearing them has
 * no meaning. {@code tools} and {@code completion_args} cannot be null.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class UpdateAgentRequest {
  private final Tristate<String> instructions;
  private final Tristate<List<AgentTool>> tools;
  private final Tristate<CompletionArgs> completionArgs;
  private final Tristate<List<GuardrailConfig>> guardrails;
  private final Tristate<String> model;
  private final Tristate<String> name;
  private final Tristate<String> description;
  private final Tristate<List<String>> handoffs;
  private final Tristate<Boolean> deploymentChat;
  private final Tristate<Map<String, JsonNode>> metadata;
  private final Tristate<String> versionMessage;

  private UpdateAgentRequest(Builder b) {
    this.instructions = b.instructions;
    this.tools = b.tools;
    this.completionArgs = b.completionArgs;
    this.guardrails = b.guardrails;
    this.model = b.model;
    this.name = b.name;
    this.description = b.description;
    this.handoffs = b.handoffs;
    this.deploymentChat = b.deploymentChat;
    this.metadata = b.metadata;
    this.versionMessage = b.versionMessage;
  }

  /** {@return a new builder with every field left out} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this request} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.instructions = instructions;
    b.tools = tools;
    b.completionArgs = completionArgs;
    b.guardrails = guardrails;
    b.model = model;
    b.name = name;
    b.description = description;
    b.handoffs = handoffs;
    b.deploymentChat = deploymentChat;
    b.metadata = metadata;
    b.versionMessage = versionMessage;
    return b;
  }

  /** {@return the new instruction prompt} */
  @JsonProperty("instructions")
  public Tristate<String> instructions() {
    return instructions;
  }

  /** {@return the new, complete tool list (it replaces the current one)} */
  @JsonProperty("tools")
  public Tristate<List<AgentTool>> tools() {
    return tools;
  }

  /** {@return the new completion arguments} */
  @JsonProperty("completion_args")
  public Tristate<CompletionArgs> completionArgs() {
    return completionArgs;
  }

  /** {@return the new, complete guardrail list} */
  @JsonProperty("guardrails")
  public Tristate<List<GuardrailConfig>> guardrails() {
    return guardrails;
  }

  /** {@return the new model} */
  @JsonProperty("model")
  public Tristate<String> model() {
    return model;
  }

  /** {@return the new name} */
  @JsonProperty("name")
  public Tristate<String> name() {
    return name;
  }

  /** {@return the new description} */
  @JsonProperty("description")
  public Tristate<String> description() {
    return description;
  }

  /** {@return the new, complete list of agents this agent may hand off to} */
  @JsonProperty("handoffs")
  public Tristate<List<String>> handoffs() {
    return handoffs;
  }

  /** {@return whether the agent is deployed to Le Chat} */
  @JsonProperty("deployment_chat")
  public Tristate<Boolean> deploymentChat() {
    return deploymentChat;
  }

  /** {@return the new, complete metadata} */
  @JsonProperty("metadata")
  public Tristate<Map<String, JsonNode>> metadata() {
    return metadata;
  }

  /** {@return the message describing the new version} */
  @JsonProperty("version_message")
  public Tristate<String> versionMessage() {
    return versionMessage;
  }

  /**
   * {@return whether no field is set or cleared (the request would change nothing but the version)}
   */
  @JsonIgnore
  public boolean isEmpty() {
    return fields().stream().allMatch(Tristate::isAbsent);
  }

  private List<Tristate<?>> fields() {
    return List.of(
        instructions,
        tools,
        completionArgs,
        guardrails,
        model,
        name,
        description,
        handoffs,
        deploymentChat,
        metadata,
        versionMessage);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UpdateAgentRequest other && fields().equals(other.fields());
  }

  @Override
  public int hashCode() {
    return fields().hashCode();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("UpdateAgentRequest{");
    String[] names = {
      "instructions",
      "tools",
      "completionArgs",
      "guardrails",
      "model",
      "name",
      "description",
      "handoffs",
      "deploymentChat",
      "metadata",
      "versionMessage"
    };
    List<Tristate<?>> fields = fields();
    String separator = "";
    for (int i = 0; i < names.length; i++) {
      if (!fields.get(i).isAbsent()) {
        out.append(separator).append(names[i]).append('=').append(fields.get(i));
        separator = ", ";
      }
    }
    return out.append('}').toString();
  }

  /** Builds {@link UpdateAgentRequest}; a field not touched is left out of the request. */
  public static final class Builder {
    private Tristate<String> instructions = Tristate.absent();
    private Tristate<List<AgentTool>> tools = Tristate.absent();
    private Tristate<CompletionArgs> completionArgs = Tristate.absent();
    private Tristate<List<GuardrailConfig>> guardrails = Tristate.absent();
    private Tristate<String> model = Tristate.absent();
    private Tristate<String> name = Tristate.absent();
    private Tristate<String> description = Tristate.absent();
    private Tristate<List<String>> handoffs = Tristate.absent();
    private Tristate<Boolean> deploymentChat = Tristate.absent();
    private Tristate<Map<String, JsonNode>> metadata = Tristate.absent();
    private Tristate<String> versionMessage = Tristate.absent();

    private Builder() {}

    /**
     * Sets the instruction prompt.
     *
     * @param instructions the prompt
     * @return this builder
     */
    public Builder instructions(String instructions) {
      this.instructions = Tristate.of(Objects.requireNonNull(instructions, "instructions"));
      return this;
    }

    /**
     * Sends {@code instructions: null}, removing the instruction prompt.
     *
     * @return this builder
     */
    public Builder clearInstructions() {
      this.instructions = Tristate.cleared();
      return this;
    }

    /**
     * Replaces the agent's whole tool list with these tools; an empty list removes every tool.
     *
     * @param tools every tool the agent has after the update
     * @return this builder
     * @throws IllegalArgumentException when a tool breaks the contract's limits
     */
    public Builder tools(List<? extends AgentTool> tools) {
      List<AgentTool> copy = copy("tools", tools, AgentTool.class::cast);
      this.tools = Tristate.of(RequestChecks.tools(copy));
      return this;
    }

    /**
     * Sets the completion arguments.
     *
     * @param completionArgs the arguments
     * @return this builder
     * @throws IllegalArgumentException when a value is outside the contract's range
     */
    public Builder completionArgs(CompletionArgs completionArgs) {
      Objects.requireNonNull(completionArgs, "completionArgs");
      this.completionArgs =
          Tristate.of(Objects.requireNonNull(RequestChecks.completionArgs(completionArgs)));
      return this;
    }

    /**
     * Replaces the whole guardrail list.
     *
     * @param guardrails every guardrail the agent has after the update
     * @return this builder
     */
    public Builder guardrails(List<? extends GuardrailConfig> guardrails) {
      this.guardrails = Tristate.of(copy("guardrails", guardrails, GuardrailConfig.class::cast));
      return this;
    }

    /**
     * Sends {@code guardrails: null}, removing every guardrail.
     *
     * @return this builder
     */
    public Builder clearGuardrails() {
      this.guardrails = Tristate.cleared();
      return this;
    }

    /**
     * Sets the model.
     *
     * @param model the model, not blank
     * @return this builder
     */
    public Builder model(String model) {
      this.model = Tristate.of(Checks.notBlank("model", model));
      return this;
    }

    /**
     * Sets the name.
     *
     * @param name the name, not blank
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Tristate.of(Checks.notBlank("name", name));
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Tristate.of(Objects.requireNonNull(description, "description"));
      return this;
    }

    /**
     * Sends {@code description: null}, removing the description.
     *
     * @return this builder
     */
    public Builder clearDescription() {
      this.description = Tristate.cleared();
      return this;
    }

    /**
     * Replaces the whole list of agents this agent may hand off to.
     *
     * @param handoffs agent ids, at least one (use {@link #clearHandoffs()} for none)
     * @return this builder
     * @throws IllegalArgumentException when the list is empty
     */
    public Builder handoffs(List<String> handoffs) {
      this.handoffs =
          Tristate.of(RequestChecks.handoffs(copy("handoffs", handoffs, String.class::cast)));
      return this;
    }

    /**
     * Sends {@code handoffs: null}, removing every handoff.
     *
     * @return this builder
     */
    public Builder clearHandoffs() {
      this.handoffs = Tristate.cleared();
      return this;
    }

    /**
     * Sets whether the agent is deployed to Le Chat.
     *
     * @param deploymentChat true to deploy
     * @return this builder
     */
    public Builder deploymentChat(boolean deploymentChat) {
      this.deploymentChat = Tristate.of(deploymentChat);
      return this;
    }

    /**
     * Replaces the whole metadata.
     *
     * @param metadata the metadata; values may be any JSON-serialisable object
     * @return this builder
     */
    public Builder metadata(Map<String, ?> metadata) {
      this.metadata =
          Tristate.of(
              Collections.unmodifiableMap(
                  JsonMaps.copyOf(Objects.requireNonNull(metadata, "metadata"))));
      return this;
    }

    /**
     * Sends {@code metadata: null}, removing the metadata.
     *
     * @return this builder
     */
    public Builder clearMetadata() {
      this.metadata = Tristate.cleared();
      return this;
    }

    /**
     * Sets the message describing the new version.
     *
     * @param versionMessage at most 500 characters
     * @return this builder
     * @throws IllegalArgumentException when longer than 500 characters
     */
    public Builder versionMessage(String versionMessage) {
      Objects.requireNonNull(versionMessage, "versionMessage");
      this.versionMessage =
          Tristate.of(Objects.requireNonNull(RequestChecks.versionMessage(versionMessage)));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public UpdateAgentRequest build() {
      return new UpdateAgentRequest(this);
    }

    private static <T> List<T> copy(String field, List<?> items, Function<Object, T> cast) {
      Objects.requireNonNull(items, field);
      List<T> out = new ArrayList<>(items.size());
      for (Object item : items) {
        out.add(cast.apply(Objects.requireNonNull(item, () -> field + " must not contain null")));
      }
      return Collections.unmodifiableList(out);
    }
  }
}
