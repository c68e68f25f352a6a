package io.github.mistral4j.testkit.internal.agents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.mistral4j.testkit.internal.http.ApiException;
import io.github.mistral4j.testkit.internal.http.ApiResponse;
import io.github.mistral4j.testkit.internal.http.Inputs;
import io.github.mistral4j.testkit.internal.http.Router;
import java.time.Instant;

/** An agent's version aliases: create or move one, list them (by name), delete one. */
final class AgentAliasesResource {
  private final AgentsContext ctx;

  AgentAliasesResource(AgentsContext ctx) {
    this.ctx = ctx;
  }

  void register(Router router) {
    router
        .add(
            "PUT",
            "/v1/agents/{agent_id}/aliases",
            "agents_api_v1_agents_create_or_update_alias",
            this::put)
        .add(
            "GET",
            "/v1/agents/{agent_id}/aliases",
            "agents_api_v1_agents_list_version_aliases",
            this::list)
        .add(
            "DELETE",
            "/v1/agents/{agent_id}/aliases",
            "agents_api_v1_agents_delete_alias",
            this::delete);
  }

  private ApiResponse put(Inputs in) {
    String id = in.path("agent_id");
    String alias = in.requiredQuery("alias", AgentRequests.ALIAS);
    long version = in.requiredQueryInt("version");
    in.validate();
    return ctx.store().withAgent(id, a -> {
      AgentVersion v = a.version(version);
      Instant now = ctx.now();
      AgentAlias old = a.aliases.get(alias);
      AgentAlias next = new AgentAlias(alias, v.number(), old == null ? now : old.createdAt(), now);
      a.aliases.put(alias, next);
      return ApiResponse.ok(AgentView.alias(next));
    });
  }

  private ApiResponse list(Inputs in) {
    String id = in.path("agent_id");
    in.validate();
    return ctx.store().withAgent(id, a -> {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      a.aliases.values().forEach(x -> out.add(AgentView.alias(x)));
      return ApiResponse.ok(out);
    });
  }

  private ApiResponse delete(Inputs in) {
    String id = in.path("agent_id");
    String alias = in.requiredQuery("alias", AgentRequests.ALIAS);
    in.validate();
    return ctx.store().withAgent(id, a -> {
      if (a.aliases.remove(alias) == null) {
        throw ApiException.notFound("Alias " + alias + " of agent " + id + " not found");
      }
      return ApiResponse.noContent();
    });
  }
}
