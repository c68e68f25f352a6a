package io.github.mistral4j.testkit.internal.agents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.mistral4j.testkit.internal.http.ApiResponse;
import io.github.mistral4j.testkit.internal.http.Inputs;
import io.github.mistral4j.testkit.internal.http.Pages;
import io.github.mistral4j.testkit.internal.http.Router;
import java.util.ArrayList;
import java.util.List;

/** An agent's versions: switch the active one, list them (newest first), get one. */
final class AgentVersionsResource {
  private final AgentsContext ctx;

  AgentVersionsResource(AgentsContext ctx) {
    this.ctx = ctx;
  }

  void register(Router router) {
    router
        .add(
            "PATCH",
            "/v1/agents/{agent_id}/version",
            "agents_api_v1_agents_update_version",
            this::switchVersion)
        .add(
            "GET",
            "/v1/agents/{agent_id}/versions",
            "agents_api_v1_agents_list_versions",
            this::list)
        .add(
            "GET",
            "/v1/agents/{agent_id}/versions/{version}",
            "agents_api_v1_agents_get_version",
            this::get);
  }

  private ApiResponse switchVersion(Inputs in) {
    String id = in.path("agent_id");
    long version = in.requiredQueryInt("version");
    in.validate();
    return ctx.store().withAgent(id, a -> {
      AgentVersion v = a.version(version);
      a.activeVersion = v.number();
      return ApiResponse.ok(AgentView.agent(a, v));
    });
  }

  private ApiResponse list(Inputs in) {
    String id = in.path("agent_id");
    long page = in.queryInt("page", 0, 0, Integer.MAX_VALUE);
    long pageSize = in.queryInt("page_size", 20, 1, 100);
    in.validate();
    return ctx.store().withAgent(id, a -> {
      List<AgentVersion> newestFirst =
          new ArrayList<>(a.versions.descendingMap().values());
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      Pages.slice(newestFirst, page, pageSize).forEach(v -> out.add(AgentView.agent(a, v)));
      return ApiResponse.ok(out);
    });
  }

  private ApiResponse get(Inputs in) {
    String id = in.path("agent_id");
    String version = in.path("version");
    in.validate();
    return ctx.store().withAgent(id, a -> {
      return ApiResponse.ok(AgentView.agent(a, a.version(version)));
    });
  }
}
