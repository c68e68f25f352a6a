package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading the overlay's {@code x-java} mappings. */
final class Overlays {
  private Overlays() {}

  static String required(String schema, JsonNode java, String field) {
    String value = java.path(field).asText("");
    if (value.isBlank()) {
      throw new IllegalArgumentException(schema + ": x-java." + field + " is missing");
    }
    return value;
  }
}
