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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A named alias of an agent version (contract schema {@code AgentAliasResponse}). */
@JsonDeserialize(builder = AgentAliasResponse.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class AgentAliasResponse {
  private final String alias;
  private final int version;
  private final OffsetDateTime createdAt;
  private final OffsetDateTime updatedAt;
  private final Map<String, JsonNode> additionalProperties;

  private AgentAliasResponse(Builder b) {
    this.alias = Models.required(b.alias, "AgentAliasResponse", "alias");
    this.version = Models.required(b.version, "AgentAliasResponse", "version");
    this.createdAt = Models.required(b.createdAt, "AgentAliasResponse", "created_at");
    this.updatedAt = Models.required(b.updatedAt, "AgentAliasResponse", "updated_at");
    this.additionalProperties = JsonMaps.freeze(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.alias = alias;
    b.version = version;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the alias name} */
  @JsonProperty("alias")
  public String alias() {
    return alias;
  }

  /** {@return the agent version the alias points to} */
  @JsonProperty("version")
  public int version() {
    return version;
  }

  /** {@return when the alias was created} */
  @JsonProperty("created_at")
  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /** {@return when the alias was last changed} */
  @JsonProperty("updated_at")
  public OffsetDateTime updatedAt() {
    return updatedAt;
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
    return o instanceof AgentAliasResponse other
        && alias.equals(other.alias)
        && version == other.version
        && createdAt.equals(other.createdAt)
        && updatedAt.equals(other.updatedAt)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(alias, version, createdAt, updatedAt, additionalProperties);
  }

  @Override
  public String toString() {
    return "AgentAliasResponse{"
        + "alias="
        + alias
        + ", version="
        + version
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + JsonMaps.describeExtra(additionalProperties)
        + '}';
  }

  /** Builds {@link AgentAliasResponse}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder {
    private @Nullable String alias;
    private @Nullable Integer version;
    private @Nullable OffsetDateTime createdAt;
    private @Nullable OffsetDateTime updatedAt;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code alias} (required).
     *
     * @param alias the alias name
     * @return this builder
     */
    @JsonProperty("alias")
    public Builder alias(String alias) {
      this.alias = Objects.requireNonNull(alias, "alias");
      return this;
    }

    /**
     * Sets {@code version} (required).
     *
     * @param version the agent version the alias points to
     * @return this builder
     */
    @JsonProperty("version")
    public Builder version(int version) {
      this.version = version;
      return this;
    }

    /**
     * Sets {@code created_at} (required).
     *
     * @param createdAt when the alias was created
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
     * @param updatedAt when the alias was last changed
     * @return this builder
     */
    @JsonProperty("updated_at")
    public Builder updatedAt(OffsetDateTime updatedAt) {
      this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
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
     * @return the AgentAliasResponse
     * @throws NullPointerException when a required field ({@code alias}, {@code version}, {@code
     *     created_at}, {@code updated_at}) is missing
     */
    public AgentAliasResponse build() {
      return new AgentAliasResponse(this);
    }
  }
}
