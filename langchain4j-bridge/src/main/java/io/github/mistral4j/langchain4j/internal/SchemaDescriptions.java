package io.github.mistral4j.langchain4j.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the description of a converted sub-schema. LangChain4j's typed schema elements hold only
 * a description, so the keywords a model needs to produce valid arguments (default, format,
 * pattern, bounds) are folded into it: {@code Page size (minimum: 1; maximum: 100; default: 10)}.
 * A {@code title} (as pydantic writes one for every field) stands in for a missing description.
 */
final class SchemaDescriptions {
  /** Keywords folded into the description, in this order. */
  private static final List<String> FOLDED =
      List.of(
          "format",
          "pattern",
          "minLength",
          "maxLength",
          "minimum",
          "exclusiveMinimum",
          "maximum",
          "exclusiveMaximum",
          "multipleOf",
          "minItems",
          "maxItems",
          "uniqueItems",
          "minProperties",
          "maxProperties",
          "default");

  private static final Set<String> FOLDED_SET = SchemaNodes.keywords(FOLDED);

  private SchemaDescriptions() {}

  /**
   * The node's description with its constraints and default appended, or {@code null} when it has
   * none of them.
   */
  static @Nullable String of(JsonNode node) {
    JsonNode description = null;
    JsonNode title = null;
    boolean foldable = false;
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      switch (key) {
        case "description" -> description = field.getValue();
        case "title" -> title = field.getValue();
        case "type", "enum", "const", "items", "properties", "required", "additionalProperties" -> { }
        default -> foldable |= FOLDED_SET.contains(key);
      }
    }
    String base = text(description);
    if (base == null) {
      base = text(title);
    }
    if (!foldable) {
      return base; // nothing to fold: the fifteen lookups below would find nothing
    }
    List<String> extras = new ArrayList<>();
    for (String keyword : FOLDED) {
      JsonNode value = node.get(keyword);
      if (value == null || (keyword.equals("uniqueItems") && !value.asBoolean(false))) {
        continue;
      }
      extras.add(keyword + ": " + (value.isTextual() && !keyword.equals("default") ? value.textValue() : json(value)));
    }
    if (extras.isEmpty()) {
      return base;
    }
    String folded = "(" + String.join("; ", extras) + ")";
    return base == null ? folded : base + " " + folded;
  }

  /**
   * The value as compact JSON, as {@link JsonNode#toString()} writes it; integers, booleans and
   * plain printable ASCII strings without the writer's set-up.
   */
  static String json(JsonNode value) {
    if (value.isInt() || value.isLong()) {
      return Long.toString(value.longValue());
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? "true" : "false";
    }
    if (value.isTextual() && isPlainAscii(value.textValue())) {
      return '"' + value.textValue() + '"';
    }
    return value.toString();
  }

  /** Printable ASCII with no quote or backslash: nothing a JSON writer escapes. */
  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String text(@Nullable JsonNode value) {
    return value != null && value.isTextual() && !value.textValue().isBlank() ? value.textValue().strip() : null;
  }

  /** Whether {@link #of} folds this keyword into the description. */
  static boolean isFolded(String keyword) {
    return FOLDED_SET.contains(keyword);
  }

}
