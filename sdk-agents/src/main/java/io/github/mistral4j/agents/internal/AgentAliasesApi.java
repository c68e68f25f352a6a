package io.github.mistral4j.agents.internal;

import feign.Param;
import feign.RequestLine;
import io.github.mistral4j.agents.model.AgentAliasResponse;
import io.github.mistral4j.core.internal.OperationId;
import io.github.mistral4j.core.internal.PathParams;
import java.util.List;

/** Feign interface of an agent's version aliases: {@code /v1/agents/{agent_id}/aliases}. */
public interface AgentAliasesApi {
  /** {@code agents_api_v1_agents_create_or_update_alias}. */
  @OperationId("agents_api_v1_agents_create_or_update_alias")
  @RequestLine(
      value = "PUT /v1/agents/{agent_id}/aliases?alias={alias}&version={version}",
      decodeSlash = false)
  AgentAliasResponse createOrUpdate(
      @Param(value = "agent_id", expander = PathParams.SegmentExpander.class) String agentId,
      @Param("alias") String alias,
      @Param("version") int version);

  /** {@code agents_api_v1_agents_list_version_aliases}. */
  @OperationId("agents_api_v1_agents_list_version_aliases")
  @RequestLine(value = "GET /v1/agents/{agent_id}/aliases", decodeSlash = false)
  List<AgentAliasResponse> list(
      @Param(value = "agent_id", expander = PathParams.SegmentExpander.class) String agentId);

  /** {@code agents_api_v1_agents_delete_alias}. */
  @OperationId("agents_api_v1_agents_delete_alias")
  @RequestLine(value = "DELETE /v1/agents/{agent_id}/aliases?alias={alias}", decodeSlash = false)
  void delete(
      @Param(value = "agent_id", expander = PathParams.SegmentExpander.class) String agentId,
      @Param("alias") String alias);
}
