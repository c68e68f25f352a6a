package io.github.mistral4j.connectors.model;

import io.github.mistral4j.core.internal.Checks;
import io.github.mistral4j.core.internal.Models;
import io.github.mistral4j.core.internal.ModelText;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.mistral4j.core.model.Tristate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Creates or updates a set of credentials (not OAuth2) of a connector. Secrets never appear in
 * {@code toString()}.
 */
@JsonDeserialize(builder = CredentialsCreateOrUpdate.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class CredentialsCreateOrUpdate {
  private final String name;
  private final @Nullable String title;
  private final Tristate<Boolean> isDefault;
  private final @Nullable ConnectionCredentials credentials;
  private final Map<String, JsonNode> additionalProperties;

  private CredentialsCreateOrUpdate(Builder b) {
    this.name = Models.required(b.name, "CredentialsCreateOrUpdate", "name");
    this.title = b.title;
    this.isDefault = b.isDefault;
    this.credentials = b.credentials;
    this.additionalProperties = Models.nodes(b.additionalProperties);
    Checks.name("name", name);
    Checks.length("title", title, 0, 255);
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
    b.isDefault = isDefault;
    b.credentials = credentials;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /**
   * {@return the credentials' name, {@code ^[a-zA-Z0-9_-]{1,64}$}; use it to select or change them}
   */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return a human-readable title (at most 255 characters), or {@code null}} */
  @JsonProperty("title")
  public @Nullable String title() {
    return title;
  }

  /**
   * {@return whether these become the default credentials of their method: absent leaves it to the
   * server (default on creation when first), a value sets it, cleared sends {@code null}}
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("is_default")
  public Tristate<Boolean> isDefault() {
    return isDefault;
  }

  /** {@return the credential data (headers, bearer token), or {@code null}} */
  @JsonProperty("credentials")
  public @Nullable ConnectionCredentials credentials() {
    return credentials;
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
    if (!(o instanceof CredentialsCreateOrUpdate other)) {
      return false;
    }
    return Objects.equals(name, other.name)
        && Objects.equals(title, other.title)
        && Objects.equals(isDefault, other.isDefault)
        && Objects.equals(credentials, other.credentials)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, title, isDefault, credentials, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("CredentialsCreateOrUpdate")
        .add("name", name)
        .add("title", title)
        .add("isDefault", isDefault.isAbsent() ? null : isDefault)
        .add("credentials", credentials)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link CredentialsCreateOrUpdate}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String title;
    private Tristate<Boolean> isDefault = Tristate.absent();
    private @Nullable ConnectionCredentials credentials;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link CredentialsCreateOrUpdate#name()}. Required.
     *
     * @param name the credentials' name, {@code ^[a-zA-Z0-9_-]{1,64}$}; use it to select or change
     *     them
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@link CredentialsCreateOrUpdate#title()}. {@code null} unsets it.
     *
     * @param title a human-readable title (at most 255 characters), or {@code null}
     * @return this builder
     */
    @JsonProperty("title")
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@link CredentialsCreateOrUpdate#isDefault()}. The field is sent with this value.
     *
     * @param isDefault whether these become the default credentials of their method: absent leaves
     *     it to the server (default on creation when first), a value sets it, cleared sends
     *     {@code null}
     * @return this builder
     */
    public Builder isDefault(Boolean isDefault) {
      this.isDefault = Tristate.of(isDefault);
      return this;
    }

    /**
     * Sends {@code is_default} as JSON {@code null}, which clears it on the server.
     *
     * @return this builder
     */
    public Builder clearIsDefault() {
      this.isDefault = Tristate.cleared();
      return this;
    }

    /**
     * Sets {@code is_default} as a tri-state: absent (not sent), cleared (sent as {@code null}) or
     * a value.
     *
     * @param isDefault whether these become the default credentials of their method: absent leaves
     *     it to the server (default on creation when first), a value sets it, cleared sends
     *     {@code null}
     * @return this builder
     */
    @JsonIgnore
    public Builder isDefault(Tristate<Boolean> isDefault) {
      this.isDefault = Objects.requireNonNull(isDefault, "isDefault");
      return this;
    }

    @JsonProperty("is_default")
    @SuppressWarnings("unused")
    private Builder isDefaultFromJson(@Nullable Boolean isDefault) {
      this.isDefault = isDefault == null ? Tristate.cleared() : Tristate.of(isDefault);
      return this;
    }

    /**
     * Sets {@link CredentialsCreateOrUpdate#credentials()}. {@code null} unsets it.
     *
     * @param credentials the credential data (headers, bearer token), or {@code null}
     * @return this builder
     */
    @JsonProperty("credentials")
    public Builder credentials(@Nullable ConnectionCredentials credentials) {
      this.credentials = credentials;
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
     * Builds the {@link CredentialsCreateOrUpdate}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     * @throws IllegalArgumentException when a field breaks a rule of the contract
     */
    public CredentialsCreateOrUpdate build() {
      return new CredentialsCreateOrUpdate(this);
    }
  }
}
