package io.github.mistral4j.agents.internal;

import feign.Param;
import feign.RequestLine;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.AgentListPage;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import io.github.mistral4j.core.internal.OperationId;
import io.github.mistral4j.core.internal.NonIdempotent;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Feign interface of the agent resource: {@code /v1/agents} and {@code /v1/agents/{agent_id}}. */
public interface AgentsApi {
  /** {@code agents_api_v1_agents_create}. */
  @NonIdempotent
  @OperationId("agents_api_v1_agents_create")
  @RequestLine("POST /v1/agents")
  Agent create(CreateAgentRequest body);

  /** {@code agents_api_v1_agents_list} (deprecated by the API). */
  @OperationId("agents_api_v1_agents_list")
  @RequestLine(
      "GET /v1/agents?page={page}&page_size={page_size}&deployment_chat={deployment_chat}"
          + "&sources={sources}&name={name}&search={search}&id={id}&metadata={metadata}")
  List<Agent> list(
      @Param("page") @Nullable Integer page,
      @Param("page_size") @Nullable Integer pageSize,
      @Param("deployment_chat") @Nullable Boolean deploymentChat,
      @Param("sources") @Nullable List<String> sources,
      @Param("name") @Nullable String name,
      @Param("search") @Nullable String search,
      @Param("id") @Nullable String id,
      @Param("metadata") @Nullable String metadataJson);

  /** {@code agents_api_v1_agents_list_pages}. */
  @OperationId("agents_api_v1_agents_list_pages")
  @RequestLine(
      "GET /v1/agents/pages?page_size={page_size}&deployment_chat={deployment_chat}"
          + "&sources={sources}&name={name}&search={search}&id={id}&metadata={metadata}"
          + "&page_token={page_token}")
  AgentListPage listPages(
      @Param("page_size") @Nullable Integer pageSize,
      @Param("deployment_chat") @Nullable Boolean deploymentChat,
      @Param("sources") @Nullable List<String> sources,
      @Param("name") @Nullable String name,
      @Param("search") @Nullable String search,
      @Param("id") @Nullable String id,
      @Param("metadata") @Nullable String metadataJson,
      @Param("page_token") @Nullable String pageToken);

  /** {@code agents_api_v1_agents_get}; {@code agent_version} is a version number or an alias. */
  @OperationId("agents_api_v1_agents_get")
  @RequestLine("GET /v1/agents/{agent_id}?agent_version={agent_version}")
  Agent get(@Param("agent_id") String agentId, @Param("agent_version") @Nullable String agentVersion);

  /** {@code agents_api_v1_agents_update}. */
  @NonIdempotent
  @OperationId("agents_api_v1_agents_update")
  @RequestLine("PATCH /v1/agents/{agent_id}")
  Agent update(@Param("agent_id") String agentId, UpdateAgentRequest body);

  /** {@code agents_api_v1_agents_delete}. */
  @OperationId("agents_api_v1_agents_delete")
  @RequestLine("DELETE /v1/agents/{agent_id}")
  void delete(@Param("agent_id") String agentId);
}
