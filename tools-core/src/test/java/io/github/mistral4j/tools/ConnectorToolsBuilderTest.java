package io.github.mistral4j.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.ClientOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The builder base the bridges share, through a minimal bridge builder. */
class ConnectorToolsBuilderTest {
  // never called: nothing here lists or calls a tool
  private final ConnectorsClient client =
      ConnectorsClient.create(ClientOptions.builder().apiKey("test-key").baseUrl("http://127.0.0.1:9").build());

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** A bridge's builder as the bridges write it: its own settings, connector records and build(). */
  private static final class TestBuilder extends ConnectorToolsBuilder<TestBuilder> {
    private final ToolSettings.Builder<McpTool> settings;
    private final List<ConnectorSource> recorded = new ArrayList<>();

    TestBuilder() {
      this(ToolSettings.builder());
    }

    private TestBuilder(ToolSettings.Builder<McpTool> settings) {
      super(settings);
      this.settings = settings;
    }

    @Override
    protected TestBuilder addConnector(ConnectorSource source) {
      TestBuilder self = super.addConnector(source);
      recorded.add(source);
      return self;
    }

    TestBuilder connector(ConnectorSource source) {
      return addConnector(source);
    }

    Built build() {
      ConnectorsClient c = requireClient();
      return new Built(c, settings.build());
    }
  }

  private record Built(ConnectorsClient client, ToolSettings<McpTool> settings) {}

  @Test
  void defaults_areThoseOfTheToolsCore() {
    Built built = new TestBuilder().client(client).connector("weather").build();

    ToolSettings<McpTool> settings = built.settings();
    assertThat(built.client()).isSameAs(client);
    assertThat(settings.connectors()).containsExactly(ConnectorSource.of("weather"));
    assertThat(settings.cacheTtl()).isEqualTo(ConnectorTools.DEFAULT_CACHE_TTL).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.callTimeout()).isEqualTo(ConnectorTools.DEFAULT_CALL_TIMEOUT).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.callMaxRetries()).isNull();
    assertThat(settings.failIfOneConnectorFails()).isFalse();
    assertThat(settings.clock()).isEqualTo(Clock.systemUTC());
    assertThat(settings.toolNameFilter().test("any_tool")).isTrue();
  }

  @Test
  void setters_reachTheSettings() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    ToolSettings<McpTool> settings = new TestBuilder()
        .client(client)
        .connectors("weather", "github")
        .connector("slack")
        .cacheTtl(Duration.ZERO)
        .callTimeout(Duration.ofSeconds(5))
        .callMaxRetries(0)
        .failIfOneConnectorFails(true)
        .clock(clock)
        .build()
        .settings();

    assertThat(settings.connectors()).extracting(ConnectorSource::idOrName).containsExactly("weather", "github", "slack");
    assertThat(settings.cacheTtl()).isEqualTo(Duration.ZERO);
    assertThat(settings.callTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.callMaxRetries()).isZero();
    assertThat(settings.failIfOneConnectorFails()).isTrue();
    assertThat(settings.clock()).isSameAs(clock);
  }

  @Test
  void connectorsByName_goThroughTheBridgesAddConnector() {
    TestBuilder builder = new TestBuilder().connector("weather").connectors("github", "slack")
        .connector(ConnectorSource.builder("github").credentialsName("work").build());

    assertThat(builder.recorded).extracting(ConnectorSource::idOrName).containsExactly("weather", "github", "slack", "github");
    assertThat(builder.client(client).build().settings().connectors()).isEqualTo(builder.recorded);
    assertThatThrownBy(() -> builder.connector("slack")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("added twice");
    assertThat(builder.recorded).hasSize(4);
  }

  @Test
  void filterToolNames_keepsOnlyNamesEveryCallAccepts() {
    List<String> later = new ArrayList<>(List.of("forecast", "search"));
    ToolSettings<McpTool> settings = new TestBuilder()
        .client(client)
        .connector("weather")
        .filterToolNames("forecast", "alerts", "search")
        .filterToolNames(later)
        .build()
        .settings();
    later.add("alerts");

    assertThat(List.of("forecast", "alerts", "search", "other")).filteredOn(settings.toolNameFilter()).containsExactly("forecast", "search");
  }

  @Test
  void everyMethod_returnsTheSubclassItself() {
    TestBuilder builder = new TestBuilder();

    assertThat(builder.client(client)).isSameAs(builder);
    assertThat(builder.connector("weather")).isSameAs(builder);
    assertThat(builder.connectors("github")).isSameAs(builder);
    assertThat(builder.filterToolNames("forecast")).isSameAs(builder);
    assertThat(builder.filterToolNames(List.of("forecast"))).isSameAs(builder);
    assertThat(builder.failIfOneConnectorFails(true)).isSameAs(builder);
    assertThat(builder.cacheTtl(Duration.ofMinutes(1))).isSameAs(builder);
    assertThat(builder.callTimeout(Duration.ofSeconds(1))).isSameAs(builder);
    assertThat(builder.callMaxRetries(1)).isSameAs(builder);
    assertThat(builder.clock(Clock.systemUTC())).isSameAs(builder);
    // typed as the subclass: its own build() is reachable after any shared method
    Built built = builder.clock(Clock.systemUTC()).build();
    assertThat(built.settings().connectors()).hasSize(2);
  }

  @Test
  void nullArguments_areRejectedByName() {
    TestBuilder builder = new TestBuilder();

    assertThatThrownBy(() -> new TestBuilder(null)).isInstanceOf(NullPointerException.class).hasMessage("settings");
    assertThatThrownBy(() -> builder.client(null)).isInstanceOf(NullPointerException.class).hasMessage("client");
    assertThatThrownBy(() -> builder.connector((String) null)).isInstanceOf(NullPointerException.class).hasMessage("connector");
    assertThatThrownBy(() -> builder.connector((ConnectorSource) null)).isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> builder.connectors((String[]) null)).isInstanceOf(NullPointerException.class).hasMessage("idsOrNames");
    assertThatThrownBy(() -> builder.filterToolNames((String[]) null)).isInstanceOf(NullPointerException.class).hasMessage("toolNames");
    assertThatThrownBy(() -> builder.filterToolNames((Collection<String>) null)).isInstanceOf(NullPointerException.class).hasMessage("toolNames");
    assertThatThrownBy(() -> builder.filterToolNames(Arrays.asList("forecast", null))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.cacheTtl(null)).isInstanceOf(NullPointerException.class).hasMessage("cacheTtl");
    assertThatThrownBy(() -> builder.callTimeout(null)).isInstanceOf(NullPointerException.class).hasMessage("callTimeout");
    assertThatThrownBy(() -> builder.clock(null)).isInstanceOf(NullPointerException.class).hasMessage("clock");
  }

  @Test
  void badValues_failAtOnceNamingTheParameter() {
    TestBuilder builder = new TestBuilder();

    assertThatThrownBy(() -> builder.cacheTtl(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cacheTtl must not be negative, got PT-1S");
    assertThatThrownBy(() -> builder.callTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("callTimeout must be positive, got PT0S");
    assertThatThrownBy(() -> builder.callTimeout(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("callTimeout must be positive, got PT-0.001S");
    assertThatThrownBy(() -> builder.callMaxRetries(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("callMaxRetries must be >= 0, got -1");
    assertThatThrownBy(() -> builder.connector("../admin"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connector");
    assertThatThrownBy(() -> builder.connectors("weather", "weather"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("connector " + ConnectorSource.of("weather") + " is added twice");
  }

  @Test
  void build_needsAClientFirstThenAConnector() {
    assertThatThrownBy(() -> new TestBuilder().build())
        .isInstanceOf(IllegalStateException.class).hasMessage("client is required: call client(ConnectorsClient)");
    assertThatThrownBy(() -> new TestBuilder().connector("weather").build())
        .isInstanceOf(IllegalStateException.class).hasMessage("client is required: call client(ConnectorsClient)");
    assertThatThrownBy(() -> new TestBuilder().client(client).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("at least one connector is required: call connector(...)");
  }
}
