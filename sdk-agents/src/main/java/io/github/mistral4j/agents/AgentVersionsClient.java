package io.github.mistral4j.agents;

import io.github.mistral4j.core.internal.RawView;
import io.github.mistral4j.core.internal.RawViews;
import io.github.mistral4j.core.internal.Checks;
import io.github.mistral4j.agents.internal.AgentVersionsApi;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.ApiCall;
import io.github.mistral4j.core.internal.ApiCall;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.internal.PathParams;
import io.github.mistral4j.core.page.AutoPager;
import io.github.mistral4j.core.page.Page;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The versions of an agent: every update creates a version; one of them is the agent's current
 * version. Reached through {@link AgentsClient#versions()}. Every method throws a {@link
 * io.github.mistral4j.core.MistralException} when the call fails, and {@link
 * IllegalArgumentException} or {@link NullPointerException} for bad arguments, before any request.
 */
@RawView
public final class AgentVersionsClient {
  /** The API's default page size of {@code list}, sent explicitly. */
  static final int DEFAULT_PAGE_SIZE = 20;

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
    return transport.run(updateCall(agentId, version, options));
  }

  /** The operation behind {@link #update(String, int, RequestOptions)}, for it and its async twin. */
  ApiCall<Agent> updateCall(String agentId, int version, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    int v = Checks.version("version", version);
    return ApiCall.of(Objects.requireNonNull(options, "options"), () -> api.updateVersion(id, v));
  }

  /**
   * Lists the first page of an agent's versions ({@code agents_api_v1_agents_list_versions}), 20
   * a page.
   *
   * @param agentId the agent id
   * @return the page, each version as a full agent; {@link Page#nextPage()} asks for the next
   *     page number
   */
  public Page<Agent> list(String agentId) {
    return list(agentId, RequestOptions.none());
  }

  /**
   * Lists the first page of an agent's versions ({@code agents_api_v1_agents_list_versions}), 20
   * a page.
   *
   * @param agentId the agent id
   * @param options per-call options, applied to every page
   * @return the page, each version as a full agent
   */
  public Page<Agent> list(String agentId, RequestOptions options) {
    IntFunction<List<Agent>> pages = pages(agentId, DEFAULT_PAGE_SIZE, options);
    return Page.byPageNumber(0, DEFAULT_PAGE_SIZE, pages);
  }

  /**
   * Lists one page of an agent's versions ({@code agents_api_v1_agents_list_versions}).
   *
   * @param agentId the agent id
   * @param page the 0-based page number
   * @param pageSize versions a page, from 1 to 100
   * @return the page, each version as a full agent
   */
  public Page<Agent> list(String agentId, int page, int pageSize) {
    return list(agentId, page, pageSize, RequestOptions.none());
  }

  /**
   * Lists one page of an agent's versions ({@code agents_api_v1_agents_list_versions}). Every
   * request sends {@code page} and {@code page_size}; {@link Page#nextPage()} asks for the next
   * page number, and {@link Page#hasNextPage()} is false once a page holds fewer versions than
   * {@code pageSize}.
   *
   * @param agentId the agent id
   * @param page the 0-based page number
   * @param pageSize versions a page, from 1 to 100
   * @param options per-call options, applied to every page
   * @return the page, each version as a full agent; {@link Page#response()} is the list received
   */
  public Page<Agent> list(String agentId, int page, int pageSize, RequestOptions options) {
    int first = checkPage(page);
    IntFunction<List<Agent>> pages = pages(agentId, pageSize, options);
    return Page.byPageNumber(first, pageSize, pages);
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
   * Every version of an agent, fetched page by page as iteration goes: nothing is fetched before
   * iteration starts. Paging stops at the first page holding fewer than {@code pageSize} versions.
   *
   * @param agentId the agent id
   * @param pageSize versions a page, from 1 to 100
   * @param options per-call options, applied to every page
   * @return a lazy iterable; each iteration starts again from the first page
   */
  public AutoPager<Agent> listAll(String agentId, int pageSize, RequestOptions options) {
    IntFunction<List<Agent>> pages = pages(agentId, pageSize, options);
    return AutoPager.from(() -> Page.byPageNumber(0, pageSize, pages));
  }

  /** Checks the arguments and returns the fetch of one page of versions by number. */
  IntFunction<List<Agent>> pages(String agentId, int pageSize, RequestOptions options) {
    IntFunction<ApiCall<List<Agent>>> calls = pageCalls(agentId, pageSize, options);
    return page -> transport.run(calls.apply(page));
  }

  /** Checks the arguments and returns the operation fetching one page of versions by number. */
  IntFunction<ApiCall<List<Agent>>> pageCalls(String agentId, int pageSize, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    int size = checkPageSize(pageSize);
    RequestOptions o = Objects.requireNonNull(options, "options");
    return page -> ApiCall.of(o, () -> api.listVersions(id, page, size));
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
    return transport.run(getCall(agentId, version, options));
  }

  /** The operation behind {@link #get(String, int, RequestOptions)}, for it and its async twin. */
  ApiCall<Agent> getCall(String agentId, int version, RequestOptions options) {
    return getCall(agentId, String.valueOf(Checks.version("version", version)), options);
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
    return transport.run(getCall(agentId, version, options));
  }

  /** The operation behind {@link #get(String, String, RequestOptions)}, for it and its async twin. */
  ApiCall<Agent> getCall(String agentId, String version, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    String v = PathParams.segment("version", version);
    return ApiCall.of(Objects.requireNonNull(options, "options"), () -> api.getVersion(id, v));
  }

  static int checkPage(int page) {
    return Checks.between("page", page, 0, Integer.MAX_VALUE);
  }

  private static int checkPageSize(int pageSize) {
    return Checks.between("page_size", pageSize, 1, 100);
  }

  /**
   * The operations of this client returning the HTTP response (status, headers, request id, body as
   * received) with the model, for example {@code withRawResponse().get(id).requestId()}. Error
   * statuses throw the same exceptions as here.
   *
   * @return the raw view, which calls this client
   */
  public RawAgentVersionsClient withRawResponse() {
    return RawViews.of(RawAgentVersionsClient.class, this);
  }
}
