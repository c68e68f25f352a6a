package io.github.mistral4j.agents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistral4j.agents.internal.AgentAliasesApi;
import io.github.mistral4j.agents.internal.AgentVersionsApi;
import io.github.mistral4j.agents.internal.AgentsApi;
import io.github.mistral4j.core.internal.RequestPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No operation of the module falls back to Feign's per-call template engine. */
class RequestPlansTest {
  @Test
  void everyOperation_runsByARequestPlan() {
    for (Class<?> api : List.of(AgentsApi.class, AgentVersionsApi.class, AgentAliasesApi.class)) {
      assertThat(RequestPlans.unplannable(api)).as(api.getSimpleName()).isEmpty();
    }
  }
}
