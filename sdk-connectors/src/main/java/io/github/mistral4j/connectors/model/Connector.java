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
import io.github.mistral4j.connectors.mcp.McpServerCard;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A connector: a remote MCP server registered with Mistral, with its visibility, authentication
 * and tools.
 */
@JsonDeserialize(builder = Connector.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Connector {
  private final String id;
  private final String name;
  private final @Nullable String title;
  private final String description;
  private final OffsetDateTime createdAt;
  private final OffsetDateTime modifiedAt;
  private final @Nullable String server;
  private final ConnectorProtocol protocol;
  private final @Nullable String iconUrl;
  private final @Nullable McpServerCard serverCard;
  private final @Nullable String ownerId;
  private final ConsumerType ownerType;
  private final ResourceVisibility visibility;
  private final @Nullable String creatorId;
  private final @Nullable ConnectorLocale locale;
  private final @Nullable String systemPrompt;
  private final List<PublicAuthenticationMethod> supportedAuthMethods;
  private final List<ConnectionPreference> connectionPreferences;
  private final List<AuthenticationConfiguration> connectionCredentials;
  private final @Nullable Boolean active;
  private final boolean privateToolExecution;
  private final boolean mistral;
  private final @Nullable Boolean isAuthenticated;
  private final List<ConnectorTool> tools;
  private final @Nullable String systemPromptRoute;
  private final @Nullable PublicConnectionConfig connectionConfig;
  private final @Nullable PublicExecutionEnv executionEnv;
  private final Map<String, JsonNode> additionalProperties;

  private Connector(Builder b) {
    this.id = Models.required(b.id, "Connector", "id");
    this.name = Models.required(b.name, "Connector", "name");
    this.title = b.title;
    this.description = Models.required(b.description, "Connector", "description");
    this.createdAt = Models.required(b.createdAt, "Connector", "created_at");
    this.modifiedAt = Models.required(b.modifiedAt, "Connector", "modified_at");
    this.server = b.server;
    this.protocol = b.protocol;
    this.iconUrl = b.iconUrl;
    this.serverCard = b.serverCard;
    this.ownerId = b.ownerId;
    this.ownerType = Models.required(b.ownerType, "Connector", "owner_type");
    this.visibility = Models.required(b.visibility, "Connector", "visibility");
    this.creatorId = b.creatorId;
    this.locale = b.locale;
    this.systemPrompt = b.systemPrompt;
    this.supportedAuthMethods = Models.list(b.supportedAuthMethods);
    this.connectionPreferences = Models.list(b.connectionPreferences);
    this.connectionCredentials = Models.list(b.connectionCredentials);
    this.active = b.active;
    this.privateToolExecution = Models.required(b.privateToolExecution, "Connector", "private_tool_execution");
    this.mistral = b.mistral;
    this.isAuthenticated = b.isAuthenticated;
    this.tools = Models.list(b.tools);
    this.systemPromptRoute = b.systemPromptRoute;
    this.connectionConfig = b.connectionConfig;
    this.executionEnv = b.executionEnv;
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
    b.title = title;
    b.description = description;
    b.createdAt = createdAt;
    b.modifiedAt = modifiedAt;
    b.server = server;
    b.protocol = protocol;
    b.iconUrl = iconUrl;
    b.serverCard = serverCard;
    b.ownerId = ownerId;
    b.ownerType = ownerType;
    b.visibility = visibility;
    b.creatorId = creatorId;
    b.locale = locale;
    b.systemPrompt = systemPrompt;
    b.supportedAuthMethods = Models.mutableList(supportedAuthMethods);
    b.connectionPreferences = Models.mutableList(connectionPreferences);
    b.connectionCredentials = Models.mutableList(connectionCredentials);
    b.active = active;
    b.privateToolExecution = privateToolExecution;
    b.mistral = mistral;
    b.isAuthenticated = isAuthenticated;
    b.tools = Models.mutableList(tools);
    b.systemPromptRoute = systemPromptRoute;
    b.connectionConfig = connectionConfig;
    b.executionEnv = executionEnv;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the connector's UUID} */
  @JsonProperty("id")
  public String id() {
    return id;
  }

  /** {@return the connector's unique name} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return a human-readable title, or {@code null}} */
  @JsonProperty("title")
  public @Nullable String title() {
    return title;
  }

  /** {@return what the connector offers} */
  @JsonProperty("description")
  public String description() {
    return description;
  }

  /** {@return when the connector was created} */
  @JsonProperty("created_at")
  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /** {@return when the connector was last modified} */
  @JsonProperty("modified_at")
  public OffsetDateTime modifiedAt() {
    return modifiedAt;
  }

  /** {@return the MCP server's URL, or {@code null}} */
  @JsonProperty("server")
  public @Nullable String server() {
    return server;
  }

  /** {@return the protocol (default {@code mcp})} */
  @JsonProperty("protocol")
  public ConnectorProtocol protocol() {
    return protocol;
  }

  /** {@return the icon's URL, or {@code null}} */
  @JsonProperty("icon_url")
  public @Nullable String iconUrl() {
    return iconUrl;
  }

  /** {@return the MCP server card, or {@code null}} */
  @JsonProperty("server_card")
  public @Nullable McpServerCard serverCard() {
    return serverCard;
  }

  /** {@return the owner's id, or {@code null}} */
  @JsonProperty("owner_id")
  public @Nullable String ownerId() {
    return ownerId;
  }

  /**
   * {@return the kind of owner; decoded from a string or an integer code (see
   * {@link ConsumerType})}
   */
  @JsonProperty("owner_type")
  public ConsumerType ownerType() {
    return ownerType;
  }

  /** {@return who can see the connector} */
  @JsonProperty("visibility")
  public ResourceVisibility visibility() {
    return visibility;
  }

  /** {@return the creator's id, or {@code null}} */
  @JsonProperty("creator_id")
  public @Nullable String creatorId() {
    return creatorId;
  }

  /** {@return localised texts, or {@code null}} */
  @JsonProperty("locale")
  public @Nullable ConnectorLocale locale() {
    return locale;
  }

  /** {@return the system prompt, or {@code null}} */
  @JsonProperty("system_prompt")
  public @Nullable String systemPrompt() {
    return systemPrompt;
  }

  /** {@return the authentication methods the connector supports; empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("supported_auth_methods")
  public List<PublicAuthenticationMethod> supportedAuthMethods() {
    return supportedAuthMethods;
  }

  /** {@return the tool execution preferences of its connections; empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("connection_preferences")
  public List<ConnectionPreference> connectionPreferences() {
    return connectionPreferences;
  }

  /** {@return the credentials configured for it (without secrets); empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("connection_credentials")
  public List<AuthenticationConfiguration> connectionCredentials() {
    return connectionCredentials;
  }

  /** {@return whether it is active for the caller, or {@code null}} */
  @JsonProperty("active")
  public @Nullable Boolean active() {
    return active;
  }

  /** {@return whether its tools run privately} */
  @JsonProperty("private_tool_execution")
  public boolean privateToolExecution() {
    return privateToolExecution;
  }

  /** {@return whether Mistral provides it (default false)} */
  @JsonProperty("mistral")
  public boolean mistral() {
    return mistral;
  }

  /** {@return whether the caller has working credentials, or {@code null}} */
  @JsonProperty("is_authenticated")
  public @Nullable Boolean isAuthenticated() {
    return isAuthenticated;
  }

  /** {@return its tools as Mistral stores them; empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("tools")
  public List<ConnectorTool> tools() {
    return tools;
  }

  /** {@return the route of the system prompt, or {@code null}} */
  @JsonProperty("system_prompt_route")
  public @Nullable String systemPromptRoute() {
    return systemPromptRoute;
  }

  /** {@return how Mistral connects to the server, or {@code null}} */
  @JsonProperty("connection_config")
  public @Nullable PublicConnectionConfig connectionConfig() {
    return connectionConfig;
  }

  /** {@return the execution environment (without credentials), or {@code null}} */
  @JsonProperty("execution_env")
  public @Nullable PublicExecutionEnv executionEnv() {
    return executionEnv;
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
    if (!(o instanceof Connector other)) {
      return false;
    }
    return Objects.equals(id, other.id)
        && Objects.equals(name, other.name)
        && Objects.equals(title, other.title)
        && Objects.equals(description, other.description)
        && Objects.equals(createdAt, other.createdAt)
        && Objects.equals(modifiedAt, other.modifiedAt)
        && Objects.equals(server, other.server)
        && Objects.equals(protocol, other.protocol)
        && Objects.equals(iconUrl, other.iconUrl)
        && Objects.equals(serverCard, other.serverCard)
        && Objects.equals(ownerId, other.ownerId)
        && Objects.equals(ownerType, other.ownerType)
        && Objects.equals(visibility, other.visibility)
        && Objects.equals(creatorId, other.creatorId)
        && Objects.equals(locale, other.locale)
        && Objects.equals(systemPrompt, other.systemPrompt)
        && Objects.equals(supportedAuthMethods, other.supportedAuthMethods)
        && Objects.equals(connectionPreferences, other.connectionPreferences)
        && Objects.equals(connectionCredentials, other.connectionCredentials)
        && Objects.equals(active, other.active)
        && privateToolExecution == other.privateToolExecution
        && mistral == other.mistral
        && Objects.equals(isAuthenticated, other.isAuthenticated)
        && Objects.equals(tools, other.tools)
        && Objects.equals(systemPromptRoute, other.systemPromptRoute)
        && Objects.equals(connectionConfig, other.connectionConfig)
        && Objects.equals(executionEnv, other.executionEnv)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, title, description, createdAt, modifiedAt, server, protocol, iconUrl, serverCard, ownerId, ownerType, visibility, creatorId, locale, systemPrompt, supportedAuthMethods, connectionPreferences, connectionCredentials, active, privateToolExecution, mistral, isAuthenticated, tools, systemPromptRoute, connectionConfig, executionEnv, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("Connector")
        .add("id", id)
        .add("name", name)
        .add("title", title)
        .add("description", description)
        .add("createdAt", createdAt)
        .add("modifiedAt", modifiedAt)
        .add("server", server)
        .add("protocol", protocol)
        .add("iconUrl", iconUrl)
        .add("serverCard", serverCard)
        .add("ownerId", ownerId)
        .add("ownerType", ownerType)
        .add("visibility", visibility)
        .add("creatorId", creatorId)
        .add("locale", locale)
        .add("systemPrompt", systemPrompt)
        .add("supportedAuthMethods", supportedAuthMethods)
        .add("connectionPreferences", connectionPreferences)
        .add("connectionCredentials", connectionCredentials)
        .add("active", active)
        .add("privateToolExecution", privateToolExecution)
        .add("mistral", mistral)
        .add("isAuthenticated", isAuthenticated)
        .add("tools", tools)
        .add("systemPromptRoute", systemPromptRoute)
        .add("connectionConfig", connectionConfig)
        .add("executionEnv", executionEnv)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link Connector}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String title;
    private @Nullable String description;
    private @Nullable OffsetDateTime createdAt;
    private @Nullable OffsetDateTime modifiedAt;
    private @Nullable String server;
    private ConnectorProtocol protocol = ConnectorProtocol.MCP;
    private @Nullable String iconUrl;
    private @Nullable McpServerCard serverCard;
    private @Nullable String ownerId;
    private @Nullable ConsumerType ownerType;
    private @Nullable ResourceVisibility visibility;
    private @Nullable String creatorId;
    private @Nullable ConnectorLocale locale;
    private @Nullable String systemPrompt;
    private List<PublicAuthenticationMethod> supportedAuthMethods = new ArrayList<>();
    private List<ConnectionPreference> connectionPreferences = new ArrayList<>();
    private List<AuthenticationConfiguration> connectionCredentials = new ArrayList<>();
    private @Nullable Boolean active;
    private @Nullable Boolean privateToolExecution;
    private boolean mistral = false;
    private @Nullable Boolean isAuthenticated;
    private List<ConnectorTool> tools = new ArrayList<>();
    private @Nullable String systemPromptRoute;
    private @Nullable PublicConnectionConfig connectionConfig;
    private @Nullable PublicExecutionEnv executionEnv;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link Connector#id()}. Required.
     *
     * @param id the connector's UUID
     * @return this builder
     */
    @JsonProperty("id")
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets {@link Connector#name()}. Required.
     *
     * @param name the connector's unique name
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link Connector#title()}. {@code null} unsets it.
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
     * Sets {@link Connector#description()}. Required.
     *
     * @param description what the connector offers
     * @return this builder
     */
    @JsonProperty("description")
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets {@link Connector#createdAt()}. Required.
     *
     * @param createdAt when the connector was created
     * @return this builder
     */
    @JsonProperty("created_at")
    @JsonDeserialize(using = LenientDateTimeDeserializer.class)
    public Builder createdAt(OffsetDateTime createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
      return this;
    }

    /**
     * Sets {@link Connector#modifiedAt()}. Required.
     *
     * @param modifiedAt when the connector was last modified
     * @return this builder
     */
    @JsonProperty("modified_at")
    @JsonDeserialize(using = LenientDateTimeDeserializer.class)
    public Builder modifiedAt(OffsetDateTime modifiedAt) {
      this.modifiedAt = Objects.requireNonNull(modifiedAt, "modifiedAt");
      return this;
    }

    /**
     * Sets {@link Connector#server()}. {@code null} unsets it.
     *
     * @param server the MCP server's URL, or {@code null}
     * @return this builder
     */
    @JsonProperty("server")
    public Builder server(@Nullable String server) {
      this.server = server;
      return this;
    }

    /**
     * Sets {@link Connector#protocol()}. Default {@code ConnectorProtocol.MCP}.
     *
     * @param protocol the protocol (default {@code mcp})
     * @return this builder
     */
    @JsonProperty("protocol")
    public Builder protocol(ConnectorProtocol protocol) {
      this.protocol = Objects.requireNonNull(protocol, "protocol");
      return this;
    }

    /**
     * Sets {@link Connector#iconUrl()}. {@code null} unsets it.
     *
     * @param iconUrl the icon's URL, or {@code null}
     * @return this builder
     */
    @JsonProperty("icon_url")
    public Builder iconUrl(@Nullable String iconUrl) {
      this.iconUrl = iconUrl;
      return this;
    }

    /**
     * Sets {@link Connector#serverCard()}. {@code null} unsets it.
     *
     * @param serverCard the MCP server card, or {@code null}
     * @return this builder
     */
    @JsonProperty("server_card")
    public Builder serverCard(@Nullable McpServerCard serverCard) {
      this.serverCard = serverCard;
      return this;
    }

    /**
     * Sets {@link Connector#ownerId()}. {@code null} unsets it.
     *
     * @param ownerId the owner's id, or {@code null}
     * @return this builder
     */
    @JsonProperty("owner_id")
    public Builder ownerId(@Nullable String ownerId) {
      this.ownerId = ownerId;
      return this;
    }

    /**
     * Sets {@link Connector#ownerType()}. Required.
     *
     * @param ownerType the kind of owner; decoded from a string or an integer code (see
     *     {@link ConsumerType})
     * @return this builder
     */
    @JsonProperty("owner_type")
    public Builder ownerType(ConsumerType ownerType) {
      this.ownerType = Objects.requireNonNull(ownerType, "ownerType");
      return this;
    }

    /**
     * Sets {@link Connector#visibility()}. Required.
     *
     * @param visibility who can see the connector
     * @return this builder
     */
    @JsonProperty("visibility")
    public Builder visibility(ResourceVisibility visibility) {
      this.visibility = Objects.requireNonNull(visibility, "visibility");
      return this;
    }

    /**
     * Sets {@link Connector#creatorId()}. {@code null} unsets it.
     *
     * @param creatorId the creator's id, or {@code null}
     * @return this builder
     */
    @JsonProperty("creator_id")
    public Builder creatorId(@Nullable String creatorId) {
      this.creatorId = creatorId;
      return this;
    }

    /**
     * Sets {@link Connector#locale()}. {@code null} unsets it.
     *
     * @param locale localised texts, or {@code null}
     * @return this builder
     */
    @JsonProperty("locale")
    public Builder locale(@Nullable ConnectorLocale locale) {
      this.locale = locale;
      return this;
    }

    /**
     * Sets {@link Connector#systemPrompt()}. {@code null} unsets it.
     *
     * @param systemPrompt the system prompt, or {@code null}
     * @return this builder
     */
    @JsonProperty("system_prompt")
    public Builder systemPrompt(@Nullable String systemPrompt) {
      this.systemPrompt = systemPrompt;
      return this;
    }

    /**
     * Sets {@link Connector#supportedAuthMethods()}. Replaces the current elements; {@code null}
     * means none.
     *
     * @param supportedAuthMethods the authentication methods the connector supports; empty when not
     *     given
     * @return this builder
     */
    @JsonProperty("supported_auth_methods")
    public Builder supportedAuthMethods(@Nullable List<? extends PublicAuthenticationMethod> supportedAuthMethods) {
      this.supportedAuthMethods = Models.mutableList(supportedAuthMethods);
      return this;
    }

    /**
     * Sets {@link Connector#connectionPreferences()}. Replaces the current elements; {@code null}
     * means none.
     *
     * @param connectionPreferences the tool execution preferences of its connections; empty when
     *     not given
     * @return this builder
     */
    @JsonProperty("connection_preferences")
    public Builder connectionPreferences(@Nullable List<? extends ConnectionPreference> connectionPreferences) {
      this.connectionPreferences = Models.mutableList(connectionPreferences);
      return this;
    }

    /**
     * Sets {@link Connector#connectionCredentials()}. Replaces the current elements; {@code null}
     * means none.
     *
     * @param connectionCredentials the credentials configured for it (without secrets); empty when
     *     not given
     * @return this builder
     */
    @JsonProperty("connection_credentials")
    public Builder connectionCredentials(@Nullable List<? extends AuthenticationConfiguration> connectionCredentials) {
      this.connectionCredentials = Models.mutableList(connectionCredentials);
      return this;
    }

    /**
     * Sets {@link Connector#active()}. {@code null} unsets it.
     *
     * @param active whether it is active for the caller, or {@code null}
     * @return this builder
     */
    @JsonProperty("active")
    public Builder active(@Nullable Boolean active) {
      this.active = active;
      return this;
    }

    /**
     * Sets {@link Connector#privateToolExecution()}. Required.
     *
     * @param privateToolExecution whether its tools run privately
     * @return this builder
     */
    @JsonProperty("private_tool_execution")
    public Builder privateToolExecution(boolean privateToolExecution) {
      this.privateToolExecution = privateToolExecution;
      return this;
    }

    /**
     * Sets {@link Connector#mistral()}. Default {@code false}.
     *
     * @param mistral whether Mistral provides it (default false)
     * @return this builder
     */
    @JsonProperty("mistral")
    public Builder mistral(boolean mistral) {
      this.mistral = mistral;
      return this;
    }

    /**
     * Sets {@link Connector#isAuthenticated()}. {@code null} unsets it.
     *
     * @param isAuthenticated whether the caller has working credentials, or {@code null}
     * @return this builder
     */
    @JsonProperty("is_authenticated")
    public Builder isAuthenticated(@Nullable Boolean isAuthenticated) {
      this.isAuthenticated = isAuthenticated;
      return this;
    }

    /**
     * Sets {@link Connector#tools()}. Replaces the current elements; {@code null} means none.
     *
     * @param tools its tools as Mistral stores them; empty when not given
     * @return this builder
     */
    @JsonProperty("tools")
    public Builder tools(@Nullable List<? extends ConnectorTool> tools) {
      this.tools = Models.mutableList(tools);
      return this;
    }

    /**
     * Sets {@link Connector#systemPromptRoute()}. {@code null} unsets it.
     *
     * @param systemPromptRoute the route of the system prompt, or {@code null}
     * @return this builder
     */
    @JsonProperty("system_prompt_route")
    public Builder systemPromptRoute(@Nullable String systemPromptRoute) {
      this.systemPromptRoute = systemPromptRoute;
      return this;
    }

    /**
     * Sets {@link Connector#connectionConfig()}. {@code null} unsets it.
     *
     * @param connectionConfig how Mistral connects to the server, or {@code null}
     * @return this builder
     */
    @JsonProperty("connection_config")
    public Builder connectionConfig(@Nullable PublicConnectionConfig connectionConfig) {
      this.connectionConfig = connectionConfig;
      return this;
    }

    /**
     * Sets {@link Connector#executionEnv()}. {@code null} unsets it.
     *
     * @param executionEnv the execution environment (without credentials), or {@code null}
     * @return this builder
     */
    @JsonProperty("execution_env")
    public Builder executionEnv(@Nullable PublicExecutionEnv executionEnv) {
      this.executionEnv = executionEnv;
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
     * Builds the {@link Connector}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public Connector build() {
      return new Connector(this);
    }
  }
}
