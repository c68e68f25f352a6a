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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The source repository of an MCP server. */
@JsonDeserialize(builder = McpServerRepository.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class McpServerRepository {
  private final String url;
  private final String source;
  private final @Nullable String subfolder;
  private final Map<String, JsonNode> additionalProperties;

  private McpServerRepository(Builder b) {
    this.url = Models.required(b.url, "MCPServerRepository", "url");
    this.source = Models.required(b.source, "MCPServerRepository", "source");
    this.subfolder = b.subfolder;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.url = url;
    b.source = source;
    b.subfolder = subfolder;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the repository URL} */
  @JsonProperty("url")
  public String url() {
    return url;
  }

  /** {@return the source, such as {@code github}} */
  @JsonProperty("source")
  public String source() {
    return source;
  }

  /** {@return the server's folder in the repository, or {@code null}} */
  @JsonProperty("subfolder")
  public @Nullable String subfolder() {
    return subfolder;
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
    if (!(o instanceof McpServerRepository other)) {
      return false;
    }
    return Objects.equals(url, other.url)
        && Objects.equals(source, other.source)
        && Objects.equals(subfolder, other.subfolder)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, source, subfolder, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("McpServerRepository")
        .add("url", url)
        .add("source", source)
        .add("subfolder", subfolder)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link McpServerRepository}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String url;
    private @Nullable String source;
    private @Nullable String subfolder;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link McpServerRepository#url()}. Required.
     *
     * @param url the repository URL
     * @return this builder
     */
    @JsonProperty("url")
    public Builder url(String url) {
      this.url = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Sets {@link McpServerRepository#source()}. Required.
     *
     * @param source the source, such as {@code github}
     * @return this builder
     */
    @JsonProperty("source")
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets {@link McpServerRepository#subfolder()}. {@code null} unsets it.
     *
     * @param subfolder the server's folder in the repository, or {@code null}
     * @return this builder
     */
    @JsonProperty("subfolder")
    public Builder subfolder(@Nullable String subfolder) {
      this.subfolder = subfolder;
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
     * Builds the {@link McpServerRepository}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public McpServerRepository build() {
      return new McpServerRepository(this);
    }
  }
}
