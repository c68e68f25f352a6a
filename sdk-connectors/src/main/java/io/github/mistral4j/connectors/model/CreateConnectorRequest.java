package io.github.mistral4j.connectors.model;

import io.github.mistral4j.core.internal.Checks;
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
 * Creates an MCP connector ({@code connector_create_v1}). {@code name}, {@code description} and
 * {@code server} are required; {@code oauth2_server_metadata} and {@code
 * oauth2_server_metadata_url} exclude each other. Secrets never appear in {@code toString()}.
 */
@JsonDeserialize(builder = CreateConnectorRequest.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class CreateConnectorRequest {
  private final ConnectorProtocol protocol;
  private final String name;
  private final @Nullable String title;
  private final String description;
  private final @Nullable String iconUrl;
  private final @Nullable ResourceVisibility visibility;
  private final String server;
  private final Map<String, String> headers;
  private final Map<String, GlobalHeaderValue> globalHeaders;
  private final @Nullable AuthData authData;
  private final @Nullable ExtendedOAuthServerMetadata oauth2ServerMetadata;
  private final @Nullable String oauth2ServerMetadataUrl;
  private final @Nullable String systemPrompt;
  private final Map<String, JsonNode> additionalProperties;

  private CreateConnectorRequest(Builder b) {
    this.protocol = b.protocol;
    this.name = Models.required(b.name, "CreateConnectorRequest", "name");
    this.title = b.title;
    this.description = Models.required(b.description, "CreateConnectorRequest", "description");
    this.iconUrl = b.iconUrl;
    this.visibility = b.visibility;
    this.server = Models.required(b.server, "CreateConnectorRequest", "server");
    this.headers = Models.map(b.headers);
    this.globalHeaders = Models.map(b.globalHeaders);
    this.authData = b.authData;
    this.oauth2ServerMetadata = b.oauth2ServerMetadata;
    this.oauth2ServerMetadataUrl = b.oauth2ServerMetadataUrl;
    this.systemPrompt = b.systemPrompt;
    this.additionalProperties = Models.nodes(b.additionalProperties);
    Checks.name("name", name);
    Checks.length("title", title, 0, 255);
    Checks.length("server", server, 1, 2083);
    Checks.length("oauth2_server_metadata_url", oauth2ServerMetadataUrl, 1, 2083);
    if (oauth2ServerMetadata != null && oauth2ServerMetadataUrl != null) {
      throw new IllegalArgumentException(
          "oauth2_server_metadata and oauth2_server_metadata_url are mutually exclusive: set one of them");
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.protocol = protocol;
    b.name = name;
    b.title = title;
    b.description = description;
    b.iconUrl = iconUrl;
    b.visibility = visibility;
    b.server = server;
    b.headers = Models.mutableMap(headers);
    b.globalHeaders = Models.mutableMap(globalHeaders);
    b.authData = authData;
    b.oauth2ServerMetadata = oauth2ServerMetadata;
    b.oauth2ServerMetadataUrl = oauth2ServerMetadataUrl;
    b.systemPrompt = systemPrompt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the protocol; only {@code mcp} is accepted (the default)} */
  @JsonProperty("protocol")
  public ConnectorProtocol protocol() {
    return protocol;
  }

  /** {@return the connector's unique name, {@code ^[a-zA-Z0-9_-]{1,64}$}} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return a human-readable title (at most 255 characters), or {@code null}} */
  @JsonProperty("title")
  public @Nullable String title() {
    return title;
  }

  /** {@return what the connector offers} */
  @JsonProperty("description")
  public String description() {
    return description;
  }

  /** {@return the icon's URL, or {@code null}} */
  @JsonProperty("icon_url")
  public @Nullable String iconUrl() {
    return iconUrl;
  }

  /**
   * {@return who can see it: {@code shared_org}, {@code shared_workspace} or {@code private};
   * {@code null} for the server's default ({@code private})}
   */
  @JsonProperty("visibility")
  public @Nullable ResourceVisibility visibility() {
    return visibility;
  }

  /** {@return the MCP server's URL (1 to 2083 characters)} */
  @JsonProperty("server")
  public String server() {
    return server;
  }

  /** {@return organization-level headers sent to the MCP server; empty when none} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("headers")
  public Map<String, String> headers() {
    return headers;
  }

  /** {@return connector-wide headers applied to every credential; empty when none} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("global_headers")
  public Map<String, GlobalHeaderValue> globalHeaders() {
    return globalHeaders;
  }

  /** {@return OAuth2 client credentials, or {@code null}} */
  @JsonProperty("auth_data")
  public @Nullable AuthData authData() {
    return authData;
  }

  /** {@return OAuth2 authorization server metadata, used instead of discovery; or {@code null}} */
  @JsonProperty("oauth2_server_metadata")
  public @Nullable ExtendedOAuthServerMetadata oauth2ServerMetadata() {
    return oauth2ServerMetadata;
  }

  /** {@return a URL to fetch the OAuth2 server metadata from (RFC 8414), or {@code null}} */
  @JsonProperty("oauth2_server_metadata_url")
  public @Nullable String oauth2ServerMetadataUrl() {
    return oauth2ServerMetadataUrl;
  }

  /** {@return a system prompt for the connector, or {@code null}} */
  @JsonProperty("system_prompt")
  public @Nullable String systemPrompt() {
    return systemPrompt;
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
    if (!(o instanceof CreateConnectorRequest other)) {
      return false;
    }
    return Objects.equals(protocol, other.protocol)
        && Objects.equals(name, other.name)
        && Objects.equals(title, other.title)
        && Objects.equals(description, other.description)
        && Objects.equals(iconUrl, other.iconUrl)
        && Objects.equals(visibility, other.visibility)
        && Objects.equals(server, other.server)
        && Objects.equals(headers, other.headers)
        && Objects.equals(globalHeaders, other.globalHeaders)
        && Objects.equals(authData, other.authData)
        && Objects.equals(oauth2ServerMetadata, other.oauth2ServerMetadata)
        && Objects.equals(oauth2ServerMetadataUrl, other.oauth2ServerMetadataUrl)
        && Objects.equals(systemPrompt, other.systemPrompt)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(protocol, name, title, description, iconUrl, visibility, server, headers, globalHeaders, authData, oauth2ServerMetadata, oauth2ServerMetadataUrl, systemPrompt, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("CreateConnectorRequest")
        .add("protocol", protocol)
        .add("name", name)
        .add("title", title)
        .add("description", description)
        .add("iconUrl", iconUrl)
        .add("visibility", visibility)
        .add("server", server)
        .secretValues("headers", headers)
        .add("globalHeaders", globalHeaders)
        .add("authData", authData)
        .add("oauth2ServerMetadata", oauth2ServerMetadata)
        .add("oauth2ServerMetadataUrl", oauth2ServerMetadataUrl)
        .add("systemPrompt", systemPrompt)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link CreateConnectorRequest}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private ConnectorProtocol protocol = ConnectorProtocol.MCP;
    private @Nullable String name;
    private @Nullable String title;
    private @Nullable String description;
    private @Nullable String iconUrl;
    private @Nullable ResourceVisibility visibility;
    private @Nullable String server;
    private Map<String, String> headers = new LinkedHashMap<>();
    private Map<String, GlobalHeaderValue> globalHeaders = new LinkedHashMap<>();
    private @Nullable AuthData authData;
    private @Nullable ExtendedOAuthServerMetadata oauth2ServerMetadata;
    private @Nullable String oauth2ServerMetadataUrl;
    private @Nullable String systemPrompt;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link CreateConnectorRequest#protocol()}. Default {@code ConnectorProtocol.MCP}.
     *
     * @param protocol the protocol; only {@code mcp} is accepted (the default)
     * @return this builder
     */
    @JsonProperty("protocol")
    public Builder protocol(ConnectorProtocol protocol) {
      this.protocol = Objects.requireNonNull(protocol, "protocol");
      return this;
    }

    /**
     * Sets {@link CreateConnectorRequest#name()}. Required.
     *
     * @param name the connector's unique name, {@code ^[a-zA-Z0-9_-]{1,64}$}
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link CreateConnectorRequest#title()}. {@code null} unsets it.
     *
     * @param title a human-readable title (at most 255 characters), or {@code null}
     * @return this builder
     */
    @JsonProperty("title")
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@link CreateConnectorRequest#description()}. Required.
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
     * Sets {@link CreateConnectorRequest#iconUrl()}. {@code null} unsets it.
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
     * Sets {@link CreateConnectorRequest#visibility()}. {@code null} unsets it.
     *
     * @param visibility who can see it: {@code shared_org}, {@code shared_workspace} or
     *     {@code private}; {@code null} for the server's default ({@code private})
     * @return this builder
     */
    @JsonProperty("visibility")
    public Builder visibility(@Nullable ResourceVisibility visibility) {
      this.visibility = visibility;
      return this;
    }

    /**
     * Sets {@link CreateConnectorRequest#server()}. Required.
     *
     * @param server the MCP server's URL (1 to 2083 characters)
     * @return this builder
     */
    @JsonProperty("server")
    public Builder server(String server) {
      this.server = Objects.requireNonNull(server, "server");
      return this;
    }

    /**
     * Sets {@link CreateConnectorRequest#headers()}. Replaces the current entries; {@code null}
     * means none.
     *
     * @param headers organization-level headers sent to the MCP server; empty when none
     * @return this builder
     */
    @JsonProperty("headers")
    public Builder headers(@Nullable Map<String, ? extends String> headers) {
      this.headers = Models.mutableMap(headers);
      return this;
    }

    /**
     * Adds one entry to {@link CreateConnectorRequest#headers()}.
     *
     * @param name the entry's name
     * @param value the entry's value
     * @return this builder
     */
    public Builder putHeader(String name, String value) {
      if (this.headers == null) {
        this.headers = new LinkedHashMap<>();
      }
      this.headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets {@link CreateConnectorRequest#globalHeaders()}. Replaces the current entries;
     * {@code null} means none.
     *
     * @param globalHeaders connector-wide headers applied to every credential; empty when none
     * @return this builder
     */
    @JsonProperty("global_headers")
    public Builder globalHeaders(@Nullable Map<String, ? extends GlobalHeaderValue> globalHeaders) {
      this.globalHeaders = Models.mutableMap(globalHeaders);
      return this;
    }

    /**
     * Adds one entry to {@link CreateConnectorRequest#globalHeaders()}.
     *
     * @param name the entry's name
     * @param value the entry's value
     * @return this builder
     */
    public Builder putGlobalHeader(String name, GlobalHeaderValue value) {
      if (this.globalHeaders == null) {
        this.globalHeaders = new LinkedHashMap<>();
      }
      this.globalHeaders.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets {@link CreateConnectorRequest#authData()}. {@code null} unsets it.
     *
     * @param authData OAuth2 client credentials, or {@code null}
     * @return this builder
     */
    @JsonProperty("auth_data")
    public Builder authData(@Nullable AuthData authData) {
      this.authData = authData;
      return this;
    }

    /**
     * Sets {@link CreateConnectorRequest#oauth2ServerMetadata()}. {@code null} unsets it.
     *
     * @param oauth2ServerMetadata OAuth2 authorization server metadata, used instead of discovery;
     *     or {@code null}
     * @return this builder
     */
    @JsonProperty("oauth2_server_metadata")
    public Builder oauth2ServerMetadata(@Nullable ExtendedOAuthServerMetadata oauth2ServerMetadata) {
      this.oauth2ServerMetadata = oauth2ServerMetadata;
      return this;
    }

    /**
     * Sets {@link CreateConnectorRequest#oauth2ServerMetadataUrl()}. {@code null} unsets it.
     *
     * @param oauth2ServerMetadataUrl a URL to fetch the OAuth2 server metadata from (RFC 8414), or
     *     {@code null}
     * @return this builder
     */
    @JsonProperty("oauth2_server_metadata_url")
    public Builder oauth2ServerMetadataUrl(@Nullable String oauth2ServerMetadataUrl) {
      this.oauth2ServerMetadataUrl = oauth2ServerMetadataUrl;
      return this;
    }

    /**
     * Sets {@link CreateConnectorRequest#systemPrompt()}. {@code null} unsets it.
     *
     * @param systemPrompt a system prompt for the connector, or {@code null}
     * @return this builder
     */
    @JsonProperty("system_prompt")
    public Builder systemPrompt(@Nullable String systemPrompt) {
      this.systemPrompt = systemPrompt;
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
     * Builds the {@link CreateConnectorRequest}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     * @throws IllegalArgumentException when a field breaks a rule of the contract
     */
    public CreateConnectorRequest build() {
      return new CreateConnectorRequest(this);
    }
  }
}
