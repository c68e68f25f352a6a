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
 * Localised texts of a connector or a connector tool, keyed by language code ({@code en}, {@code
 * fr}, {@code pt-BR}, ...): the contract's {@code ConnectorLocale} and {@code
 * ConnectorToolLocale}, which have the same shape.
 */
@JsonDeserialize(builder = ConnectorLocale.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ConnectorLocale {
  private final Map<String, String> name;
  private final Map<String, String> description;
  private final Map<String, String> usageSentence;
  private final Map<String, JsonNode> additionalProperties;

  private ConnectorLocale(Builder b) {
    this.name = Models.map(Models.required(b.name, "ConnectorLocale", "name"));
    this.description = Models.map(Models.required(b.description, "ConnectorLocale", "description"));
    this.usageSentence = Models.map(Models.required(b.usageSentence, "ConnectorLocale", "usage_sentence"));
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = Models.mutableMap(name);
    b.description = Models.mutableMap(description);
    b.usageSentence = Models.mutableMap(usageSentence);
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return names by language} */
  @JsonProperty("name")
  public Map<String, String> name() {
    return name;
  }

  /** {@return descriptions by language} */
  @JsonProperty("description")
  public Map<String, String> description() {
    return description;
  }

  /** {@return usage sentences by language} */
  @JsonProperty("usage_sentence")
  public Map<String, String> usageSentence() {
    return usageSentence;
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
    if (!(o instanceof ConnectorLocale other)) {
      return false;
    }
    return Objects.equals(name, other.name)
        && Objects.equals(description, other.description)
        && Objects.equals(usageSentence, other.usageSentence)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, usageSentence, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ConnectorLocale")
        .add("name", name)
        .add("description", description)
        .add("usageSentence", usageSentence)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ConnectorLocale}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable Map<String, String> name;
    private @Nullable Map<String, String> description;
    private @Nullable Map<String, String> usageSentence;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ConnectorLocale#name()}. Replaces the current entries; {@code null} means none.
     *
     * @param name names by language
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(@Nullable Map<String, ? extends String> name) {
      this.name = Models.mutableMap(name);
      return this;
    }

    /**
     * Sets {@link ConnectorLocale#description()}. Replaces the current entries; {@code null} means
     * none.
     *
     * @param description descriptions by language
     * @return this builder
     */
    @JsonProperty("description")
    public Builder description(@Nullable Map<String, ? extends String> description) {
      this.description = Models.mutableMap(description);
      return this;
    }

    /**
     * Sets {@link ConnectorLocale#usageSentence()}. Replaces the current entries; {@code null}
     * means none.
     *
     * @param usageSentence usage sentences by language
     * @return this builder
     */
    @JsonProperty("usage_sentence")
    public Builder usageSentence(@Nullable Map<String, ? extends String> usageSentence) {
      this.usageSentence = Models.mutableMap(usageSentence);
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
     * Builds the {@link ConnectorLocale}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public ConnectorLocale build() {
      return new ConnectorLocale(this);
    }
  }
}
