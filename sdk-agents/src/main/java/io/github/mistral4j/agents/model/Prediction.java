package io.github.mistral4j.agents.model;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An expected completion, which lets the model answer faster when the output is known in part
 * (contract schema {@code Prediction}, {@code type} {@value #TYPE}).
 */
@JsonDeserialize(builder = Prediction.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type"})
public final class Prediction {
  /** The {@code type} discriminator of this variant. */
  public static final String TYPE = "content";

  private final @Nullable String content;
  private final Map<String, JsonNode> additionalProperties;

  private Prediction(Builder b) {
    this.content = b.content;
    this.additionalProperties = JsonMaps.freeze(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.content = content;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the variant's discriminator, always {@value #TYPE}} */
  @JsonProperty("type")
  public String type() {
    return TYPE;
  }

  /** {@return the expected content, or {@code null} when not set (the server default is empty)} */
  @JsonProperty("content")
  public @Nullable String content() {
    return content;
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
    return o instanceof Prediction other
        && Objects.equals(content, other.content)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(TYPE, content, additionalProperties);
  }

  @Override
  public String toString() {
    return "Prediction{"
        + "content="
        + content
        + JsonMaps.describeExtra(additionalProperties)
        + '}';
  }

  /** Builds {@link Prediction}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder {
    private @Nullable String content;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    @JsonProperty("type")
    private Builder type(@Nullable String type) {
      return this; // the discriminator is fixed by the class
    }

    /**
     * Sets {@code content}; {@code null} leaves it out.
     *
     * @param content the expected content, or {@code null} when not set (the server default is
     *     empty)
     * @return this builder
     */
    @JsonProperty("content")
    public Builder content(@Nullable String content) {
      this.content = content;
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
     * @return the Prediction
     */
    public Prediction build() {
      return new Prediction(this);
    }
  }
}
