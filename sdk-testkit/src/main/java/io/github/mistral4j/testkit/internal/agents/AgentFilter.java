package io.github.mistral4j.testkit.internal.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.testkit.internal.http.Inputs;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the two agent list operations, applied to an agent's active version.
 *
 * @param deploymentChat keep agents with this {@code deployment_chat}, or null for all
 * @param sources keep agents whose source is one of these (empty for all); every agent here has source {@code api}
 * @param name keep agents with exactly this name, or null
 * @param search keep agents whose name or id contains this (case-insensitive), or null
 * @param id keep the agent with this id, or null
 * @param metadata keep agents whose metadata holds all these members with equal values, or null
 */
record AgentFilter(
    @Nullable Boolean deploymentChat,
    List<String> sources,
    @Nullable String name,
    @Nullable String search,
    @Nullable String id,
    @Nullable ObjectNode metadata) {

  /** Reads (and checks) the filter parameters of a request. */
  static AgentFilter read(Inputs in) {
    return new AgentFilter(
        in.queryBool("deployment_chat"),
        in.queryList("sources", AgentRequests.REQUEST_SOURCE),
        in.query("name"),
        in.query("search"),
        in.query("id"),
        in.queryJsonObject("metadata"));
  }

  /** Whether an agent passes. */
  boolean matches(StoredAgent a) {
    ObjectNode s = a.active().settings();
    String agentName = s.path("name").asText();
    if (deploymentChat != null && s.path("deployment_chat").asBoolean(false) != deploymentChat) {
      return false;
    }
    if (!sources.isEmpty() && !sources.contains("api")) {
      return false;
    }
    if (name != null && !name.equals(agentName)) {
      return false;
    }
    if (id != null && !id.equals(a.id)) {
      return false;
    }
    if (search != null) {
      String needle = search.toLowerCase(Locale.ROOT);
      if (!agentName.toLowerCase(Locale.ROOT).contains(needle)
          && !a.id.toLowerCase(Locale.ROOT).contains(needle)) {
        return false;
      }
    }
    return metadata == null || containsAll(s.path("metadata"), metadata);
  }

  private static boolean containsAll(JsonNode actual, ObjectNode wanted) {
    Iterator<Map.Entry<String, JsonNode>> it = wanted.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().equals(actual.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
