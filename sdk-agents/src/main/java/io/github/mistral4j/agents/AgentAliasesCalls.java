package io.github.mistral4j.agents;

import io.github.mistral4j.agents.internal.AgentAliasesApi;
import io.github.mistral4j.agents.model.AgentAliasResponse;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.ApiCall;
import io.github.mistral4j.core.internal.Checks;
import io.github.mistral4j.core.internal.Listing;
import io.github.mistral4j.core.internal.MistralTransport;
import io.github.mistral4j.core.internal.PathParams;
import io.github.mistral4j.core.page.Slice;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The operations of {@link AgentAliasesClient} and of its async twin, one method per operation
 * method (same name and parameters): argument checks, the request and the post-processing. Short
 * overloads that only leave out trailing parameters with a {@code none()} have none: both classes
 * call their full overload.
 */
final class AgentAliasesCalls {
  private final AgentAliasesApi api;

  AgentAliasesCalls(MistralTransport transport) {
    this.api = transport.api(AgentAliasesApi.class);
  }

  ApiCall<AgentAliasResponse> createOrUpdate(
      String agentId, String alias, int version, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    String a = PathParams.alias("alias", alias);
    int v = Checks.version("version", version);
    return ApiCall.of(Objects.requireNonNull(options, "options"), () -> api.createOrUpdate(id, a, v));
  }

  Listing<AgentAliasResponse> list(String agentId, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    return Listing.single(ApiCall.of(Objects.requireNonNull(options, "options"), () -> api.list(id))
        .map(aliases -> new Slice<>(aliases, null, aliases)));
  }

  ApiCall<@Nullable Void> delete(String agentId, String alias, RequestOptions options) {
    String id = PathParams.segment("agent_id", agentId);
    String a = PathParams.alias("alias", alias);
    return ApiCall.<@Nullable Void>of(
        Objects.requireNonNull(options, "options"),
        () -> {
          api.delete(id, a);
          return null;
        });
  }
}
