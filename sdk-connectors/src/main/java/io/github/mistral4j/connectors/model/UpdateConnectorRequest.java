package io.github.mistral4j.connectors.model;

import io.github.mistral4j.core.internal.Checks;
import io.github.mistral4j.core.internal.Models;
import io.github.mistral4j.core.internal.ModelText;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.mistral4j.core.model.Tristate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Changes a connector ({@code connector_update_v1}, PATCH). Each field is absent (left unchanged,
 * the default), cleared (sent as {@code null}) or set.
 */
@JsonDeserialize(builder = UpdateConnectorRequest.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class UpdateConnectorRequest {
  private final Tristate<String> title;
  private final Tristate<String> name;
  private final Tristate<String> description;
  private final Tristate<String> iconUrl;
  private final Tristate<String> systemPrompt;
  private final @Nullable ConnectorProtocol protocol;
  private final Tristate<String> server;
  private final Tristate<List<AuthenticationMethodCreateOrUpdateRequest>> authMethods;
  private final Map<String, JsonNode> additionalProperties;

  private UpdateConnectorRequest(Builder b) {
    this.title = b.title;
    this.name = b.name;
    this.description = b.description;
    this.iconUrl = b.iconUrl;
    this.systemPrompt = b.systemPrompt;
    this.protocol = b.protocol;
    this.server = b.server;
    this.authMethods = b.authMethods;
    this.additionalProperties = Models.nodes(b.additionalProperties);
    Checks.length("title", title.value(), 0, 255);
    Checks.name("name", name.value());
    Checks.length("server", server.value(), 1, 2083);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.title = title;
    b.name = name;
    b.description = description;
    b.iconUrl = iconUrl;
    b.systemPrompt = systemPrompt;
    b.protocol = protocol;
    b.server = server;
    b.authMethods = authMethods;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the new title (at most 255 characters)} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("title")
  public Tristate<String> title() {
    return title;
  }

  /** {@return the new name, {@code ^[a-zA-Z0-9_-]{1,64}$}} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("name")
  public Tristate<String> name() {
    return name;
  }

  /** {@return the new description} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("description")
  public Tristate<String> description() {
    return description;
  }

  /** {@return the new icon URL} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("icon_url")
  public Tristate<String> iconUrl() {
    return iconUrl;
  }

  /** {@return the new system prompt} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("system_prompt")
  public Tristate<String> systemPrompt() {
    return systemPrompt;
  }

  /** {@return the protocol ({@code mcp} only), or {@code null} to leave it out} */
  @JsonProperty("protocol")
  public @Nullable ConnectorProtocol protocol() {
    return protocol;
  }

  /** {@return the new MCP server URL (1 to 2083 characters)} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("server")
  public Tristate<String> server() {
    return server;
  }

  /** {@return authentication methods to add or update} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("auth_methods")
  public Tristate<List<AuthenticationMethodCreateOrUpdateRequest>> authMethods() {
    return authMethods;
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
    if (!(o instanceof UpdateConnectorRequest other)) {
      return false;
    }
    return Objects.equals(title, other.title)
        && Objects.equals(name, other.name)
        && Objects.equals(description, other.description)
        && Objects.equals(iconUrl, other.iconUrl)
        && Objects.equals(systemPrompt, other.systemPrompt)
        && Objects.equals(protocol, other.protocol)
        && Objects.equals(server, other.server)
        && Objects.equals(authMethods, other.authMethods)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, name, description, iconUrl, systemPrompt, protocol, server, authMethods, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("UpdateConnectorRequest")
        .add("title", title.isAbsent() ? null : title)
        .add("name", name.isAbsent() ? null : name)
        .add("description", description.isAbsent() ? null : description)
        .add("iconUrl", iconUrl.isAbsent() ? null : iconUrl)
        .add("systemPrompt", systemPrompt.isAbsent() ? null : systemPrompt)
        .add("protocol", protocol)
        .add("server", server.isAbsent() ? null : server)
        .add("authMethods", authMethods.isAbsent() ? null : authMethods)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link UpdateConnectorRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private Tristate<String> title = Tristate.absent();
    private Tristate<String> name = Tristate.absent();
    private Tristate<String> description = Tristate.absent();
    private Tristate<String> iconUrl = Tristate.absent();
    private Tristate<String> systemPrompt = Tristate.absent();
    private @Nullable ConnectorProtocol protocol;
    private Tristate<String> server = Tristate.absent();
    private Tristate<List<AuthenticationMethodCreateOrUpdateRequest>> authMethods = Tristate.absent();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link UpdateConnectorRequest#title()}. The field is sent with this value.
     *
     * @param title the new title (at most 255 characters)
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Tristate.of(title);
      return this;
    }

    /**
     * Sends {@code title} as JSON {@code null}, which clears it on the server.
     *
     * @return this builder
     */
    public Builder clearTitle() {
      this.title = Tristate.cleared();
      return this;
    }

    /**
     * Sets {@code title} as a tri-state: absent (not sent), cleared (sent as {@code null}) or a
     * value.
     *
     * @param title the new title (at most 255 characters), as a tri-state
     * @return this builder
     */
    @JsonIgnore
    public Builder title(Tristate<String> title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    @JsonProperty("title")
    @SuppressWarnings("unused")
    private Builder titleFromJson(@Nullable String title) {
      this.title = title == null ? Tristate.cleared() : Tristate.of(title);
      return this;
    }

    /**
     * Sets {@link UpdateConnectorRequest#name()}. The field is sent with this value.
     *
     * @param name the new name, {@code ^[a-zA-Z0-9_-]{1,64}$}
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Tristate.of(name);
      return this;
    }

    /**
     * Sends {@code name} as JSON {@code null}, which clears it on the server.
     *
     * @return this builder
     */
    public Builder clearName() {
      this.name = Tristate.cleared();
      return this;
    }

    /**
     * Sets {@code name} as a tri-state: absent (not sent), cleared (sent as {@code null}) or a
     * value.
     *
     * @param name the new name, {@code ^[a-zA-Z0-9_-]{1,64}$}, as a tri-state
     * @return this builder
     */
    @JsonIgnore
    public Builder name(Tristate<String> name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    @JsonProperty("name")
    @SuppressWarnings("unused")
    private Builder nameFromJson(@Nullable String name) {
      this.name = name == null ? Tristate.cleared() : Tristate.of(name);
      return this;
    }

    /**
     * Sets {@link UpdateConnectorRequest#description()}. The field is sent with this value.
     *
     * @param description the new description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Tristate.of(description);
      return this;
    }

    /**
     * Sends {@code description} as JSON {@code null}, which clears it on the server.
     *
     * @return this builder
     */
    public Builder clearDescription() {
      this.description = Tristate.cleared();
      return this;
    }

    /**
     * Sets {@code description} as a tri-state: absent (not sent), cleared (sent as {@code null}) or
     * a value.
     *
     * @param description the new description, as a tri-state
     * @return this builder
     */
    @JsonIgnore
    public Builder description(Tristate<String> description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    @JsonProperty("description")
    @SuppressWarnings("unused")
    private Builder descriptionFromJson(@Nullable String description) {
      this.description = description == null ? Tristate.cleared() : Tristate.of(description);
      return this;
    }

    /**
     * Sets {@link UpdateConnectorRequest#iconUrl()}. The field is sent with this value.
     *
     * @param iconUrl the new icon URL
     * @return this builder
     */
    public Builder iconUrl(String iconUrl) {
      this.iconUrl = Tristate.of(iconUrl);
      return this;
    }

    /**
     * Sends {@code icon_url} as JSON {@code null}, which clears it on the server.
     *
     * @return this builder
     */
    public Builder clearIconUrl() {
      this.iconUrl = Tristate.cleared();
      return this;
    }

    /**
     * Sets {@code icon_url} as a tri-state: absent (not sent), cleared (sent as {@code null}) or a
     * value.
     *
     * @param iconUrl the new icon URL, as a tri-state
     * @return this builder
     */
    @JsonIgnore
    public Builder iconUrl(Tristate<String> iconUrl) {
      this.iconUrl = Objects.requireNonNull(iconUrl, "iconUrl");
      return this;
    }

    @JsonProperty("icon_url")
    @SuppressWarnings("unused")
    private Builder iconUrlFromJson(@Nullable String iconUrl) {
      this.iconUrl = iconUrl == null ? Tristate.cleared() : Tristate.of(iconUrl);
      return this;
    }

    /**
     * Sets {@link UpdateConnectorRequest#systemPrompt()}. The field is sent with this value.
     *
     * @param systemPrompt the new system prompt
     * @return this builder
     */
    public Builder systemPrompt(String systemPrompt) {
      this.systemPrompt = Tristate.of(systemPrompt);
      return this;
    }

    /**
     * Sends {@code system_prompt} as JSON {@code null}, which clears it on the server.
     *
     * @return this builder
     */
    public Builder clearSystemPrompt() {
      this.systemPrompt = Tristate.cleared();
      return this;
    }

    /**
     * Sets {@code system_prompt} as a tri-state: absent (not sent), cleared (sent as {@code null})
     * or a value.
     *
     * @param systemPrompt the new system prompt, as a tri-state
     * @return this builder
     */
    @JsonIgnore
    public Builder systemPrompt(Tristate<String> systemPrompt) {
      this.systemPrompt = Objects.requireNonNull(systemPrompt, "systemPrompt");
      return this;
    }

    @JsonProperty("system_prompt")
    @SuppressWarnings("unused")
    private Builder systemPromptFromJson(@Nullable String systemPrompt) {
      this.systemPrompt = systemPrompt == null ? Tristate.cleared() : Tristate.of(systemPrompt);
      return this;
    }

    /**
     * Sets {@link UpdateConnectorRequest#protocol()}. {@code null} unsets it.
     *
     * @param protocol the protocol ({@code mcp} only), or {@code null} to leave it out
     * @return this builder
     */
    @JsonProperty("protocol")
    public Builder protocol(@Nullable ConnectorProtocol protocol) {
      this.protocol = protocol;
      return this;
    }

    /**
     * Sets {@link UpdateConnectorRequest#server()}. The field is sent with this value.
     *
     * @param server the new MCP server URL (1 to 2083 characters)
     * @return this builder
     */
    public Builder server(String server) {
      this.server = Tristate.of(server);
      return this;
    }

    /**
     * Sends {@code server} as JSON {@code null}, which clears it on the server.
     *
     * @return this builder
     */
    public Builder clearServer() {
      this.server = Tristate.cleared();
      return this;
    }

    /**
     * Sets {@code server} as a tri-state: absent (not sent), cleared (sent as {@code null}) or a
     * value.
     *
     * @param server the new MCP server URL (1 to 2083 characters), as a tri-state
     * @return this builder
     */
    @JsonIgnore
    public Builder server(Tristate<String> server) {
      this.server = Objects.requireNonNull(server, "server");
      return this;
    }

    @JsonProperty("server")
    @SuppressWarnings("unused")
    private Builder serverFromJson(@Nullable String server) {
      this.server = server == null ? Tristate.cleared() : Tristate.of(server);
      return this;
    }

    /**
     * Sets {@link UpdateConnectorRequest#authMethods()}. The field is sent with this value.
     *
     * @param authMethods authentication methods to add or update
     * @return this builder
     */
    public Builder authMethods(List<? extends AuthenticationMethodCreateOrUpdateRequest> authMethods) {
      this.authMethods = Tristate.of(List.copyOf(authMethods));
      return this;
    }

    /**
     * Sends {@code auth_methods} as JSON {@code null}, which clears it on the server.
     *
     * @return this builder
     */
    public Builder clearAuthMethods() {
      this.authMethods = Tristate.cleared();
      return this;
    }

    /**
     * Sets {@code auth_methods} as a tri-state: absent (not sent), cleared (sent as {@code null})
     * or a value.
     *
     * @param authMethods authentication methods to add or update, as a tri-state
     * @return this builder
     */
    @JsonIgnore
    public Builder authMethods(Tristate<List<AuthenticationMethodCreateOrUpdateRequest>> authMethods) {
      this.authMethods = Objects.requireNonNull(authMethods, "authMethods");
      return this;
    }

    @JsonProperty("auth_methods")
    @SuppressWarnings("unused")
    private Builder authMethodsFromJson(@Nullable List<? extends AuthenticationMethodCreateOrUpdateRequest> authMethods) {
      this.authMethods = authMethods == null ? Tristate.cleared() : Tristate.of(List.copyOf(authMethods));
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
     * Builds the {@link UpdateConnectorRequest}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     * @throws IllegalArgumentException when a field breaks a rule of the contract
     */
    public UpdateConnectorRequest build() {
      return new UpdateConnectorRequest(this);
    }
  }
}
