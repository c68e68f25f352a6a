package io.github.mistral4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.micrometer.MicrometerObservationListener;
import io.github.mistral4j.springai.ConnectorToolCallbackProvider;
import io.github.mistral4j.testkit.MistralStandIn;
import io.github.mistral4j.testkit.ToolHandler;
import io.github.mistral4j.testkit.ToolResult;
import io.github.mistral4j.tools.ConnectorSource;
import io.micrometer.observation.ObservationRegistry;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The Micrometer listener and the Spring AI tool provider, each under its conditions. */
class MistralIntegrationsAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withPropertyValues("mistral.api-key=test-key")
      .withConfiguration(AutoConfigurations.of(MistralMicrometerAutoConfiguration.class, MistralAutoConfiguration.class,
          MistralSpringAiAutoConfiguration.class));

  @Test
  void micrometer_listenerJoinsTheOptionsWhenARegistryIsABean() {
    runner.withBean(ObservationRegistry.class, ObservationRegistry::create).run(context -> {
      assertThat(context).hasSingleBean(MicrometerObservationListener.class);
      assertThat(context.getBean(ClientOptions.class).listeners()).containsExactly(context.getBean(MicrometerObservationListener.class));
    });
  }

  @Test
  void micrometer_absentWithoutARegistryOrWithoutTheModule() {
    runner.run(context -> assertThat(context).doesNotHaveBean(MicrometerObservationListener.class));
    runner.withBean(ObservationRegistry.class, ObservationRegistry::create)
        .withClassLoader(new FilteredClassLoader(MicrometerObservationListener.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MicrometerObservationListener.class));
  }

  @Test
  void springAi_providerOnlyWhenConnectorsAreSet() {
    runner.run(context -> assertThat(context).doesNotHaveBean(ConnectorToolCallbackProvider.class));
    runner.withPropertyValues("mistral.tools.connectors=weather,github").run(context ->
        assertThat(context.getBean(ConnectorToolCallbackProvider.class).connectors())
            .containsExactly(ConnectorSource.of("weather"), ConnectorSource.of("github")));
    runner.withPropertyValues("mistral.tools.connectors=weather")
        .withClassLoader(new FilteredClassLoader(ConnectorToolCallbackProvider.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ConnectorToolCallbackProvider.class));
  }

  @Test
  void springAi_providerListsAndCallsTheConfiguredConnectorsTools() {
    try (MistralStandIn standIn = MistralStandIn.start()) {
      standIn.seedConnector("{\"name\":\"weather\",\"description\":\"Weather\",\"server\":\"https://mcp.example.com/w\"}");
      standIn.seedConnector("{\"name\":\"github\",\"description\":\"GitHub\",\"server\":\"https://mcp.example.com/g\"}");
      standIn.registerTool("weather", ToolHandler.builder().name("forecast").handler(args -> ToolResult.text("Sunny")));
      standIn.registerTool("github", ToolHandler.builder().name("forecast").handler(args -> ToolResult.text("n/a")));
      runner.withPropertyValues("mistral.base-url=" + standIn.baseUrl(),
              "mistral.tools.connectors[0].name=weather",
              "mistral.tools.connectors[1].name=github", "mistral.tools.connectors[1].prefix=gh_",
              "mistral.tools.call-timeout=5s", "mistral.tools.call-max-retries=0")
          .run(context -> {
            ToolCallback[] tools = context.getBean(ConnectorToolCallbackProvider.class).getToolCallbacks();
            assertThat(Arrays.stream(tools).map(t -> t.getToolDefinition().name())).containsExactly("forecast", "gh_forecast");
            assertThat(tools[0].call("{}")).isEqualTo("Sunny");
          });
    }
  }

  @Test
  void springAi_aConnectorWithoutANameFailsNamingTheProperty() {
    runner.withPropertyValues("mistral.tools.connectors[0].prefix=gh_").run(context ->
        assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("mistral.tools.connectors[0].name"));
  }
}
