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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One page of agents from the cursor-paginated listing (contract schema {@code AgentListPage}). */
@JsonDeserialize(builder = AgentListPage.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class AgentListPage {
  private final @Nullable String object;
  private final List<Agent> data;
  private final @Nullable String nextPageToken;
  private final Map<String, JsonNode> additionalProperties;

  private AgentListPage(Builder b) {
    this.object = b.object;
    this.data = List.copyOf(b.data);
    this.nextPageToken = b.nextPageToken;
    this.additionalProperties = JsonMaps.freeze(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.object = object;
    b.data.addAll(data);
    b.nextPageToken = nextPageToken;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the object type, {@code list}, or {@code null} when not sent} */
  @JsonProperty("object")
  public @Nullable String object() {
    return object;
  }

  /** {@return the agents of this page} */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonProperty("data")
  public List<Agent> data() {
    return data;
  }

  /** {@return the cursor of the next page, or {@code null} on the last page} */
  @JsonProperty("next_page_token")
  public @Nullable String nextPageToken() {
    return nextPageToken;
  }

  /** {@return fields this SDK version does not know, as received; sent back unchanged} */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /** {@return whether a next page exists ({@link #nextPageToken()} is set and not empty)} */
  public boolean hasNextPage() {
    return nextPageToken != null && !nextPageToken.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof AgentListPage other
        && Objects.equals(object, other.object)
        && data.equals(other.data)
        && Objects.equals(nextPageToken, other.nextPageToken)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(object, data, nextPageToken, additionalProperties);
  }

  @Override
  public String toString() {
    return "AgentListPage{"
        + "object="
        + object
        + ", data="
        + data
        + ", nextPageToken="
        + nextPageToken
        + JsonMaps.describeExtra(additionalProperties)
        + '}';
  }

  /** Builds {@link AgentListPage}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder {
    private @Nullable String object;
    private final List<Agent> data = new ArrayList<>();
    private @Nullable String nextPageToken;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code object}; {@code null} leaves it out.
     *
     * @param object the object type, {@code list}, or {@code null} when not sent
     * @return this builder
     */
    @JsonProperty("object")
    public Builder object(@Nullable String object) {
      this.object = object;
      return this;
    }

    /**
     * Replaces {@code data}; {@code null} means none.
     *
     * @param data the agents of this page
     * @return this builder
     */
    @JsonProperty("data")
    public Builder data(@Nullable List<? extends Agent> data) {
      Models.replace(this.data, data, "data");
      return this;
    }

    /**
     * Sets {@code next_page_token}; {@code null} leaves it out.
     *
     * @param nextPageToken the cursor of the next page, or {@code null} on the last page
     * @return this builder
     */
    @JsonProperty("next_page_token")
    public Builder nextPageToken(@Nullable String nextPageToken) {
      this.nextPageToken = nextPageToken;
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
     * @return the AgentListPage
     */
    public AgentListPage build() {
      return new AgentListPage(this);
    }
  }
}
