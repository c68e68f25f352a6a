package io.github.mistral4j.testkit.internal.agents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.testkit.internal.http.StandInJson;

/** Renders agents as the contract's {@code Agent} and {@code AgentAliasResponse} (which allow no other member). */
final class AgentView {
  private static final String[] SETTINGS = {
    "instructions",
    "tools",
    "completion_args",
    "guardrails",
    "model",
    "name",
    "description",
    "handoffs",
    "metadata"
  };

  private AgentView() {}

  /** An {@code Agent} at a version. Call with the store's lock held. */
  static ObjectNode agent(StoredAgent a, AgentVersion v) {
    ObjectNode settings = v.settings();
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    for (String member : SETTINGS) {
      o.set(member, settings.has(member) ? settings.get(member) : NullNode.getInstance());
    }
    o.put("object", "agent");
    o.put("id", a.id);
    o.put("version", v.number());
    ArrayNode versions = o.putArray("versions");
    a.versions.keySet().forEach(versions::add);
    o.put("created_at", StandInJson.timestamp(a.createdAt));
    o.put("updated_at", StandInJson.timestamp(v.createdAt()));
    o.put("deployment_chat", settings.path("deployment_chat").asBoolean(false));
    o.put("source", "api");
    o.set(
        "version_message",
        settings.has("version_message") ? settings.get("version_message") : NullNode.getInstance());
    return o;
  }

  /** An {@code AgentAliasResponse}. */
  static ObjectNode alias(AgentAlias alias) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("alias", alias.alias());
    o.put("version", alias.version());
    o.put("created_at", StandInJson.timestamp(alias.createdAt()));
    o.put("updated_at", StandInJson.timestamp(alias.updatedAt()));
    return o;
  }
}
