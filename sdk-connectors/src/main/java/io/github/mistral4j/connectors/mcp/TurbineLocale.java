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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Localised texts keyed by language code ({@code en}, {@code fr}, {@code pt-BR}, ...): the
 * contract's {@code TurbineToolLocale} and {@code ServerLocale}, which have the same shape.
 */
@JsonDeserialize(builder = TurbineLocale.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class TurbineLocale {
  private final Map<String, String> name;
  private final Map<String, String> description;
  private final Map<String, String> usageSentence;
  private final Map<String, String> workingDescription;
  private final Map<String, String> doneDescription;
  private final Map<String, JsonNode> additionalProperties;

  private TurbineLocale(Builder b) {
    this.name = Models.map(b.name);
    this.description = Models.map(b.description);
    this.usageSentence = Models.map(b.usageSentence);
    this.workingDescription = Models.map(b.workingDescription);
    this.doneDescription = Models.map(b.doneDescription);
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
    b.workingDescription = Models.mutableMap(workingDescription);
    b.doneDescription = Models.mutableMap(doneDescription);
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return names by language; empty when absent} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("name")
  public Map<String, String> name() {
    return name;
  }

  /** {@return descriptions by language; empty when absent} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("description")
  public Map<String, String> description() {
    return description;
  }

  /** {@return usage sentences by language; empty when absent} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("usage_sentence")
  public Map<String, String> usageSentence() {
    return usageSentence;
  }

  /** {@return texts shown while working, by language; empty when absent} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("working_description")
  public Map<String, String> workingDescription() {
    return workingDescription;
  }

  /** {@return texts shown when done, by language; empty when absent} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("done_description")
  public Map<String, String> doneDescription() {
    return doneDescription;
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
    if (!(o instanceof TurbineLocale other)) {
      return false;
    }
    return Objects.equals(name, other.name)
        && Objects.equals(description, other.description)
        && Objects.equals(usageSentence, other.usageSentence)
        && Objects.equals(workingDescription, other.workingDescription)
        && Objects.equals(doneDescription, other.doneDescription)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, usageSentence, workingDescription, doneDescription, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("TurbineLocale")
        .add("name", name)
        .add("description", description)
        .add("usageSentence", usageSentence)
        .add("workingDescription", workingDescription)
        .add("doneDescription", doneDescription)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link TurbineLocale}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private Map<String, String> name = new LinkedHashMap<>();
    private Map<String, String> description = new LinkedHashMap<>();
    private Map<String, String> usageSentence = new LinkedHashMap<>();
    private Map<String, String> workingDescription = new LinkedHashMap<>();
    private Map<String, String> doneDescription = new LinkedHashMap<>();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link TurbineLocale#name()}. Replaces the current entries; {@code null} means none.
     *
     * @param name names by language; empty when absent
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(@Nullable Map<String, ? extends String> name) {
      this.name = Models.mutableMap(name);
      return this;
    }

    /**
     * Sets {@link TurbineLocale#description()}. Replaces the current entries; {@code null} means
     * none.
     *
     * @param description descriptions by language; empty when absent
     * @return this builder
     */
    @JsonProperty("description")
    public Builder description(@Nullable Map<String, ? extends String> description) {
      this.description = Models.mutableMap(description);
      return this;
    }

    /**
     * Sets {@link TurbineLocale#usageSentence()}. Replaces the current entries; {@code null} means
     * none.
     *
     * @param usageSentence usage sentences by language; empty when absent
     * @return this builder
     */
    @JsonProperty("usage_sentence")
    public Builder usageSentence(@Nullable Map<String, ? extends String> usageSentence) {
      this.usageSentence = Models.mutableMap(usageSentence);
      return this;
    }

    /**
     * Sets {@link TurbineLocale#workingDescription()}. Replaces the current entries; {@code null}
     * means none.
     *
     * @param workingDescription texts shown while working, by language; empty when absent
     * @return this builder
     */
    @JsonProperty("working_description")
    public Builder workingDescription(@Nullable Map<String, ? extends String> workingDescription) {
      this.workingDescription = Models.mutableMap(workingDescription);
      return this;
    }

    /**
     * Sets {@link TurbineLocale#doneDescription()}. Replaces the current entries; {@code null}
     * means none.
     *
     * @param doneDescription texts shown when done, by language; empty when absent
     * @return this builder
     */
    @JsonProperty("done_description")
    public Builder doneDescription(@Nullable Map<String, ? extends String> doneDescription) {
      this.doneDescription = Models.mutableMap(doneDescription);
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
     * Builds the {@link TurbineLocale}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public TurbineLocale build() {
      return new TurbineLocale(this);
    }
  }
}
