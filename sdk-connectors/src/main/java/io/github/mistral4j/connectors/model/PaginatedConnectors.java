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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One page of connectors and the cursor of the next. */
@JsonDeserialize(builder = PaginatedConnectors.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PaginatedConnectors {
  private final List<Connector> items;
  private final PaginationResponse pagination;
  private final Map<String, JsonNode> additionalProperties;

  private PaginatedConnectors(Builder b) {
    this.items = Models.list(Models.required(b.items, "PaginatedConnectors", "items"));
    this.pagination = Models.required(b.pagination, "PaginatedConnectors", "pagination");
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.items = Models.mutableList(items);
    b.pagination = pagination;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the connectors of the page} */
  @JsonProperty("items")
  public List<Connector> items() {
    return items;
  }

  /** {@return the page size and the next cursor} */
  @JsonProperty("pagination")
  public PaginationResponse pagination() {
    return pagination;
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
    if (!(o instanceof PaginatedConnectors other)) {
      return false;
    }
    return Objects.equals(items, other.items)
        && Objects.equals(pagination, other.pagination)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, pagination, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("PaginatedConnectors")
        .add("items", items)
        .add("pagination", pagination)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link PaginatedConnectors}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable List<Connector> items;
    private @Nullable PaginationResponse pagination;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link PaginatedConnectors#items()}. Replaces the current elements; {@code null} means
     * none.
     *
     * @param items the connectors of the page
     * @return this builder
     */
    @JsonProperty("items")
    public Builder items(@Nullable List<? extends Connector> items) {
      this.items = Models.mutableList(items);
      return this;
    }

    /**
     * Sets {@link PaginatedConnectors#pagination()}. Required.
     *
     * @param pagination the page size and the next cursor
     * @return this builder
     */
    @JsonProperty("pagination")
    public Builder pagination(PaginationResponse pagination) {
      this.pagination = Objects.requireNonNull(pagination, "pagination");
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
     * Builds the {@link PaginatedConnectors}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public PaginatedConnectors build() {
      return new PaginatedConnectors(this);
    }
  }
}
