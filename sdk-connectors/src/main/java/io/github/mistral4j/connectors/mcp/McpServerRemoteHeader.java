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

/** A header a remote transport endpoint takes. */
@JsonDeserialize(builder = McpServerRemoteHeader.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class McpServerRemoteHeader {
  private final String name;
  private final String description;
  private final @Nullable Boolean isRequired;
  private final @Nullable Boolean isSecret;
  private final @Nullable String defaultValue;
  private final List<String> choices;
  private final Map<String, JsonNode> additionalProperties;

  private McpServerRemoteHeader(Builder b) {
    this.name = Models.required(b.name, "MCPServerRemoteHeader", "name");
    this.description = Models.required(b.description, "MCPServerRemoteHeader", "description");
    this.isRequired = b.isRequired;
    this.isSecret = b.isSecret;
    this.defaultValue = b.defaultValue;
    this.choices = Models.list(b.choices);
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.description = description;
    b.isRequired = isRequired;
    b.isSecret = isSecret;
    b.defaultValue = defaultValue;
    b.choices = Models.mutableList(choices);
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the header name} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return what the header is for} */
  @JsonProperty("description")
  public String description() {
    return description;
  }

  /** {@return whether the header is required, or {@code null}} */
  @JsonProperty("isRequired")
  public @Nullable Boolean isRequired() {
    return isRequired;
  }

  /** {@return whether the value is a secret, or {@code null}} */
  @JsonProperty("isSecret")
  public @Nullable Boolean isSecret() {
    return isSecret;
  }

  /** {@return the default value ({@code default}), or {@code null}} */
  @JsonProperty("default")
  public @Nullable String defaultValue() {
    return defaultValue;
  }

  /** {@return the allowed values; empty when free} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("choices")
  public List<String> choices() {
    return choices;
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
    if (!(o instanceof McpServerRemoteHeader other)) {
      return false;
    }
    return Objects.equals(name, other.name)
        && Objects.equals(description, other.description)
        && Objects.equals(isRequired, other.isRequired)
        && Objects.equals(isSecret, other.isSecret)
        && Objects.equals(defaultValue, other.defaultValue)
        && Objects.equals(choices, other.choices)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, isRequired, isSecret, defaultValue, choices, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("McpServerRemoteHeader")
        .add("name", name)
        .add("description", description)
        .add("isRequired", isRequired)
        .add("isSecret", isSecret)
        .add("defaultValue", defaultValue)
        .add("choices", choices)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link McpServerRemoteHeader}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable Boolean isRequired;
    private @Nullable Boolean isSecret;
    private @Nullable String defaultValue;
    private List<String> choices = new ArrayList<>();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link McpServerRemoteHeader#name()}. Required.
     *
     * @param name the header name
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link McpServerRemoteHeader#description()}. Required.
     *
     * @param description what the header is for
     * @return this builder
     */
    @JsonProperty("description")
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets {@link McpServerRemoteHeader#isRequired()}. {@code null} unsets it.
     *
     * @param isRequired whether the header is required, or {@code null}
     * @return this builder
     */
    @JsonProperty("isRequired")
    public Builder isRequired(@Nullable Boolean isRequired) {
      this.isRequired = isRequired;
      return this;
    }

    /**
     * Sets {@link McpServerRemoteHeader#isSecret()}. {@code null} unsets it.
     *
     * @param isSecret whether the value is a secret, or {@code null}
     * @return this builder
     */
    @JsonProperty("isSecret")
    public Builder isSecret(@Nullable Boolean isSecret) {
      this.isSecret = isSecret;
      return this;
    }

    /**
     * Sets {@link McpServerRemoteHeader#defaultValue()}. {@code null} unsets it.
     *
     * @param defaultValue the default value ({@code default}), or {@code null}
     * @return this builder
     */
    @JsonProperty("default")
    public Builder defaultValue(@Nullable String defaultValue) {
      this.defaultValue = defaultValue;
      return this;
    }

    /**
     * Sets {@link McpServerRemoteHeader#choices()}. Replaces the current elements; {@code null}
     * means none.
     *
     * @param choices the allowed values; empty when free
     * @return this builder
     */
    @JsonProperty("choices")
    public Builder choices(@Nullable List<? extends String> choices) {
      this.choices = Models.mutableList(choices);
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
     * Builds the {@link McpServerRemoteHeader}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public McpServerRemoteHeader build() {
      return new McpServerRemoteHeader(this);
    }
  }
}
