package io.github.mistral4j.agents.model;

import io.github.mistral4j.core.internal.Models;
import io.github.mistral4j.core.internal.JsonMaps;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.github.mistral4j.core.internal.SecretMasker;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An OAuth 2 access token a connector is called with (contract schema {@code OAuth2TokenAuth},
 * {@code type} {@value #TYPE}). Never printed.
 */
@JsonDeserialize(builder = OAuth2TokenAuth.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type"})
public final class OAuth2TokenAuth implements ConnectorAuthorization {
  /** The {@code type} discriminator of this variant. */
  public static final String TYPE = "oauth2-token";

  private final String value;
  private final Map<String, JsonNode> additionalProperties;

  private OAuth2TokenAuth(Builder b) {
    this.value = Models.required(b.value, "OAuth2TokenAuth", "value");
    this.additionalProperties = JsonMaps.freeze(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.value = value;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** The variant's discriminator, always {@value #TYPE}. */
  @JsonProperty("type")
  public String type() {
    return TYPE;
  }

  /** {@return the access token} */
  @JsonProperty("value")
  public String value() {
    return value;
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
    return o instanceof OAuth2TokenAuth other
        && value.equals(other.value)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(TYPE, value, additionalProperties);
  }

  @Override
  public String toString() {
    return "OAuth2TokenAuth{"
        + "value="
        + SecretMasker.MASK
        + JsonMaps.describeExtra(additionalProperties)
        + '}';
  }

  /** Builds {@link OAuth2TokenAuth}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder {
    private @Nullable String value;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    @JsonProperty("type")
    private Builder type(@Nullable String type) {
      return this; // the discriminator is fixed by the class
    }

    /**
     * Sets {@code value} (required).
     *
     * @param value the access token
     * @return this builder
     */
    @JsonProperty("value")
    public Builder value(String value) {
      this.value = Objects.requireNonNull(value, "value");
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
     * @return the OAuth2TokenAuth
     * @throws NullPointerException when a required field ({@code value}) is missing
     */
    public OAuth2TokenAuth build() {
      return new OAuth2TokenAuth(this);
    }
  }
}
