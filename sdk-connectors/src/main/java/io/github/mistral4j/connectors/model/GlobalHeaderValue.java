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

/**
 * The value of a connector-wide header, applied to every credential. The value never appears in
 * {@code toString()}.
 */
@JsonDeserialize(builder = GlobalHeaderValue.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class GlobalHeaderValue {
  private final boolean isSecret;
  private final String value;
  private final Map<String, JsonNode> additionalProperties;

  private GlobalHeaderValue(Builder b) {
    this.isSecret = b.isSecret;
    this.value = Models.required(b.value, "GlobalHeaderValue", "value");
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.isSecret = isSecret;
    b.value = value;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /**
   * {@return whether the value is a secret, encrypted at rest and never returned in clear (default
   * true)}
   */
  @JsonProperty("is_secret")
  public boolean isSecret() {
    return isSecret;
  }

  /** {@return the value (redacted by the server in responses when secret)} */
  @JsonProperty("value")
  public String value() {
    return value;
  }

  /** {@return fields this SDK version does not know, as received (copies)} */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Models.nodes(additionalProperties);
  }

  /**
   * A secret header value.
   *
   * @param value the value
   * @return the header value
   */
  public static GlobalHeaderValue secret(String value) {
    return builder().value(value).isSecret(true).build();
  }

  /**
   * A header value that is not secret.
   *
   * @param value the value
   * @return the header value
   */
  public static GlobalHeaderValue plain(String value) {
    return builder().value(value).isSecret(false).build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GlobalHeaderValue other)) {
      return false;
    }
    return isSecret == other.isSecret
        && Objects.equals(value, other.value)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(isSecret, value, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("GlobalHeaderValue")
        .add("isSecret", isSecret)
        .secret("value", value)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link GlobalHeaderValue}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private boolean isSecret = true;
    private @Nullable String value;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link GlobalHeaderValue#isSecret()}. Default {@code true}.
     *
     * @param isSecret whether the value is a secret, encrypted at rest and never returned in clear
     *     (default true)
     * @return this builder
     */
    @JsonProperty("is_secret")
    public Builder isSecret(boolean isSecret) {
      this.isSecret = isSecret;
      return this;
    }

    /**
     * Sets {@link GlobalHeaderValue#value()}. Required.
     *
     * @param value the value (redacted by the server in responses when secret)
     * @return this builder
     */
    @JsonProperty("value")
    public Builder value(String value) {
      this.value = Objects.requireNonNull(value, "value");
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
     * Builds the {@link GlobalHeaderValue}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public GlobalHeaderValue build() {
      return new GlobalHeaderValue(this);
    }
  }
}
