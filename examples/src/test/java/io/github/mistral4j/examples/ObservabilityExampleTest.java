package io.github.mistral4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObservabilityExampleTest {

  @Test
  void onTheStandIn_printsOneTimerPerOperationAndStatus_andARawResponse() {
    try (ExampleRun run = ExampleRun.local()) {
      ObservabilityExample.run(run.env);

      assertThat(run.transcript())
          .contains("Timers mistral.client.requests, by operation, status and outcome")
          .containsPattern("connector_create_v1 POST 20[01] SUCCESS: 2 calls, ")
          .containsPattern("connector_delete_v1 DELETE 200 SUCCESS: 2 calls, ")
          .containsPattern("connector_list_v1 GET 200 SUCCESS: \\d+ calls?, ")
          .contains("connector_activate_for_consumer_v1 POST 200 SUCCESS: 1 call, ")
          .containsPattern("HTTP 200, \\d+ bytes, content type application/json")
          .contains("parsed: 0 connectors on the first page");
      assertThat(run.connectorsLeft()).isEmpty();
    }
  }
}
