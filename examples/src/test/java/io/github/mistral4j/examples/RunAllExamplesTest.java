package io.github.mistral4j.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunAllExamplesTest {

  @Test
  void withoutAnApiKey_runsTheFiveExamplesInOrderEachOnItsOwnStandIn() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int failed =
        RunAllExamples.runAll(Map.of(), Transcript.to(new PrintStream(out, true, UTF_8)), d -> {});

    String transcript = out.toString(UTF_8);
    assertThat(failed).isZero();
    assertThat(transcript)
        .containsSubsequence(
            "== 1. Connectors tour ==",
            "== 2. Agents tour ==",
            "== 3. LangChain4j agent with connector tools ==",
            "== 4. Error handling ==",
            "== 5. Observability with Micrometer ==",
            "== Done ==",
            "5 of 5 examples ran to completion")
        .doesNotContain("FAILED");
    assertThat(transcript.split("running against the local stand-in at ", -1)).hasSize(6);
  }

  @Test
  void anUnreachableApi_countsEveryFailedExample() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, String> variables =
        Map.of("MISTRAL_API_KEY", "k", "MISTRAL_BASE_URL", "http://127.0.0.1:9");

    int failed =
        RunAllExamples.runAll(variables, Transcript.to(new PrintStream(out, true, UTF_8)), d -> {});

    // the LangChain4j example stops before any request: no MCP server is configured
    assertThat(failed).isEqualTo(4);
    assertThat(out.toString(UTF_8))
        .contains("FAILED: io.github.mistral4j.core.MistralIoException")
        .contains("1 of 5 examples ran to completion");
  }
}
