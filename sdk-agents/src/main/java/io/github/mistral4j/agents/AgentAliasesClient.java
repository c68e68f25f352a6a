package io.github.mistral4j.agents;

import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import io.github.mistral4j.core.internal.Checks;
import io.github.mistral4j.agents.internal.AgentAliasesApi;
import io.github.mistral4j.agents.model.AgentAliasResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.ApiCall;
import io.github.mistral4j.core.internal.ApiCall;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.internal.PathParams;
import io.github.mistral4j.core.page.Page;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Named aliases of agent versions (such as {@code prod} pointing at version 3), unique per agent.
 * Reached through {@link AgentsClient#aliases()}. An alias is 1 to 64 characters matching {@code
 * ^[a-z]([a-z0-9_-]*[a-z0-9])?$}. Every method throws a {@link
 * io.github.mistral4j.core.MistralException} when the call fails, and {@link
 * IllegalArgumentException} or {@link NullPointerException} for bad arguments, before any request.
 */
@RawView
public final class AgentAliasesClient {
  private final MistralTransport transport;
  private final AgentAliasesApi api;

  AgentAliasesClient(MistralTransport transport) {
    this.transport = transport;
    this.api = transport.api(AgentAliasesApi.class);
  }

  /**
   * Creates an alias, or points an existing one at another version ({@code
   * agents_api_v1_agents_create_or_update_alias}).
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param version the version it points to, 0 or more
   * @return the alias
   */
  public AgentAliasResponse createOrUpdate(String agentId, String alias, int version) {
    return createOrUpdate(agentId, alias, version, RequestOptions.none());
  }

  /**
   * Creates an alias, or points an existing one at another version ({@code
   * agents_api_v1_agents_create_or_update_alias}).
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param version the version it points to, 0 or more
   * @param options per-call options
   * @return the alias
   */
  public AgentAliasResponse createOrUpdate(
      String agentId, String alias, int version, RequestOptions options) {
    return transport.run(createOrUpdateCall(agentId, alias, version, options));
  }

  /** The operation behind {@link #createOrUpdate(String, String, int, RequestOptions)}, for it and its async twin. */
  ApiCall<AgentAliasResponse> createOrUpdateCall(String agentId, String alias, int version, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    String a = PathParams.alias("alias", alias);
    int v = Checks.version("version", version);
    return ApiCall.of(Objects.requireNonNull(options, "options"), () -> api.createOrUpdate(id, a, v));
  }

  /**
   * Lists an agent's aliases ({@code agents_api_v1_agents_list_version_aliases}).
   *
   * @param agentId the agent id
   * @return a single page (the API does not paginate aliases)
   */
  public Page<AgentAliasResponse> list(String agentId) {
    return list(agentId, RequestOptions.none());
  }

  /**
   * Lists an agent's aliases ({@code agents_api_v1_agents_list_version_aliases}).
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return a single page (the API does not paginate aliases)
   */
  public Page<AgentAliasResponse> list(String agentId, RequestOptions options) {
    List<AgentAliasResponse> aliases = transport.run(listCall(agentId, options));
    return Page.single(aliases, aliases);
  }

  /** The operation behind {@link #list(String, RequestOptions)}, for it and its async twin. */
  ApiCall<List<AgentAliasResponse>> listCall(String agentId, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    return ApiCall.of(Objects.requireNonNull(options, "options"), () -> api.list(id));
  }

  /**
   * Deletes an alias ({@code agents_api_v1_agents_delete_alias}); the version stays.
   *
   * @param agentId the agent id
   * @param alias the alias
   */
  public void delete(String agentId, String alias) {
    delete(agentId, alias, RequestOptions.none());
  }

  /**
   * Deletes an alias ({@code agents_api_v1_agents_delete_alias}); the version stays.
   *
   * @param agentId the agent id
   * @param alias the alias
   * @param options per-call options
   */
  public void delete(String agentId, String alias, RequestOptions options) {
    transport.run(deleteCall(agentId, alias, options));
  }

  /** The operation behind {@link #delete(String, String, RequestOptions)}, for it and its async twin. */
  ApiCall<@Nullable Void> deleteCall(String agentId, String alias, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    String a = PathParams.alias("alias", alias);
    return ApiCall.<@Nullable Void>of(
        Objects.requireNonNull(options, "options"),
        () -> {
          api.delete(id, a);
          return null;
        });
  }

  /**
   * The operations of this client returning the HTTP response (status, headers, request id, body as
   * received) with the model, for example {@code withRawResponse().get(id).requestId()}. Error
   * statuses throw the same exceptions as here.
   *
   * @return the raw view, which calls this client
   */
  public RawAgentAliasesClient withRawResponse() {
    return RawViews.of(RawAgentAliasesClient.class, this);
  }
}
