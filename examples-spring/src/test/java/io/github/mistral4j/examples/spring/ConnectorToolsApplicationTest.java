package io.github.mistral4j.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorToolsApplicationTest {
  @Test
  void run_withoutAKey_answersFromBothConnectorsToolsOnTheStandIn() {
    String transcript = ConnectorToolsApplication.run(Map.of());

    assertThat(transcript)
        .contains("tools: [forecast, search_tickets]")
        .contains("answer: From the connectors' tools: Paris: sunny, 24 C | #142 open: Weather widget shows Fahrenheit in Paris");
  }
}
