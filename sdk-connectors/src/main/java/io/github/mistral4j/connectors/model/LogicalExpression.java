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

/** A {@link ConfirmationRule} combining rules with {@code and} or {@code or}. */
@JsonDeserialize(builder = LogicalExpression.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class LogicalExpression implements ConfirmationRule {
  private final String type;
  private final List<ConfirmationRule> expressions;
  private final Map<String, JsonNode> additionalProperties;

  private LogicalExpression(Builder b) {
    this.type = Models.required(b.type, "LogicalExpression", "type");
    this.expressions = Models.list(Models.required(b.expressions, "LogicalExpression", "expressions"));
    this.additionalProperties = Models.nodes(b.additionalProperties);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    b.expressions = Models.mutableList(expressions);
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return how the rules combine: {@code and} or {@code or}} */
  @JsonProperty("type")
  public String type() {
    return type;
  }

  /** {@return the combined rules} */
  @JsonProperty("expressions")
  public List<ConfirmationRule> expressions() {
    return expressions;
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
    if (!(o instanceof LogicalExpression other)) {
      return false;
    }
    return Objects.equals(type, other.type)
        && Objects.equals(expressions, other.expressions)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, expressions, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("LogicalExpression")
        .add("type", type)
        .add("expressions", expressions)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link LogicalExpression}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String type;
    private @Nullable List<ConfirmationRule> expressions;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link LogicalExpression#type()}. Required.
     *
     * @param type how the rules combine: {@code and} or {@code or}
     * @return this builder
     */
    @JsonProperty("type")
    public Builder type(String type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets {@link LogicalExpression#expressions()}. Replaces the current elements; {@code null}
     * means none.
     *
     * @param expressions the combined rules
     * @return this builder
     */
    @JsonProperty("expressions")
    public Builder expressions(@Nullable List<? extends ConfirmationRule> expressions) {
      this.expressions = Models.mutableList(expressions);
      return this;
    }

    /**
     * Adds one element to {@link LogicalExpression#expressions()}.
     *
     * @param value the element to add
     * @return this builder
     */
    public Builder addExpression(ConfirmationRule value) {
      if (this.expressions == null) {
        this.expressions = new ArrayList<>();
      }
      this.expressions.add(Objects.requireNonNull(value, "value"));
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
     * Builds the {@link LogicalExpression}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     */
    public LogicalExpression build() {
      return new LogicalExpression(this);
    }
  }
}
