package io.github.mistral4j.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures and a client pointed at a WireMock server. */
final class Fixtures {
  static final String CONNECTOR_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

  private Fixtures() {}

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The module's README (tests run with the module directory as working directory). */
  static String readme() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("README.md"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ClientOptions options(String baseUrl) {
    return ClientOptions.builder().apiKey("test-key").baseUrl(baseUrl).sleeper(d -> {}).build();
  }
}
