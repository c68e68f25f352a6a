package io.github.mistral4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistral4j.testkit.MistralStandIn;
import io.github.mistral4j.testkit.MistralStandInTest;
import io.github.mistral4j.testkit.RecordedRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorHandlingTest {

  @Test
  void onTheStandIn_shows422Details_aRetryAfter429_andATimeout() {
    try (ExampleRun run = ExampleRun.local()) {
      ErrorHandling.run(run.env);

      assertThat(run.transcript())
          .contains("HTTP 422 from POST " + run.standIn().baseUrl() + "/v1/connectors")
          .contains("body.server: Input should be a valid URL")
          .contains("waiting 1000 ms before retrying\n  succeeded after 2 attempts")
          .contains("HTTP 429, retry after 1 s")
          .contains("timed out: ")
          .doesNotContain("Exception:\n", "\tat ");
      assertThat(run.single("connector_create_v1").status()).isEqualTo(422);
    }
  }

  @Test
  void theJournalShowsTheRetriedAndTheUnretriedRateLimit() {
    try (ExampleRun run = ExampleRun.local()) {
      ErrorHandling.run(run.env);

      // the 429 then its retry, the 429 without retry, then the slow request (no status: the client
      // gave up)
      assertThat(run.standIn().requests("connector_list_v1"))
          .extracting(RecordedRequest::status)
          .startsWith(429, 200, 429)
          .hasSize(4);
    }
  }

  @Test
  @MistralStandInTest
  void withAnApiKey_skipsTheScripted429(MistralStandIn api) {
    try (ExampleRun run = ExampleRun.remote(api, Map.of())) {
      ErrorHandling.run(run.env);

      assertThat(run.transcript())
          .contains("body.server: Input should be a valid URL")
          .contains("skipped: the real API cannot be asked for a 429")
          .contains("List connectors with a timeout of 1 ms and no retries");
    }
  }
}
