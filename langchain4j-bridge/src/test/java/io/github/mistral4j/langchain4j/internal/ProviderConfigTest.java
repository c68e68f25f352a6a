package io.github.mistral4j.langchain4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.service.tool.ToolExecutor;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.langchain4j.ConnectorSource;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProviderConfigTest {
  private static final System.Logger LOG = System.getLogger(ProviderConfigTest.class.getName());

  // never called: nothing here lists or calls a tool
  private final ConnectorsClient client =
      ConnectorsClient.create(ClientOptions.builder().apiKey("test-key").baseUrl("http://127.0.0.1:9").build());

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void build_needsAClientAndAConnector() {
    ProviderConfig config = new ProviderConfig(LOG);
    config.connector(ConnectorSource.of("weather"));
    assertThatThrownBy(() -> config.build(null)).isInstanceOf(NullPointerException.class).hasMessage("client");
    ProviderConfig noConnector = new ProviderConfig(LOG);
    assertThatThrownBy(() -> noConnector.build(client))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("at least one connector is required: call connector(...)");
  }

  @Test
  void nullArguments_areRejectedByName() {
    ProviderConfig config = new ProviderConfig(LOG);
    assertThatThrownBy(() -> config.connector(null)).isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> config.filter(null)).isInstanceOf(NullPointerException.class).hasMessage("filter");
    assertThatThrownBy(() -> config.toolNameMapper(null)).isInstanceOf(NullPointerException.class).hasMessage("toolNameMapper");
    assertThatThrownBy(() -> config.toolWrapper(null)).isInstanceOf(NullPointerException.class).hasMessage("toolWrapper");
  }

  @Test
  void callAndCacheValues_areCheckedByTheToolsCore() {
    ProviderConfig config = new ProviderConfig(LOG);
    assertThatThrownBy(() -> config.settings().cacheTtl(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cacheTtl must not be negative, got PT-1S");
    assertThatThrownBy(() -> config.settings().callTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("callTimeout must be positive, got PT0S");
    assertThatThrownBy(() -> config.settings().callMaxRetries(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("callMaxRetries must be >= 0, got -1");
  }

  @Test
  void eachBuild_isIndependentOfLaterChanges() {
    ProviderConfig config = new ProviderConfig(LOG);
    config.connector(ConnectorSource.of("weather"));
    config.settings().callTimeout(Duration.ofSeconds(5));
    ProvidedTools first = config.build(client);

    config.connector(ConnectorSource.of("github"));
    config.settings().callTimeout(Duration.ofSeconds(9)).callMaxRetries(1).failIfOneConnectorFails(true);
    Function<ToolExecutor, ToolExecutor> wrapper = Function.identity();
    config.toolWrapper(wrapper);
    ProvidedTools second = config.build(client);

    assertThat(first.connectors()).containsExactly(ConnectorSource.of("weather"));
    assertThat(first.describe()).isEqualTo("connectors=[" + ConnectorSource.of("weather")
        + "], failIfOneConnectorFails=false, callTimeout=PT5S, callMaxRetries=null");
    assertThat(second.connectors()).containsExactly(ConnectorSource.of("weather"), ConnectorSource.of("github"));
    assertThat(second.describe()).endsWith("failIfOneConnectorFails=true, callTimeout=PT9S, callMaxRetries=1");
  }
}
