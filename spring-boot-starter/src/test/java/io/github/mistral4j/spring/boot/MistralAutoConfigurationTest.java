package io.github.mistral4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistral4j.agents.AgentsClient;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.LogLevel;
import io.github.mistral4j.core.MistralHttp;
import io.github.mistral4j.spring.boot.internal.ApiKeySanitizer;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The core beans: options from properties, clients on one transport, conditions, secrets. */
class MistralAutoConfigurationTest {
  private static final String KEY = "sk-test-0123456789abcdef";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MistralMicrometerAutoConfiguration.class, MistralAutoConfiguration.class,
          MistralSpringAiAutoConfiguration.class));

  @Test
  void withoutAKey_startUpFailsNamingTheProperty() {
    runner.run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .isInstanceOf(MistralApiKeyMissingException.class)
          .hasMessageContaining("mistral.api-key");
    });
  }

  @Test
  void properties_becomeClientOptions() {
    runner.withPropertyValues("mistral.api-key=" + KEY, "mistral.base-url=http://127.0.0.1:9",
            "mistral.connect-timeout=3s", "mistral.request-timeout=45s", "mistral.max-retries=5",
            "mistral.log-level=headers", "mistral.max-response-size=2MB")
        .run(context -> {
          ClientOptions options = context.getBean(ClientOptions.class);
          assertThat(options.apiKey().get()).isEqualTo(KEY);
          assertThat(options.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9"));
          assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
          assertThat(options.requestTimeout()).isEqualTo(Duration.ofSeconds(45));
          assertThat(options.retryPolicy().maxRetries()).isEqualTo(5);
          assertThat(options.logLevel()).isEqualTo(LogLevel.HEADERS);
          assertThat(options.maxResponseBytes()).isEqualTo(2L * 1024 * 1024);
        });
  }

  @Test
  void clients_shareOneTransportAndAreClosedWithTheContext() {
    AtomicReference<MistralHttp> http = new AtomicReference<>();
    runner.withPropertyValues("mistral.api-key=" + KEY).run(context -> {
      assertThat(context).hasSingleBean(ConnectorsClient.class).hasSingleBean(AgentsClient.class).hasSingleBean(MistralHttp.class);
      assertThat(context.getBean(ConnectorsClient.class).options()).isSameAs(context.getBean(ClientOptions.class));
      http.set(context.getBean(MistralHttp.class));
      assertThat(http.get().isClosed()).isFalse();
    });
    assertThat(http.get().isClosed()).isTrue();
  }

  @Test
  void eachClient_onlyWhenItsModuleIsOnTheClassPath() {
    runner.withPropertyValues("mistral.api-key=" + KEY).withClassLoader(new FilteredClassLoader(ConnectorsClient.class))
        .run(context -> assertThat(context).doesNotHaveBean(ConnectorsClient.class).hasSingleBean(AgentsClient.class));
    runner.withPropertyValues("mistral.api-key=" + KEY).withClassLoader(new FilteredClassLoader(AgentsClient.class))
        .run(context -> assertThat(context).hasSingleBean(ConnectorsClient.class).doesNotHaveBean(AgentsClient.class));
  }

  @Test
  void everyBean_backsOffForTheApplicationsOwn() {
    ClientOptions own = ClientOptions.builder().apiKey("own-key").build();
    runner.withBean(ClientOptions.class, () -> own)
        .withBean(ConnectorsClient.class, () -> ConnectorsClient.create(own))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(ClientOptions.class)).isSameAs(own);
          assertThat(context.getBean(ConnectorsClient.class).options()).isSameAs(own);
          assertThat(context).hasSingleBean(ConnectorsClient.class).hasSingleBean(AgentsClient.class);
        });
  }

  @Test
  void theKey_isNeverPrintedAndIsMaskedForTheActuator() {
    runner.withPropertyValues("mistral.api-key=" + KEY).run(context -> {
      MistralProperties properties = context.getBean(MistralProperties.class);
      assertThat(properties.getApiKey()).isEqualTo(KEY);
      assertThat(properties.toString()).doesNotContain(KEY).contains("apiKey=****");
      assertThat(context.getBean(ClientOptions.class).toString()).doesNotContain(KEY);
      ApiKeySanitizer sanitizer = context.getBean(ApiKeySanitizer.class);
      for (String key : new String[] {"apiKey", "api-key", "mistral.api-key", "MISTRAL_API_KEY"}) {
        assertThat(sanitizer.apply(new SanitizableData(null, key, KEY)).getValue()).as(key).isEqualTo(SanitizableData.SANITIZED_VALUE);
      }
      assertThat(sanitizer.apply(new SanitizableData(null, "baseUrl", "http://x")).getValue()).isEqualTo("http://x");
    });
  }

  @Test
  void sanitizer_onlyWithTheActuator() {
    runner.withPropertyValues("mistral.api-key=" + KEY)
        .withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ApiKeySanitizer.class));
  }
}
