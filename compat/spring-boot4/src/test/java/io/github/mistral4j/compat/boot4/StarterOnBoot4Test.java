package io.github.mistral4j.compat.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistral4j.agents.AgentsClient;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralHttp;
import io.github.mistral4j.spring.boot.MistralApiKeyMissingException;
import io.github.mistral4j.spring.boot.MistralAutoConfiguration;
import io.github.mistral4j.spring.boot.MistralMicrometerAutoConfiguration;
import io.github.mistral4j.spring.boot.MistralSpringAiAutoConfiguration;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter's core beans on Spring Boot 4: the same conditions as on Boot 3.5. */
class StarterOnBoot4Test {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MistralMicrometerAutoConfiguration.class, MistralAutoConfiguration.class,
          MistralSpringAiAutoConfiguration.class));

  @Test
  void runsOnBoot4() {
    assertThat(SpringBootVersion.getVersion()).startsWith("4.0.");
  }

  @Test
  void withoutAKey_startUpFailsNamingTheProperty() {
    runner.run(context -> assertThat(context.getStartupFailure()).rootCause()
        .isInstanceOf(MistralApiKeyMissingException.class).hasMessageContaining("mistral.api-key"));
  }

  @Test
  void properties_becomeOptionsAndClientsShareOneTransportClosedWithTheContext() {
    AtomicReference<MistralHttp> http = new AtomicReference<>();
    runner.withPropertyValues("mistral.api-key=boot4-key", "mistral.request-timeout=45s", "mistral.tools.connectors=weather")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(ConnectorsClient.class).hasSingleBean(AgentsClient.class);
          assertThat(context.getBean(ClientOptions.class).requestTimeout()).isEqualTo(Duration.ofSeconds(45));
          assertThat(context.getBean(ClientOptions.class).toString()).doesNotContain("boot4-key");
          http.set(context.getBean(MistralHttp.class));
        });
    assertThat(http.get().isClosed()).isTrue();
  }
}
