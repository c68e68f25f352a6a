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
import io.github.mistral4j.connectors.internal.LenientDateTimeDeserializer;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The result of the last check of a set of credentials. */
@JsonDeserialize(builder = CredentialsStatus.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class CredentialsStatus {
  private final AuthStatus statusType;
  private final @Nullable OffsetDateTime lastCheckedAt;
  private final @Nullable Integer errorHttpCode;
  private final @Nullable CredentialsStatusErrorReason errorMessage;
  private final Map<String, JsonNode> additionalProperties;

  private CredentialsStatus(Builder b) {
    this.statusType = Models.required(b.statusType, "CredentialsStatus", "status_type");
    this.lastCheckedAt = b.lastCheckedAt;
    this.errorHttpCode = b.errorHttpCode;
    this.errorMessage = b.errorMessage;
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.statusType = statusType;
    b.lastCheckedAt = lastCheckedAt;
    b.errorHttpCode = errorHttpCode;
    b.errorMessage = errorMessage;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return whether the credentials work} */
  @JsonProperty("status_type")
  public AuthStatus statusType() {
    return statusType;
  }

  /** {@return when they were last checked, or {@code null}} */
  @JsonProperty("last_checked_at")
  public @Nullable OffsetDateTime lastCheckedAt() {
    return lastCheckedAt;
  }

  /** {@return the HTTP status of the failed check, or {@code null}} */
  @JsonProperty("error_http_code")
  public @Nullable Integer errorHttpCode() {
    return errorHttpCode;
  }

  /** {@return why the check failed, or {@code null}} */
  @JsonProperty("error_message")
  public @Nullable CredentialsStatusErrorReason errorMessage() {
    return errorMessage;
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
    if (!(o instanceof CredentialsStatus other)) {
      return false;
    }
    return Objects.equals(statusType, other.statusType)
        && Objects.equals(lastCheckedAt, other.lastCheckedAt)
        && Objects.equals(errorHttpCode, other.errorHttpCode)
        && Objects.equals(errorMessage, other.errorMessage)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statusType, lastCheckedAt, errorHttpCode, errorMessage, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("CredentialsStatus")
        .add("statusType", statusType)
        .add("lastCheckedAt", lastCheckedAt)
        .add("errorHttpCode", errorHttpCode)
        .add("errorMessage", errorMessage)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link CredentialsStatus}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable AuthStatus statusType;
    private @Nullable OffsetDateTime lastCheckedAt;
    private @Nullable Integer errorHttpCode;
    private @Nullable CredentialsStatusErrorReason errorMessage;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link CredentialsStatus#statusType()}. Required.
     *
     * @param statusType whether the credentials work
     * @return this builder
     */
    @JsonProperty("status_type")
    public Builder statusType(AuthStatus statusType) {
      this.statusType = Objects.requireNonNull(statusType, "statusType");
      return this;
    }

    /**
     * Sets {@link CredentialsStatus#lastCheckedAt()}. {@code null} unsets it.
     *
     * @param lastCheckedAt when they were last checked, or {@code null}
     * @return this builder
     */
    @JsonProperty("last_checked_at")
    @JsonDeserialize(using = LenientDateTimeDeserializer.class)
    public Builder lastCheckedAt(@Nullable OffsetDateTime lastCheckedAt) {
      this.lastCheckedAt = lastCheckedAt;
      return this;
    }

    /**
     * Sets {@link CredentialsStatus#errorHttpCode()}. {@code null} unsets it.
     *
     * @param errorHttpCode the HTTP status of the failed check, or {@code null}
     * @return this builder
     */
    @JsonProperty("error_http_code")
    public Builder errorHttpCode(@Nullable Integer errorHttpCode) {
      this.errorHttpCode = errorHttpCode;
      return this;
    }

    /**
     * Sets {@link CredentialsStatus#errorMessage()}. {@code null} unsets it.
     *
     * @param errorMessage why the check failed, or {@code null}
     * @return this builder
     */
    @JsonProperty("error_message")
    public Builder errorMessage(@Nullable CredentialsStatusErrorReason errorMessage) {
      this.errorMessage = errorMessage;
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
     * Builds the {@link CredentialsStatus}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public CredentialsStatus build() {
      return new CredentialsStatus(this);
    }
  }
}
