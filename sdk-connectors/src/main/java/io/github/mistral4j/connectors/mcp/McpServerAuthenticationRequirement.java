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

/** The authentication requirements of a remote transport endpoint. */
@JsonDeserialize(builder = McpServerAuthenticationRequirement.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class McpServerAuthenticationRequirement {
  private final boolean required;
  private final List<String> schemes;
  private final Map<String, JsonNode> additionalProperties;

  private McpServerAuthenticationRequirement(Builder b) {
    this.required = Models.required(b.required, "MCPServerAuthenticationRequirement", "required");
    this.schemes = Models.list(b.schemes);
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.required = required;
    b.schemes = Models.mutableList(schemes);
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return whether authentication is mandatory} */
  @JsonProperty("required")
  public boolean required() {
    return required;
  }

  /**
   * {@return the supported schemes, such as {@code bearer}, {@code oauth2}; empty when not given}
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("schemes")
  public List<String> schemes() {
    return schemes;
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
    if (!(o instanceof McpServerAuthenticationRequirement other)) {
      return false;
    }
    return required == other.required
        && Objects.equals(schemes, other.schemes)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(required, schemes, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("McpServerAuthenticationRequirement")
        .add("required", required)
        .add("schemes", schemes)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link McpServerAuthenticationRequirement}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable Boolean required;
    private List<String> schemes = new ArrayList<>();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link McpServerAuthenticationRequirement#required()}. Required.
     *
     * @param required whether authentication is mandatory
     * @return this builder
     */
    @JsonProperty("required")
    public Builder required(boolean required) {
      this.required = required;
      return this;
    }

    /**
     * Sets {@link McpServerAuthenticationRequirement#schemes()}. Replaces the current elements;
     * {@code null} means none.
     *
     * @param schemes the supported schemes, such as {@code bearer}, {@code oauth2}; empty when not
     *     given
     * @return this builder
     */
    @JsonProperty("schemes")
    public Builder schemes(@Nullable List<? extends String> schemes) {
      this.schemes = Models.mutableList(schemes);
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
     * Builds the {@link McpServerAuthenticationRequirement}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public McpServerAuthenticationRequirement build() {
      return new McpServerAuthenticationRequirement(this);
    }
  }
}
