package io.github.mistral4j.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistral4j.testkit.ToolHandler;
import io.github.mistral4j.testkit.ToolResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StandInOptionsTest {
  private static ToolHandler tool(String name) {
    return ToolHandler.builder().name(name).handler(args -> ToolResult.text("ok")).build();
  }

  @Test
  void defaults() {
    StandInOptions options = new StandInOptions();
    assertThat(options.port()).isZero();
    assertThat(options.apiKey()).isNull();
    assertThat(options.acceptedApiKey()).isEqualTo("test-key");
    assertThat(options.clock()).isEqualTo(Clock.systemUTC());
    assertThat(options.tools()).isEmpty();
    assertThat(options.connectorSeeds()).isEmpty();
    assertThat(options.agentSeeds()).isEmpty();
  }

  @Test
  void acceptedApiKey_isTheOneSet() {
    StandInOptions options = new StandInOptions();
    options.apiKey("sk-only");
    assertThat(options.apiKey()).isEqualTo("sk-only");
    assertThat(options.acceptedApiKey()).isEqualTo("sk-only");
  }

  @Test
  void copy_isUnaffectedByLaterChanges() {
    StandInOptions options = new StandInOptions();
    Clock fixed = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
    options.port(8080);
    options.clock(fixed);
    options.registerTool("weather", tool("forecast"));
    options.seedConnector("{\"name\":\"weather\"}");
    options.seedAgent("{\"name\":\"a\"}");

    StandInOptions copy = options.copy();
    options.port(9090);
    options.apiKey("later");
    options.registerTool("weather", tool("alerts"));
    options.registerTool("github", tool("search"));
    options.seedConnector("{\"name\":\"github\"}");
    options.seedAgent("{\"name\":\"b\"}");

    assertThat(copy.port()).isEqualTo(8080);
    assertThat(copy.apiKey()).isNull();
    assertThat(copy.clock()).isSameAs(fixed);
    assertThat(copy.tools()).containsOnlyKeys("weather");
    assertThat(copy.tools().get("weather")).extracting(ToolHandler::name).containsExactly("forecast");
    assertThat(copy.connectorSeeds()).containsExactly("{\"name\":\"weather\"}");
    assertThat(copy.agentSeeds()).containsExactly("{\"name\":\"a\"}");
  }

  @Test
  void badValues_failEarly_namingTheParameter() {
    StandInOptions options = new StandInOptions();
    assertThatThrownBy(() -> options.port(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
    assertThatThrownBy(() -> options.port(65536)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536");
    assertThatThrownBy(() -> options.apiKey(" ")).isInstanceOf(IllegalArgumentException.class).hasMessage("apiKey must not be blank");
    assertThatThrownBy(() -> options.apiKey(null)).isInstanceOf(NullPointerException.class).hasMessage("apiKey");
    assertThatThrownBy(() -> options.clock(null)).isInstanceOf(NullPointerException.class).hasMessage("clock");
    assertThatThrownBy(() -> options.registerTool("weather", null)).isInstanceOf(NullPointerException.class).hasMessage("tool");
    assertThatThrownBy(() -> options.seedConnector(null)).isInstanceOf(NullPointerException.class).hasMessage("createConnectorJson");
    assertThatThrownBy(() -> options.seedAgent(null)).isInstanceOf(NullPointerException.class).hasMessage("createAgentJson");
    options.port(0);
    options.port(65535);
    assertThat(options.port()).isEqualTo(65535);
  }

  @Test
  void connectorNames_mustMatchTheContractPattern() {
    StandInOptions.checkConnectorName("a_B-9");
    StandInOptions.checkConnectorName("x".repeat(64));
    for (String bad : new String[] {"", "has space", "x".repeat(65), "dot.ted"}) {
      assertThatThrownBy(() -> StandInOptions.checkConnectorName(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("connectorName must match ^[a-zA-Z0-9_-]{1,64}$, was '" + bad + "'");
    }
    assertThatThrownBy(() -> StandInOptions.checkConnectorName(null)).isInstanceOf(NullPointerException.class).hasMessage("connectorName");
    assertThatThrownBy(() -> new StandInOptions().registerTool("bad name", tool("t"))).isInstanceOf(IllegalArgumentException.class);
  }
}
