package io.github.mistral4j.reliability;

import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Identifiers, response bodies and client options shared by the suite. */
final class Fixtures {
  static final String CONNECTOR_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
  static final String CONNECTOR_NAME = "weather";
  static final String TOOL = "forecast";
  static final String CREDENTIALS = "work";
  static final String AGENT_ID = "ag_0195";
  static final String ALIAS = "prod";
  static final String API_KEY = "test-key";

  static final String CONNECTOR = read("connector.json");
  static final String CONNECTORS_PAGE = read("connectors-page.json");
  /** A single page of connectors: no next cursor, so auto-paging makes one request. */
  static final String CONNECTORS_LAST_PAGE =
      "{\"items\":[{\"id\":\"" + CONNECTOR_ID + "\",\"name\":\"weather\",\"description\":\"Weather tools\","
          + "\"created_at\":\"2026-01-15T10:00:00Z\",\"modified_at\":\"2026-01-15T10:00:00Z\","
          + "\"owner_type\":\"user\",\"visibility\":\"private\",\"private_tool_execution\":false}],"
          + "\"pagination\":{\"page_size\":1}}";
  static final String CREDENTIALS_LIST = read("credentials.json");
  static final String AUTH_METHODS = read("auth-methods.json");
  static final String MCP_TOOLS = read("mcp-tools.json");
  static final String TOOL_CALL = read("tool-call-response.json");
  static final String AGENT = read("agent.json");
  static final String AGENTS = "[" + AGENT + "]";
  static final String AGENT_PAGE = "{\"object\":\"list\",\"data\":[" + AGENT + "]}";
  static final String ALIAS_BODY =
      "{\"alias\":\"prod\",\"version\":3,\"created_at\":\"2026-01-02T03:04:05Z\",\"updated_at\":\"2026-01-04T03:04:05Z\"}";
  static final String ALIASES = "[" + ALIAS_BODY + "]";
  static final String MESSAGE = "{\"message\":\"done\"}";
  static final String AUTH_URL = "{\"auth_url\":\"https://auth.example.com/authorize?state=abc\",\"ttl\":600}";

  private Fixtures() {}

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Options for a client of the given server that never sleeps between retries. */
  static ClientOptions.Builder options(String baseUrl, Sleeper sleeper) {
    return ClientOptions.builder().apiKey(API_KEY).baseUrl(baseUrl).sleeper(sleeper);
  }

  /** A sleeper that returns at once and remembers every wait it was asked for. */
  static final class RecordingSleeper implements Sleeper {
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
      sleeps.add(duration);
    }

    List<Duration> sleeps() {
      return List.copyOf(sleeps);
    }

    void clear() {
      sleeps.clear();
    }
  }
}
