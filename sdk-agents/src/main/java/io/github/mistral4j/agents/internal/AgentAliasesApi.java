package io.github.mistral4j.agents.internal;

import feign.Param;
import feign.RequestLine;
import io.github.mistral4j.agents.model.AgentAliasResponse;
import io.github.mistral4j.core.internal.OperationId;
import java.util.List;

/** Feign interface of an agent's version aliases: {@code /v1/agents/{agent_id}/aliases}. */
public interface AgentAliasesApi {
  /** {@code agents_api_v1_agents_create_or_update_alias}. */
  @OperationId("agents_api_v1_agents_create_or_update_alias")
  @RequestLine("PUT /v1/agents/{agent_id}/aliases?alias={alias}&version={version}")
  AgentAliasResponse createOrUpdate(
      @Param("agent_id") String agentId,
      @Param("alias") String alias,
      @Param("version") int version);

  /** {@code agents_api_v1_agents_list_version_aliases}. */
  @OperationId("agents_api_v1_agents_list_version_aliases")
  @RequestLine("GET /v1/agents/{agent_id}/aliases")
  List<AgentAliasResponse> list(@Param("agent_id") String agentId);

  /** {@code agents_api_v1_agents_delete_alias}. */
  @OperationId("agents_api_v1_agents_delete_alias")
  @RequestLine("DELETE /v1/agents/{agent_id}/aliases?alias={alias}")
  void delete(@Param("agent_id") String agentId, @Param("alias") String alias);
}
