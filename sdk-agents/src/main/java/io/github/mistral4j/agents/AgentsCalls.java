package io.github.mistral4j.agents;

import io.github.mistral4j.agents.internal.AgentFilter;
import io.github.mistral4j.agents.internal.AgentsApi;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.ApiCall;
import io.github.mistral4j.core.internal.Checks;
import io.github.mistral4j.core.internal.Listing;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.internal.PathParams;
import io.github.mistral4j.core.page.Slice;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The operations of {@link AgentsClient} and of its async twin, one method per operation method
 * (same name and parameters): argument checks, the request and the post-processing. Short overloads
 * that only leave out trailing parameters with a {@code none()} have none: both classes call their
 * full overload.
 */
final class AgentsCalls {
  /** The API's default page size of the page-numbered listing. */
  private static final int DEFAULT_PAGE_SIZE = 20;

  private static final Pattern DIGITS = Pattern.compile("^[0-9]{1,9}$");

  private final AgentsApi api;

  AgentsCalls(MistralTransport transport) {
    this.api = transport.api(AgentsApi.class);
  }

  ApiCall<Agent> create(CreateAgentRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return ApiCall.of(Objects.requireNonNull(options, "options"), () -> api.create(request));
  }

  Listing<Agent> list() {
    return list(ListAgentsPageParams.none(), RequestOptions.none());
  }

  Listing<Agent> list(ListAgentsPageParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(options, "options");
    AgentFilter f = AgentFilter.of(
        params.deploymentChat(), params.sources(), params.name(), params.search(), params.id(), params.metadata());
    Integer size = params.pageSize();
    return Listing.byToken(params.pageToken(), token -> ApiCall.of(
            options,
            () -> api.listPages(
                size, f.deploymentChat(), f.sources(), f.name(), f.search(), f.id(), f.metadataJson(), token))
        .map(p -> new Slice<>(p.data(), p.nextPageToken(), p)));
  }

  Listing<Agent> list(ListAgentsParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(options, "options");
    AgentFilter f = AgentFilter.of(
        params.deploymentChat(), params.sources(), params.name(), params.search(), params.id(), params.metadata());
    int first = params.page() == null ? 0 : params.page();
    int size = params.pageSize() == null ? DEFAULT_PAGE_SIZE : params.pageSize();
    return Listing.byPageNumber(first, size, page -> ApiCall.of(
        options,
        () -> api.list(page, size, f.deploymentChat(), f.sources(), f.name(), f.search(), f.id(), f.metadataJson())));
  }

  Listing<Agent> listAll(ListAgentsParams params, RequestOptions options) {
    return list(params, options);
  }

  Listing<Agent> listAll() {
    return list(ListAgentsPageParams.none(), RequestOptions.none());
  }

  Listing<Agent> listAll(ListAgentsPageParams params, RequestOptions options) {
    return list(params, options);
  }

  ApiCall<Agent> get(String agentId, RequestOptions options) {
    return agent(agentId, null, options);
  }

  ApiCall<Agent> get(String agentId, int agentVersion, RequestOptions options) {
    return agent(agentId, String.valueOf(Checks.version("agent_version", agentVersion)), options);
  }

  ApiCall<Agent> get(String agentId, String agentVersion, RequestOptions options) {
    Objects.requireNonNull(agentVersion, "agent_version");
    String version =
        DIGITS.matcher(agentVersion).matches() ? agentVersion : PathParams.alias("agent_version", agentVersion);
    return agent(agentId, version, options);
  }

  ApiCall<Agent> update(String agentId, UpdateAgentRequest request, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    Objects.requireNonNull(request, "request");
    return ApiCall.of(Objects.requireNonNull(options, "options"), () -> api.update(id, request));
  }

  ApiCall<@Nullable Void> delete(String agentId, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    return ApiCall.<@Nullable Void>of(
        Objects.requireNonNull(options, "options"),
        () -> {
          api.delete(id);
          return null;
        });
  }

  private ApiCall<Agent> agent(String agentId, @Nullable String agentVersion, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    return ApiCall.of(Objects.requireNonNull(options, "options"), () -> api.get(id, agentVersion));
  }
}
