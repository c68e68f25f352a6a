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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The credentials configured for a connector at one scope, without secrets. */
@JsonDeserialize(builder = CredentialsResponse.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class CredentialsResponse {
  private final List<AuthenticationConfiguration> credentials;
  private final List<AuthenticationType> connectorPresetCredentialsForAuth;
  private final Map<String, JsonNode> additionalProperties;

  private CredentialsResponse(Builder b) {
    this.credentials = Models.list(Models.required(b.credentials, "CredentialsResponse", "credentials"));
    this.connectorPresetCredentialsForAuth = Models.list(b.connectorPresetCredentialsForAuth);
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.credentials = Models.mutableList(credentials);
    b.connectorPresetCredentialsForAuth = Models.mutableList(connectorPresetCredentialsForAuth);
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the credentials} */
  @JsonProperty("credentials")
  public List<AuthenticationConfiguration> credentials() {
    return credentials;
  }

  /** {@return the methods for which the connector has preset credentials; empty when none} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("connector_preset_credentials_for_auth")
  public List<AuthenticationType> connectorPresetCredentialsForAuth() {
    return connectorPresetCredentialsForAuth;
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
    if (!(o instanceof CredentialsResponse other)) {
      return false;
    }
    return Objects.equals(credentials, other.credentials)
        && Objects.equals(connectorPresetCredentialsForAuth, other.connectorPresetCredentialsForAuth)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(credentials, connectorPresetCredentialsForAuth, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("CredentialsResponse")
        .add("credentials", credentials)
        .add("connectorPresetCredentialsForAuth", connectorPresetCredentialsForAuth)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link CredentialsResponse}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable List<AuthenticationConfiguration> credentials;
    private List<AuthenticationType> connectorPresetCredentialsForAuth = new ArrayList<>();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link CredentialsResponse#credentials()}. Replaces the current elements; {@code null}
     * means none.
     *
     * @param credentials the credentials
     * @return this builder
     */
    @JsonProperty("credentials")
    public Builder credentials(@Nullable List<? extends AuthenticationConfiguration> credentials) {
      this.credentials = Models.mutableList(credentials);
      return this;
    }

    /**
     * Sets {@link CredentialsResponse#connectorPresetCredentialsForAuth()}. Replaces the current
     * elements; {@code null} means none.
     *
     * @param connectorPresetCredentialsForAuth the methods for which the connector has preset
     *     credentials; empty when none
     * @return this builder
     */
    @JsonProperty("connector_preset_credentials_for_auth")
    public Builder connectorPresetCredentialsForAuth(@Nullable List<? extends AuthenticationType> connectorPresetCredentialsForAuth) {
      this.connectorPresetCredentialsForAuth = Models.mutableList(connectorPresetCredentialsForAuth);
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
     * Builds the {@link CredentialsResponse}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public CredentialsResponse build() {
      return new CredentialsResponse(this);
    }
  }
}
