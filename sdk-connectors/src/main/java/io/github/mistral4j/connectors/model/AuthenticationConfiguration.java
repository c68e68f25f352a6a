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

/** A set of credentials configured for a connector, without its secrets. */
@JsonDeserialize(builder = AuthenticationConfiguration.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class AuthenticationConfiguration {
  private final String name;
  private final @Nullable String title;
  private final AuthenticationType authenticationType;
  private final ConsumerType scope;
  private final @Nullable CredentialsStatus status;
  private final boolean isDefault;
  private final Map<String, JsonNode> additionalProperties;

  private AuthenticationConfiguration(Builder b) {
    this.name = Models.required(b.name, "AuthenticationConfiguration", "name");
    this.title = b.title;
    this.authenticationType = Models.required(b.authenticationType, "AuthenticationConfiguration", "authentication_type");
    this.scope = Models.required(b.scope, "AuthenticationConfiguration", "scope");
    this.status = b.status;
    this.isDefault = b.isDefault;
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
    b.title = title;
    b.authenticationType = authenticationType;
    b.scope = scope;
    b.status = status;
    b.isDefault = isDefault;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the credentials' name} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return a human-readable title, or {@code null}} */
  @JsonProperty("title")
  public @Nullable String title() {
    return title;
  }

  /** {@return the authentication method} */
  @JsonProperty("authentication_type")
  public AuthenticationType authenticationType() {
    return authenticationType;
  }

  /** {@return who the credentials belong to} */
  @JsonProperty("scope")
  public ConsumerType scope() {
    return scope;
  }

  /** {@return the last check of the credentials, or {@code null}} */
  @JsonProperty("status")
  public @Nullable CredentialsStatus status() {
    return status;
  }

  /** {@return whether these are the default credentials of their method (default false)} */
  @JsonProperty("is_default")
  public boolean isDefault() {
    return isDefault;
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
    if (!(o instanceof AuthenticationConfiguration other)) {
      return false;
    }
    return Objects.equals(name, other.name)
        && Objects.equals(title, other.title)
        && Objects.equals(authenticationType, other.authenticationType)
        && Objects.equals(scope, other.scope)
        && Objects.equals(status, other.status)
        && isDefault == other.isDefault
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, title, authenticationType, scope, status, isDefault, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("AuthenticationConfiguration")
        .add("name", name)
        .add("title", title)
        .add("authenticationType", authenticationType)
        .add("scope", scope)
        .add("status", status)
        .add("isDefault", isDefault)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link AuthenticationConfiguration}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String title;
    private @Nullable AuthenticationType authenticationType;
    private @Nullable ConsumerType scope;
    private @Nullable CredentialsStatus status;
    private boolean isDefault = false;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link AuthenticationConfiguration#name()}. Required.
     *
     * @param name the credentials' name
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link AuthenticationConfiguration#title()}. {@code null} unsets it.
     *
     * @param title a human-readable title, or {@code null}
     * @return this builder
     */
    @JsonProperty("title")
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@link AuthenticationConfiguration#authenticationType()}. Required.
     *
     * @param authenticationType the authentication method
     * @return this builder
     */
    @JsonProperty("authentication_type")
    public Builder authenticationType(AuthenticationType authenticationType) {
      this.authenticationType = Objects.requireNonNull(authenticationType, "authenticationType");
      return this;
    }

    /**
     * Sets {@link AuthenticationConfiguration#scope()}. Required.
     *
     * @param scope who the credentials belong to
     * @return this builder
     */
    @JsonProperty("scope")
    public Builder scope(ConsumerType scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /**
     * Sets {@link AuthenticationConfiguration#status()}. {@code null} unsets it.
     *
     * @param status the last check of the credentials, or {@code null}
     * @return this builder
     */
    @JsonProperty("status")
    public Builder status(@Nullable CredentialsStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@link AuthenticationConfiguration#isDefault()}. Default {@code false}.
     *
     * @param isDefault whether these are the default credentials of their method (default false)
     * @return this builder
     */
    @JsonProperty("is_default")
    public Builder isDefault(boolean isDefault) {
      this.isDefault = isDefault;
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
     * Builds the {@link AuthenticationConfiguration}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public AuthenticationConfiguration build() {
      return new AuthenticationConfiguration(this);
    }
  }
}
