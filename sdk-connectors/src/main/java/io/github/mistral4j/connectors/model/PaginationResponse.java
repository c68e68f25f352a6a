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

/** Where a page of a keyset-paginated list ends. */
@JsonDeserialize(builder = PaginationResponse.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PaginationResponse {
  private final @Nullable String nextCursor;
  private final int pageSize;
  private final Map<String, JsonNode> additionalProperties;

  private PaginationResponse(Builder b) {
    this.nextCursor = b.nextCursor;
    this.pageSize = Models.required(b.pageSize, "PaginationResponse", "page_size");
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.nextCursor = nextCursor;
    b.pageSize = pageSize;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the cursor of the next page, or {@code null} on the last page} */
  @JsonProperty("next_cursor")
  public @Nullable String nextCursor() {
    return nextCursor;
  }

  /** {@return the page size used} */
  @JsonProperty("page_size")
  public int pageSize() {
    return pageSize;
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
    if (!(o instanceof PaginationResponse other)) {
      return false;
    }
    return Objects.equals(nextCursor, other.nextCursor)
        && pageSize == other.pageSize
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nextCursor, pageSize, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("PaginationResponse")
        .add("nextCursor", nextCursor)
        .add("pageSize", pageSize)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link PaginationResponse}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String nextCursor;
    private @Nullable Integer pageSize;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link PaginationResponse#nextCursor()}. {@code null} unsets it.
     *
     * @param nextCursor the cursor of the next page, or {@code null} on the last page
     * @return this builder
     */
    @JsonProperty("next_cursor")
    public Builder nextCursor(@Nullable String nextCursor) {
      this.nextCursor = nextCursor;
      return this;
    }

    /**
     * Sets {@link PaginationResponse#pageSize()}. Required.
     *
     * @param pageSize the page size used
     * @return this builder
     */
    @JsonProperty("page_size")
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
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
     * Builds the {@link PaginationResponse}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public PaginationResponse build() {
      return new PaginationResponse(this);
    }
  }
}
