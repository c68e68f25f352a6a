package io.github.mistral4j.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistral4j.connectors.internal.ActivationsApi;
import io.github.mistral4j.connectors.internal.ConnectorsApi;
import io.github.mistral4j.connectors.internal.CredentialsApi;
import io.github.mistral4j.connectors.internal.ToolsApi;
import io.github.mistral4j.core.internal.RequestPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No operation of the module falls back to Feign's per-call template engine. */
class RequestPlansTest {
  @Test
  void everyOperation_runsByARequestPlan() {
    for (Class<?> api : List.of(ConnectorsApi.class, ToolsApi.class, ActivationsApi.class, CredentialsApi.class)) {
      assertThat(RequestPlans.unplannable(api)).as(api.getSimpleName()).isEmpty();
    }
  }
}
