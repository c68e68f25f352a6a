package io.github.mistral4j.testkit;

import static io.github.mistral4j.testkit.Fixtures.agent;
import static io.github.mistral4j.testkit.Fixtures.connector;
import static io.github.mistral4j.testkit.Fixtures.forecast;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandInLifecycleTest {

  @Test
  void start_listensOnAFreeLoopbackPort() {
    try (MistralStandIn a = MistralStandIn.start();
        MistralStandIn b = MistralStandIn.start()) {
      assertThat(a.baseUrl())
          .matches("http://127\\.0\\.0\\.1:\\d+")
          .isEqualTo("http://127.0.0.1:" + a.port());
      assertThat(a.port()).isNotEqualTo(b.port());
      assertThat(a.toString()).contains(a.baseUrl());
    }
  }

  @Test
  void builder_canChooseThePort() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    try (MistralStandIn standIn = MistralStandIn.builder().port(port).start()) {
      assertThat(standIn.port()).isEqualTo(port);
      assertThat(Http.to(standIn).get("/v1/agents").status()).isEqualTo(200);
    }
  }

  @Test
  void start_onATakenPortFailsClearly() {
    try (MistralStandIn first = MistralStandIn.start()) {
      assertThatThrownBy(() -> MistralStandIn.builder().port(first.port()).start())
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining(String.valueOf(first.port()));
    }
  }

  @Test
  void close_freesThePortAndIsIdempotent() {
    MistralStandIn standIn = MistralStandIn.start();
    Http http = Http.to(standIn);

    standIn.close();
    standIn.close();

    assertThatThrownBy(() -> http.sendOrThrow("GET", "/v1/agents", null, Map.of(), null))
        .isInstanceOf(IOException.class);
  }

  @Test
  void builder_seedsConnectorsAgentsAndTools() {
    try (MistralStandIn standIn = MistralStandIn.builder()
        .registerTool("weather", forecast())
        .seedConnector(connector("weather"))
        .seedAgent(agent("helper"))
        .start()) {
      Http http = Http.to(standIn);

      assertThat(http.get("/v1/connectors/weather/tools").json()).hasSize(1);
      assertThat(http.get("/v1/agents").json().get(0).get("name").asText()).isEqualTo("helper");
    }
  }

  @Test
  void seeding_returnsTheIdAndRejectsInvalidRequests() {
    try (MistralStandIn standIn = MistralStandIn.start()) {
      String connectorId = standIn.seedConnector(connector("weather"));
      String agentId = standIn.seedAgent(agent("helper"));

      assertThat(Http.to(standIn).get("/v1/connectors/" + connectorId).status()).isEqualTo(200);
      assertThat(Http.to(standIn).get("/v1/agents/" + agentId).status()).isEqualTo(200);
      assertThatThrownBy(() -> standIn.seedConnector(connector("weather")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("409");
      assertThatThrownBy(() -> standIn.seedAgent("{\"name\":\"x\"}"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("422")
          .hasMessageContaining("model");
    }
  }

  @Test
  void start_withABadSeedFailsAndFreesThePort() {
    assertThatThrownBy(() -> MistralStandIn.builder().seedAgent("{}").start())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reset_returnsToTheStartingState() {
    try (MistralStandIn standIn = MistralStandIn.builder()
        .registerTool("weather", forecast())
        .seedConnector(connector("weather"))
        .start()) {
      Http http = Http.to(standIn);
      http.post("/v1/connectors", connector("other"));
      http.post("/v1/agents", agent("a"));
      standIn.registerTool(
          "weather", ToolHandler.builder().name("extra").handler(a -> ToolResult.text("x")));
      standIn.failNext(Fault.onAnyRequest().respond(500).times(3));

      standIn.reset();

      assertThat(standIn.requests()).isEmpty();
      assertThat(http.get("/v1/connectors").json().get("items"))
          .extracting(c -> c.get("name").asText())
          .containsExactly("weather");
      assertThat(http.get("/v1/agents").json()).isEmpty();
      assertThat(http.get("/v1/connectors/weather/tools").json())
          .extracting(t -> t.get("name").asText())
          .containsExactly("forecast");
    }
  }

  @Test
  void inputsAreCheckedEarly() {
    try (MistralStandIn standIn = MistralStandIn.start()) {
      assertThatThrownBy(() -> standIn.registerTool("bad name", forecast()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> standIn.registerTool("weather", (ToolHandler) null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> standIn.failNext(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> standIn.seedAgent(null)).isInstanceOf(NullPointerException.class);
    }
    assertThatThrownBy(() -> MistralStandIn.builder().port(70000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MistralStandIn.builder().apiKey(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MistralStandIn.builder().registerTool("a/b", forecast()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
