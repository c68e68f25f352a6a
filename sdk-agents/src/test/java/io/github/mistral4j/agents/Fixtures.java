package io.github.mistral4j.agents;

import io.github.mistral4j.core.ClientOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shared test data and client set-up. */
final class Fixtures {
  private Fixtures() {}

  /** An agent with every field, every tool type and an unknown tool type. */
  static String agentFull() {
    return resource("/agent-full.json");
  }

  /** An agent with only the required fields. */
  static String agent(String id, int version) {
    return """
    {"id":"%s","version":%d,"versions":[%d],"name":"weather","model":"mistral-small-latest",
     "created_at":"2026-01-02T03:04:05Z","updated_at":"2026-01-02T03:04:05Z",
     "deployment_chat":false,"source":"api","object":"agent"}\
    """
        .formatted(id, version, version);
  }

  static String alias(String alias, int version) {
    return """
    {"alias":"%s","version":%d,"created_at":"2026-01-02T03:04:05Z","updated_at":"2026-01-04T03:04:05Z"}\
    """
        .formatted(alias, version);
  }

  static ClientOptions options(String baseUrl) {
    return ClientOptions.builder().apiKey("test-key").baseUrl(baseUrl).sleeper(d -> {}).build();
  }

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
