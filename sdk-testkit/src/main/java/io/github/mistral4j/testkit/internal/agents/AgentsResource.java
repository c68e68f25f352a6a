package io.github.mistral4j.testkit.internal.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.testkit.internal.http.ApiResponse;
import io.github.mistral4j.testkit.internal.http.Inputs;
import io.github.mistral4j.testkit.internal.http.Pages;
import io.github.mistral4j.testkit.internal.http.Router;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Create, list (by page and by token), get, update (a new version each time) and delete agents. */
final class AgentsResource {
  private static final String CURSOR_KIND = "agents";
  /** Required members a PATCH cannot clear: JSON null leaves them unchanged. */
  private static final Set<String> KEPT_ON_NULL = Set.of("model", "name", "deployment_chat");

  private final AgentsContext ctx;

  AgentsResource(AgentsContext ctx) {
    this.ctx = ctx;
  }

  void register(Router router) {
    router
        .add("POST", "/v1/agents", "agents_api_v1_agents_create", this::create)
        .add("GET", "/v1/agents", "agents_api_v1_agents_list", this::list)
        .add("GET", "/v1/agents/pages", "agents_api_v1_agents_list_pages", this::listPages)
        .add("GET", "/v1/agents/{agent_id}", "agents_api_v1_agents_get", this::get)
        .add("PATCH", "/v1/agents/{agent_id}", "agents_api_v1_agents_update", this::update)
        .add("DELETE", "/v1/agents/{agent_id}", "agents_api_v1_agents_delete", this::delete);
  }

  private ApiResponse create(Inputs in) {
    ObjectNode settings = in.body(AgentRequests.CREATE);
    in.validate();
    settings.put("deployment_chat", false);
    return ctx.store().locked(() -> {
      StoredAgent a =
          new StoredAgent(newId(), ctx.store().nextSeq(), new AgentVersion(0, settings, ctx.now()));
      ctx.store().add(a);
      return ApiResponse.ok(AgentView.agent(a, a.active()));
    });
  }

  private static String newId() {
    UUID u = UUID.randomUUID();
    return "ag_" + HexFormat.of().toHexDigits(u.getMostSignificantBits())
        + HexFormat.of().toHexDigits(u.getLeastSignificantBits());
  }

  private ApiResponse list(Inputs in) {
    long page = in.queryInt("page", 0, 0, Integer.MAX_VALUE);
    long pageSize = in.queryInt("page_size", 20, 1, 1000);
    AgentFilter filter = AgentFilter.read(in);
    in.validate();
    return ctx.store().locked(() -> {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      Pages.slice(matching(filter), page, pageSize)
          .forEach(a -> out.add(AgentView.agent(a, a.active())));
      return ApiResponse.ok(out);
    });
  }

  private ApiResponse listPages(Inputs in) {
    long pageSize = in.queryInt("page_size", 20, 1, 1000);
    AgentFilter filter = AgentFilter.read(in);
    String token = in.query("page_token");
    in.validate();
    return ctx.store().locked(() -> {
      long before = Pages.seqOr(CURSOR_KIND, token, Long.MAX_VALUE);
      List<StoredAgent> rest = new ArrayList<>();
      for (StoredAgent a : matching(filter)) {
        if (a.seq < before) {
          rest.add(a);
        }
      }
      Pages.CursorPage<StoredAgent> page = Pages.first(CURSOR_KIND, rest, pageSize, a -> a.seq);
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      out.put("object", "list");
      ArrayNode data = out.putArray("data");
      page.items().forEach(a -> data.add(AgentView.agent(a, a.active())));
      out.set("next_page_token", page.next());
      return ApiResponse.ok(out);
    });
  }

  private List<StoredAgent> matching(AgentFilter filter) {
    List<StoredAgent> out = new ArrayList<>();
    for (StoredAgent a : ctx.store().newestFirst()) {
      if (filter.matches(a)) {
        out.add(a);
      }
    }
    return out;
  }

  private ApiResponse get(Inputs in) {
    String id = in.path("agent_id");
    String version = in.query("agent_version");
    in.validate();
    return ctx.store().withAgent(id, a -> {
      return ApiResponse.ok(AgentView.agent(a, version == null ? a.active() : a.version(version)));
    });
  }

  private ApiResponse update(Inputs in) {
    String id = in.path("agent_id");
    ObjectNode changes = in.body(AgentRequests.UPDATE);
    in.validate();
    return ctx.store().withAgent(id, a -> {
      ObjectNode settings = a.active().settings();
      settings.remove("version_message");
      Iterator<Map.Entry<String, JsonNode>> it = changes.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> c = it.next();
        if (!(c.getValue().isNull() && KEPT_ON_NULL.contains(c.getKey()))) {
          settings.set(c.getKey(), c.getValue());
        }
      }
      AgentVersion next = new AgentVersion(a.versions.lastKey() + 1, settings, ctx.now());
      a.versions.put(next.number(), next);
      a.activeVersion = next.number();
      return ApiResponse.ok(AgentView.agent(a, next));
    });
  }

  private ApiResponse delete(Inputs in) {
    String id = in.path("agent_id");
    in.validate();
    return ctx.store().withAgent(id, a -> {
      ctx.store().remove(id);
      return ApiResponse.noContent();
    });
  }
}
