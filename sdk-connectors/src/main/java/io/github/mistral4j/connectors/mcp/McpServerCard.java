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

/** An MCP server card: what an MCP server is, where it runs and what it offers. */
@JsonDeserialize(builder = McpServerCard.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class McpServerCard {
  private final @Nullable String schema;
  private final String name;
  private final String version;
  private final @Nullable ServerCapabilities capabilities;
  private final @Nullable String title;
  private final @Nullable String description;
  private final @Nullable String websiteUrl;
  private final @Nullable McpServerRepository repository;
  private final List<McpServerIcon> icons;
  private final List<McpServerRemote> remotes;
  private final @Nullable ClientCapabilities requires;
  private final @Nullable ServerCardList<McpResource> resources;
  private final @Nullable ServerCardList<McpTool> tools;
  private final @Nullable ServerCardList<McpPrompt> prompts;
  private final @Nullable McpServerCardMeta meta;
  private final Map<String, JsonNode> additionalProperties;

  private McpServerCard(Builder b) {
    this.schema = b.schema;
    this.name = Models.required(b.name, "MCPServerCard", "name");
    this.version = Models.required(b.version, "MCPServerCard", "version");
    this.capabilities = b.capabilities;
    this.title = b.title;
    this.description = b.description;
    this.websiteUrl = b.websiteUrl;
    this.repository = b.repository;
    this.icons = Models.list(b.icons);
    this.remotes = Models.list(b.remotes);
    this.requires = b.requires;
    this.resources = b.resources;
    this.tools = b.tools;
    this.prompts = b.prompts;
    this.meta = b.meta;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.schema = schema;
    b.name = name;
    b.version = version;
    b.capabilities = capabilities;
    b.title = title;
    b.description = description;
    b.websiteUrl = websiteUrl;
    b.repository = repository;
    b.icons = Models.mutableList(icons);
    b.remotes = Models.mutableList(remotes);
    b.requires = requires;
    b.resources = resources;
    b.tools = tools;
    b.prompts = prompts;
    b.meta = meta;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the URL of the card's JSON schema ({@code $schema}), or {@code null}} */
  @JsonProperty("$schema")
  public @Nullable String schema() {
    return schema;
  }

  /** {@return the server's identifier, in reverse-DNS form with one {@code /}} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return the server's version} */
  @JsonProperty("version")
  public String version() {
    return version;
  }

  /** {@return what the server supports, or {@code null}} */
  @JsonProperty("capabilities")
  public @Nullable ServerCapabilities capabilities() {
    return capabilities;
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

  /** {@return the server's website, or {@code null}} */
  @JsonProperty("websiteUrl")
  public @Nullable String websiteUrl() {
    return websiteUrl;
  }

  /** {@return the source repository, or {@code null}} */
  @JsonProperty("repository")
  public @Nullable McpServerRepository repository() {
    return repository;
  }

  /** {@return icons for display in user interfaces; empty when none} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("icons")
  public List<McpServerIcon> icons() {
    return icons;
  }

  /** {@return the remote transport endpoints; empty when none} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("remotes")
  public List<McpServerRemote> remotes() {
    return remotes;
  }

  /** {@return the client capabilities the server requires, or {@code null}} */
  @JsonProperty("requires")
  public @Nullable ClientCapabilities requires() {
    return requires;
  }

  /**
   * {@return the resources: a list, or dynamic (listed at run time); {@code null} when not given}
   */
  @JsonProperty("resources")
  public @Nullable ServerCardList<McpResource> resources() {
    return resources;
  }

  /** {@return the tools: a list, or dynamic (listed at run time); {@code null} when not given} */
  @JsonProperty("tools")
  public @Nullable ServerCardList<McpTool> tools() {
    return tools;
  }

  /** {@return the prompts: a list, or dynamic (listed at run time); {@code null} when not given} */
  @JsonProperty("prompts")
  public @Nullable ServerCardList<McpPrompt> prompts() {
    return prompts;
  }

  /** {@return the {@code _meta} object, or {@code null}} */
  @JsonProperty("_meta")
  public @Nullable McpServerCardMeta meta() {
    return meta;
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
    if (!(o instanceof McpServerCard other)) {
      return false;
    }
    return Objects.equals(schema, other.schema)
        && Objects.equals(name, other.name)
        && Objects.equals(version, other.version)
        && Objects.equals(capabilities, other.capabilities)
        && Objects.equals(title, other.title)
        && Objects.equals(description, other.description)
        && Objects.equals(websiteUrl, other.websiteUrl)
        && Objects.equals(repository, other.repository)
        && Objects.equals(icons, other.icons)
        && Objects.equals(remotes, other.remotes)
        && Objects.equals(requires, other.requires)
        && Objects.equals(resources, other.resources)
        && Objects.equals(tools, other.tools)
        && Objects.equals(prompts, other.prompts)
        && Objects.equals(meta, other.meta)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(schema, name, version, capabilities, title, description, websiteUrl, repository, icons, remotes, requires, resources, tools, prompts, meta, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("McpServerCard")
        .add("schema", schema)
        .add("name", name)
        .add("version", version)
        .add("capabilities", capabilities)
        .add("title", title)
        .add("description", description)
        .add("websiteUrl", websiteUrl)
        .add("repository", repository)
        .add("icons", icons)
        .add("remotes", remotes)
        .add("requires", requires)
        .add("resources", resources)
        .add("tools", tools)
        .add("prompts", prompts)
        .add("meta", meta)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link McpServerCard}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String schema;
    private @Nullable String name;
    private @Nullable String version;
    private @Nullable ServerCapabilities capabilities;
    private @Nullable String title;
    private @Nullable String description;
    private @Nullable String websiteUrl;
    private @Nullable McpServerRepository repository;
    private List<McpServerIcon> icons = new ArrayList<>();
    private List<McpServerRemote> remotes = new ArrayList<>();
    private @Nullable ClientCapabilities requires;
    private @Nullable ServerCardList<McpResource> resources;
    private @Nullable ServerCardList<McpTool> tools;
    private @Nullable ServerCardList<McpPrompt> prompts;
    private @Nullable McpServerCardMeta meta;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link McpServerCard#schema()}. {@code null} unsets it.
     *
     * @param schema the URL of the card's JSON schema ({@code $schema}), or {@code null}
     * @return this builder
     */
    @JsonProperty("$schema")
    public Builder schema(@Nullable String schema) {
      this.schema = schema;
      return this;
    }

    /**
     * Sets {@link McpServerCard#name()}. Required.
     *
     * @param name the server's identifier, in reverse-DNS form with one {@code /}
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link McpServerCard#version()}. Required.
     *
     * @param version the server's version
     * @return this builder
     */
    @JsonProperty("version")
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Sets {@link McpServerCard#capabilities()}. {@code null} unsets it.
     *
     * @param capabilities what the server supports, or {@code null}
     * @return this builder
     */
    @JsonProperty("capabilities")
    public Builder capabilities(@Nullable ServerCapabilities capabilities) {
      this.capabilities = capabilities;
      return this;
    }

    /**
     * Sets {@link McpServerCard#title()}. {@code null} unsets it.
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
     * Sets {@link McpServerCard#description()}. {@code null} unsets it.
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
     * Sets {@link McpServerCard#websiteUrl()}. {@code null} unsets it.
     *
     * @param websiteUrl the server's website, or {@code null}
     * @return this builder
     */
    @JsonProperty("websiteUrl")
    public Builder websiteUrl(@Nullable String websiteUrl) {
      this.websiteUrl = websiteUrl;
      return this;
    }

    /**
     * Sets {@link McpServerCard#repository()}. {@code null} unsets it.
     *
     * @param repository the source repository, or {@code null}
     * @return this builder
     */
    @JsonProperty("repository")
    public Builder repository(@Nullable McpServerRepository repository) {
      this.repository = repository;
      return this;
    }

    /**
     * Sets {@link McpServerCard#icons()}. Replaces the current elements; {@code null} means none.
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
     * Adds one element to {@link McpServerCard#icons()}.
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
     * Sets {@link McpServerCard#remotes()}. Replaces the current elements; {@code null} means none.
     *
     * @param remotes the remote transport endpoints; empty when none
     * @return this builder
     */
    @JsonProperty("remotes")
    public Builder remotes(@Nullable List<? extends McpServerRemote> remotes) {
      this.remotes = Models.mutableList(remotes);
      return this;
    }

    /**
     * Sets {@link McpServerCard#requires()}. {@code null} unsets it.
     *
     * @param requires the client capabilities the server requires, or {@code null}
     * @return this builder
     */
    @JsonProperty("requires")
    public Builder requires(@Nullable ClientCapabilities requires) {
      this.requires = requires;
      return this;
    }

    /**
     * Sets {@link McpServerCard#resources()}. {@code null} unsets it.
     *
     * @param resources the resources: a list, or dynamic (listed at run time); {@code null} when
     *     not given
     * @return this builder
     */
    @JsonProperty("resources")
    public Builder resources(@Nullable ServerCardList<McpResource> resources) {
      this.resources = resources;
      return this;
    }

    /**
     * Sets {@link McpServerCard#tools()}. {@code null} unsets it.
     *
     * @param tools the tools: a list, or dynamic (listed at run time); {@code null} when not given
     * @return this builder
     */
    @JsonProperty("tools")
    public Builder tools(@Nullable ServerCardList<McpTool> tools) {
      this.tools = tools;
      return this;
    }

    /**
     * Sets {@link McpServerCard#prompts()}. {@code null} unsets it.
     *
     * @param prompts the prompts: a list, or dynamic (listed at run time); {@code null} when not
     *     given
     * @return this builder
     */
    @JsonProperty("prompts")
    public Builder prompts(@Nullable ServerCardList<McpPrompt> prompts) {
      this.prompts = prompts;
      return this;
    }

    /**
     * Sets {@link McpServerCard#meta()}. {@code null} unsets it.
     *
     * @param meta the {@code _meta} object, or {@code null}
     * @return this builder
     */
    @JsonProperty("_meta")
    public Builder meta(@Nullable McpServerCardMeta meta) {
      this.meta = meta;
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
     * Builds the {@link McpServerCard}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public McpServerCard build() {
      return new McpServerCard(this);
    }
  }
}
