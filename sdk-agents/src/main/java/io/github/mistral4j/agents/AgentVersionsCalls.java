package io.github.mistral4j.agents;

import io.github.mistral4j.agents.internal.AgentVersionsApi;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.ApiCall;
import io.github.mistral4j.core.internal.Checks;
import io.github.mistral4j.core.internal.Listing;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.internal.PathParams;
import java.util.Objects;

/**
 * The operations of {@link AgentVersionsClient} and of its async twin, one method per operation
 * method (same name and parameters): argument checks, the request and the post-processing. Short
 * overloads that only leave out trailing parameters with a {@code none()} have none: both classes
 * call their full overload.
 */
final class AgentVersionsCalls {
  /** The API's default page size of {@code list}, sent explicitly. */
  private static final int DEFAULT_PAGE_SIZE = 20;

  private final AgentVersionsApi api;

  AgentVersionsCalls(MistralTransport transport) {
    this.api = transport.api(AgentVersionsApi.class);
  }

  ApiCall<Agent> update(String agentId, int version, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    int v = Checks.version("version", version);
    return ApiCall.of(Objects.requireNonNull(options, "options"), () -> api.updateVersion(id, v));
  }

  Listing<Agent> list(String agentId, RequestOptions options) {
    return pages(agentId, 0, DEFAULT_PAGE_SIZE, options);
  }

  Listing<Agent> list(String agentId, int page, int pageSize, RequestOptions options) {
    int first = Checks.between("page", page, 0, Integer.MAX_VALUE);
    return pages(agentId, first, pageSize, options);
  }

  Listing<Agent> listAll(String agentId) {
    return listAll(agentId, DEFAULT_PAGE_SIZE, RequestOptions.none());
  }

  Listing<Agent> listAll(String agentId, int pageSize, RequestOptions options) {
    return pages(agentId, 0, pageSize, options);
  }

  ApiCall<Agent> get(String agentId, int version, RequestOptions options) {
    return get(agentId, String.valueOf(Checks.version("version", version)), options);
  }

  ApiCall<Agent> get(String agentId, String version, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    String v = PathParams.segment("version", version);
    return ApiCall.of(Objects.requireNonNull(options, "options"), () -> api.getVersion(id, v));
  }

  private Listing<Agent> pages(String agentId, int first, int pageSize, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    int size = Checks.between("page_size", pageSize, 1, 100);
    RequestOptions o = Objects.requireNonNull(options, "options");
    return Listing.byPageNumber(first, size, page -> ApiCall.of(o, () -> api.listVersions(id, page, size)));
  }
}
