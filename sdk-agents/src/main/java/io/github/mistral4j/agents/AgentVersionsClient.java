package io.github.mistral4j.agents;

import io.github.mistral4j.core.internal.Checks;
import io.github.mistral4j.agents.internal.AgentVersionsApi;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.internal.PathParams;
import io.github.mistral4j.core.model.AutoPager;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The versions of an agent: every update creates a version; one of them is the agent's current
 * version. Reached through {@link AgentsClient#versions()}. Every method throws a {@link
 * io.github.mistral4j.core.MistralException} when the call fails, and {@link
 * IllegalArgumentException} or {@link NullPointerException} for bad arguments, before any request.
 */
public final class AgentVersionsClient {
  /** The API's default page size of {@code list}. */
  private static final int DEFAULT_PAGE_SIZE = 20;

  private final MistralTransport transport;
  private final AgentVersionsApi api;

  AgentVersionsClient(MistralTransport transport) {
    this.transport = transport;
    this.api = transport.api(AgentVersionsApi.class);
  }

  /**
   * Makes a version the agent's current one ({@code agents_api_v1_agents_update_version}).
   *
   * @param agentId the agent id
   * @param version the version number, 0 or more
   * @return the agent at that version
   */
  public Agent update(String agentId, int version) {
    return update(agentId, version, RequestOptions.none());
  }

  /**
   * Makes a version the agent's current one ({@code agents_api_v1_agents_update_version}).
   *
   * @param agentId the agent id
   * @param version the version number, 0 or more
   * @param options per-call options
   * @return the agent at that version
   */
  public Agent update(String agentId, int version, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    int v = Checks.version("version", version);
    return transport.call(
        Objects.requireNonNull(options, "options"), () -> api.updateVersion(id, v));
  }

  /**
   * Lists the first page of an agent's versions ({@code agents_api_v1_agents_list_versions}).
   *
   * @param agentId the agent id
   * @return the versions, each as a full agent
   */
  public List<Agent> list(String agentId) {
    return list(agentId, RequestOptions.none());
  }

  /**
   * Lists the first page of an agent's versions ({@code agents_api_v1_agents_list_versions}).
   *
   * @param agentId the agent id
   * @param options per-call options
   * @return the versions, each as a full agent
   */
  public List<Agent> list(String agentId, RequestOptions options) {
    return fetch(agentId, null, null, options);
  }

  /**
   * Lists one page of an agent's versions ({@code agents_api_v1_agents_list_versions}).
   *
   * @param agentId the agent id
   * @param page the 0-based page number
   * @param pageSize versions a page, from 1 to 100
   * @return the versions, each as a full agent
   */
  public List<Agent> list(String agentId, int page, int pageSize) {
    return list(agentId, page, pageSize, RequestOptions.none());
  }

  /**
   * Lists one page of an agent's versions ({@code agents_api_v1_agents_list_versions}).
   *
   * @param agentId the agent id
   * @param page the 0-based page number
   * @param pageSize versions a page, from 1 to 100
   * @param options per-call options
   * @return the versions, each as a full agent
   */
  public List<Agent> list(String agentId, int page, int pageSize, RequestOptions options) {
    return fetch(agentId, checkPage(page), checkPageSize(pageSize), options);
  }

  /**
   * Every version of an agent, fetched page by page as iteration goes (20 a page).
   *
   * @param agentId the agent id
   * @return a lazy iterable; each iteration starts again from the first page
   */
  public AutoPager<Agent> listAll(String agentId) {
    return listAll(agentId, DEFAULT_PAGE_SIZE, RequestOptions.none());
  }

  /**
   * Every version of an agent, fetched page by page as iteration goes. Paging stops at the first
   * page holding fewer than {@code pageSize} versions.
   *
   * @param agentId the agent id
   * @param pageSize versions a page, from 1 to 100
   * @param options per-call options, applied to every page
   * @return a lazy iterable; each iteration starts again from the first page
   */
  public AutoPager<Agent> listAll(String agentId, int pageSize, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    int size = checkPageSize(pageSize);
    RequestOptions o = Objects.requireNonNull(options, "options");
    return AutoPager.byPageNumber(0, size, page -> fetch(id, page, size, o));
  }

  /**
   * Gets one version of an agent ({@code agents_api_v1_agents_get_version}).
   *
   * @param agentId the agent id
   * @param version the version number, 0 or more
   * @return the agent at that version
   */
  public Agent get(String agentId, int version) {
    return get(agentId, version, RequestOptions.none());
  }

  /**
   * Gets one version of an agent ({@code agents_api_v1_agents_get_version}).
   *
   * @param agentId the agent id
   * @param version the version number, 0 or more
   * @param options per-call options
   * @return the agent at that version
   */
  public Agent get(String agentId, int version, RequestOptions options) {
    return get(agentId, String.valueOf(Checks.version("version", version)), options);
  }

  /**
   * Gets one version of an agent ({@code agents_api_v1_agents_get_version}), the version given as
   * the contract types it, a string path segment.
   *
   * @param agentId the agent id
   * @param version the version, as text
   * @return the agent at that version
   */
  public Agent get(String agentId, String version) {
    return get(agentId, version, RequestOptions.none());
  }

  /**
   * Gets one version of an agent ({@code agents_api_v1_agents_get_version}), the version given as
   * the contract types it, a string path segment.
   *
   * @param agentId the agent id
   * @param version the version, as text
   * @param options per-call options
   * @return the agent at that version
   */
  public Agent get(String agentId, String version, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    String v = PathParams.segment("version", version);
    return transport.call(Objects.requireNonNull(options, "options"), () -> api.getVersion(id, v));
  }

  private List<Agent> fetch(
      String agentId, @Nullable Integer page, @Nullable Integer pageSize, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    return transport.call(
        Objects.requireNonNull(options, "options"), () -> api.listVersions(id, page, pageSize));
  }

  private static int checkPage(int page) {
    return Checks.between("page", page, 0, Integer.MAX_VALUE);
  }

  private static int checkPageSize(int pageSize) {
    return Checks.between("page_size", pageSize, 1, 100);
  }
}
