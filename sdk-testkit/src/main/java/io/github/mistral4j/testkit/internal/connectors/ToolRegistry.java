package io.github.mistral4j.testkit.internal.connectors;

import io.github.mistral4j.testkit.ToolHandler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The tools registered per connector name, in registration order. Tools follow the name: they are listed for
 * whichever connector has that name now, and stay registered when the connector is deleted or renamed.
 */
final class ToolRegistry {
  /**
   * A registered tool.
   *
   * @param handler the user's tool
   * @param id the id the tool is listed with in a connector's {@code tools}
   * @param registeredAt when it was registered
   */
  record RegisteredTool(ToolHandler handler, String id, Instant registeredAt) {}

  private final Map<String, Map<String, RegisteredTool>> byConnector = new HashMap<>();

  /** Registers a tool, replacing one of the same name on that connector. */
  synchronized void register(String connectorName, ToolHandler handler, Instant now) {
    byConnector
        .computeIfAbsent(connectorName, k -> new LinkedHashMap<>())
        .put(handler.name(), new RegisteredTool(handler, UUID.randomUUID().toString(), now));
  }

  /** Removes one tool; whether it was there. */
  synchronized boolean unregister(String connectorName, String toolName) {
    Map<String, RegisteredTool> tools = byConnector.get(connectorName);
    return tools != null && tools.remove(toolName) != null;
  }

  /** The tools of a connector name, in registration order. */
  synchronized List<RegisteredTool> list(String connectorName) {
    Map<String, RegisteredTool> tools = byConnector.get(connectorName);
    return tools == null ? List.of() : new ArrayList<>(tools.values());
  }

  /** One tool, or null. */
  synchronized @Nullable RegisteredTool find(String connectorName, String toolName) {
    Map<String, RegisteredTool> tools = byConnector.get(connectorName);
    return tools == null ? null : tools.get(toolName);
  }

  /** Forgets every tool. */
  synchronized void clear() {
    byConnector.clear();
  }
}
