package io.github.mistral4j.agents;

import io.github.mistral4j.core.internal.Checks;
import io.github.mistral4j.core.internal.JsonMaps;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.agents.internal.AgentFilter;
import io.github.mistral4j.agents.model.RequestSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the page-numbered agent listing, {@code GET /v1/agents} (deprecated by the API in
 * favour of {@link ListAgentsPageParams}). Everything is optional; unset values are not sent and
 * the API's defaults apply (page 0, 20 agents a page).
 */
public final class ListAgentsParams {
  private static final ListAgentsParams NONE = builder().build();

  private final @Nullable Integer page;
  private final @Nullable Integer pageSize;
  private final @Nullable Boolean deploymentChat;
  private final @Nullable String name;
  private final @Nullable String search;
  private final @Nullable String id;
  private final List<RequestSource> sources;
  private final @Nullable Map<String, JsonNode> metadata;

  private ListAgentsParams(Builder b) {
    this.page = b.page;
    this.pageSize = b.pageSize;
    this.deploymentChat = b.deploymentChat;
    this.name = b.name;
    this.search = b.search;
    this.id = b.id;
    this.sources = List.copyOf(b.sources);
    this.metadata = b.metadata == null ? null : JsonMaps.freeze(b.metadata);
  }

  /** {@return no filter, the API's default page size} */
  public static ListAgentsParams none() {
    return NONE;
  }

  /** {@return a new builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these parameters} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.page = page;
    b.pageSize = pageSize;
    b.deploymentChat = deploymentChat;
    b.name = name;
    b.search = search;
    b.id = id;
    b.sources.addAll(sources);
    b.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
    return b;
  }

  /** {@return {@code page}: the 0-based page number, or {@code null} when not set} */
  public @Nullable Integer page() {
    return page;
  }

  /** {@return {@code page_size}: the number of agents a page, or {@code null} when not set} */
  public @Nullable Integer pageSize() {
    return pageSize;
  }

  /**
   * {@return {@code deployment_chat}: only agents deployed (true) or not deployed (false) to Le
   * Chat, or {@code null} when not set}
   */
  public @Nullable Boolean deploymentChat() {
    return deploymentChat;
  }

  /** {@return {@code name}: only agents with this name, or {@code null} when not set} */
  public @Nullable String name() {
    return name;
  }

  /**
   * {@return {@code search}: only agents whose name or id matches this text, or {@code null} when
   * not set}
   */
  public @Nullable String search() {
    return search;
  }

  /** {@return {@code id}: only the agent with this id, or {@code null} when not set} */
  public @Nullable String id() {
    return id;
  }

  /** {@return {@code sources}: only agents created from these sources (empty for all)} */
  public List<RequestSource> sources() {
    return sources;
  }

  /**
   * {@return {@code metadata}: only agents whose metadata holds these entries, or {@code null}
   * when not set (an empty map is set: it is sent as {@code metadata={}})}
   */
  public @Nullable Map<String, JsonNode> metadata() {
    return metadata;
  }

  AgentFilter filter() {
    return AgentFilter.of(deploymentChat, sources, name, search, id, metadata);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ListAgentsParams other
        && Objects.equals(page, other.page)
        && Objects.equals(pageSize, other.pageSize)
        && Objects.equals(deploymentChat, other.deploymentChat)
        && Objects.equals(name, other.name)
        && Objects.equals(search, other.search)
        && Objects.equals(id, other.id)
        && Objects.equals(sources, other.sources)
        && Objects.equals(metadata, other.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(page, pageSize, deploymentChat, name, search, id, sources, metadata);
  }

  @Override
  public String toString() {
    return "ListAgentsParams{"
        + "page="
        + page
        + ", pageSize="
        + pageSize
        + ", deploymentChat="
        + deploymentChat
        + ", name="
        + name
        + ", search="
        + search
        + ", id="
        + id
        + ", sources="
        + sources
        + ", metadata="
        + metadata
        + '}';
  }

  /** Builds {@link ListAgentsParams}. */
  public static final class Builder {
    private @Nullable Integer page;
    private @Nullable Integer pageSize;
    private @Nullable Boolean deploymentChat;
    private @Nullable String name;
    private @Nullable String search;
    private @Nullable String id;
    private final List<RequestSource> sources = new ArrayList<>();
    private @Nullable Map<String, JsonNode> metadata;

    private Builder() {}

    /**
     * Sets {@code page}.
     *
     * @param page the 0-based page number, 0 or more
     * @return this builder
     */
    public Builder page(int page) {
      this.page = Checks.between("page", page, 0, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Sets {@code page_size}.
     *
     * @param pageSize the number of agents a page, from 1 to 1000
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      this.pageSize = Checks.between("page_size", pageSize, 1, 1000);
      return this;
    }

    /**
     * Sets {@code deployment_chat}.
     *
     * @param deploymentChat only agents deployed (true) or not deployed (false) to Le Chat
     * @return this builder
     */
    public Builder deploymentChat(boolean deploymentChat) {
      this.deploymentChat = deploymentChat;
      return this;
    }

    /**
     * Sets {@code name}.
     *
     * @param name only agents with this name ({@code null} to unset)
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code search}.
     *
     * @param search only agents whose name or id matches this text ({@code null} to unset)
     * @return this builder
     */
    public Builder search(@Nullable String search) {
      this.search = search;
      return this;
    }

    /**
     * Sets {@code id}.
     *
     * @param id only the agent with this id ({@code null} to unset)
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Replaces {@code sources}: only agents created from these sources.
     *
     * @param sources the sources, empty for all
     * @return this builder
     */
    public Builder sources(List<RequestSource> sources) {
      Objects.requireNonNull(sources, "sources");
      this.sources.clear();
      sources.forEach(this::addSource);
      return this;
    }

    /**
     * Adds one source to {@code sources}.
     *
     * @param source the source
     * @return this builder
     */
    public Builder addSource(RequestSource source) {
      this.sources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /**
     * Replaces {@code metadata}: only agents whose metadata holds these entries. Sent as one JSON
     * object in the query string; an empty map is sent too, as {@code metadata={}}.
     *
     * @param metadata the entries, values any JSON-serialisable object ({@code null} to unset)
     * @return this builder
     */
    public Builder metadata(@Nullable Map<String, ?> metadata) {
      this.metadata = metadata == null ? null : new LinkedHashMap<>(JsonMaps.copyOf(metadata));
      return this;
    }

    /**
     * Puts one entry in the {@code metadata} filter.
     *
     * @param key the key
     * @param value any JSON-serialisable value
     * @return this builder
     */
    public Builder putMetadata(String key, @Nullable Object value) {
      Map<String, JsonNode> entries = metadata != null ? metadata : new LinkedHashMap<>();
      entries.put(Objects.requireNonNull(key, "key"), JsonMaps.toTree(value));
      this.metadata = entries;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public ListAgentsParams build() {
      return new ListAgentsParams(this);
    }
  }
}
