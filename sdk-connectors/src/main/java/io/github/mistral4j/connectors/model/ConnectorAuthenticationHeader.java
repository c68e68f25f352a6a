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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A header an authentication method takes. */
@JsonDeserialize(builder = ConnectorAuthenticationHeader.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ConnectorAuthenticationHeader {
  private final String name;
  private final boolean isRequired;
  private final boolean isSecret;
  private final Map<String, JsonNode> additionalProperties;

  private ConnectorAuthenticationHeader(Builder b) {
    this.name = Models.required(b.name, "ConnectorAuthenticationHeader", "name");
    this.isRequired = b.isRequired;
    this.isSecret = b.isSecret;
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
    b.isRequired = isRequired;
    b.isSecret = isSecret;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the header name} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return whether the header is required (default true)} */
  @JsonProperty("is_required")
  public boolean isRequired() {
    return isRequired;
  }

  /** {@return whether the value is a secret (default true)} */
  @JsonProperty("is_secret")
  public boolean isSecret() {
    return isSecret;
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
    if (!(o instanceof ConnectorAuthenticationHeader other)) {
      return false;
    }
    return Objects.equals(name, other.name)
        && isRequired == other.isRequired
        && isSecret == other.isSecret
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, isRequired, isSecret, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ConnectorAuthenticationHeader")
        .add("name", name)
        .add("isRequired", isRequired)
        .add("isSecret", isSecret)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ConnectorAuthenticationHeader}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String name;
    private boolean isRequired = true;
    private boolean isSecret = true;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ConnectorAuthenticationHeader#name()}. Required.
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
     * Sets {@link ConnectorAuthenticationHeader#isRequired()}. Default {@code true}.
     *
     * @param isRequired whether the header is required (default true)
     * @return this builder
     */
    @JsonProperty("is_required")
    public Builder isRequired(boolean isRequired) {
      this.isRequired = isRequired;
      return this;
    }

    /**
     * Sets {@link ConnectorAuthenticationHeader#isSecret()}. Default {@code true}.
     *
     * @param isSecret whether the value is a secret (default true)
     * @return this builder
     */
    @JsonProperty("is_secret")
    public Builder isSecret(boolean isSecret) {
      this.isSecret = isSecret;
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
     * Builds the {@link ConnectorAuthenticationHeader}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ConnectorAuthenticationHeader build() {
      return new ConnectorAuthenticationHeader(this);
    }
  }
}
