package io.github.mistral4j.langchain4j.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/**
 * The keywords of one schema node that decide how {@link SchemaConverter} converts it, found in one
 * pass over the node's few keys instead of one lookup per keyword.
 */
final class SchemaKeys {
  /** {@code $ref}. */
  static final int REF = 1;

  /** {@code allOf}. */
  static final int ALL_OF = 1 << 1;

  /** {@code anyOf} or {@code oneOf}. */
  static final int ANY_OF = 1 << 2;

  /** {@code nullable}. */
  static final int NULLABLE = 1 << 3;

  /** {@code enum} or {@code const}. */
  static final int ENUM = 1 << 4;

  /** One of {@link SchemaNodes#UNSUPPORTED}. */
  static final int UNSUPPORTED = 1 << 5;

  private SchemaKeys() {}

  /**
   * The keywords the node has.
   *
   * @param node a schema object
   * @return the flags of this class for the keywords present, whatever their values
   */
  static int of(JsonNode node) {
    int flags = 0;
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      flags |= switch (key) {
        case "$ref" -> REF;
        case "allOf" -> ALL_OF;
        case "anyOf", "oneOf" -> ANY_OF;
        case "nullable" -> NULLABLE;
        case "enum", "const" -> ENUM;
        case "type", "description", "title", "properties", "items", "required", "default" -> 0;
        default -> SchemaNodes.isUnsupported(key) ? UNSUPPORTED : 0;
      };
    }
    return flags;
  }
}
