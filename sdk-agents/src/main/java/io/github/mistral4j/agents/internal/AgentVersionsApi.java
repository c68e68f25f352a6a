package io.github.mistral4j.agents.internal;

import feign.Param;
import feign.RequestLine;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.core.internal.OperationId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Feign interface of an agent's versions: {@code /v1/agents/{agent_id}/version(s)}. */
public interface AgentVersionsApi {
  /** {@code agents_api_v1_agents_update_version}: makes {@code version} the agent's current one. */
  @OperationId("agents_api_v1_agents_update_version")
  @RequestLine("PATCH /v1/agents/{agent_id}/version?version={version}")
  Agent updateVersion(@Param("agent_id") String agentId, @Param("version") int version);

  /** {@code agents_api_v1_agents_list_versions}. */
  @OperationId("agents_api_v1_agents_list_versions")
  @RequestLine("GET /v1/agents/{agent_id}/versions?page={page}&page_size={page_size}")
  List<Agent> listVersions(
      @Param("agent_id") String agentId,
      @Param("page") @Nullable Integer page,
      @Param("page_size") @Nullable Integer pageSize);

  /** {@code agents_api_v1_agents_get_version}. */
  @OperationId("agents_api_v1_agents_get_version")
  @RequestLine("GET /v1/agents/{agent_id}/versions/{version}")
  Agent getVersion(@Param("agent_id") String agentId, @Param("version") String version);
}
