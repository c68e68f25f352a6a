package io.github.mistral4j.spring.boot;

import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.spring.boot.internal.OnToolConnectorsCondition;
import io.github.mistral4j.spring.boot.internal.ToolProviderFactory;
import io.github.mistral4j.springai.ConnectorToolCallbackProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * A {@link ConnectorToolCallbackProvider} of the connectors in {@code mistral.tools.connectors},
 * when {@code mistral4j-spring-ai} and Spring AI are on the class path and a {@link
 * ConnectorsClient} bean exists. Nothing is listed until the tools are first asked for.
 */
@AutoConfiguration(after = MistralAutoConfiguration.class)
@ConditionalOnClass(name = {"io.github.mistral4j.springai.ConnectorToolCallbackProvider", "org.springframework.ai.tool.ToolCallbackProvider"})
@ConditionalOnBean(type = "io.github.mistral4j.connectors.ConnectorsClient")
@Conditional(OnToolConnectorsCondition.class)
public class MistralSpringAiAutoConfiguration {
  /** Creates the configuration. */
  public MistralSpringAiAutoConfiguration() {}

  /**
   * The tool provider.
   *
   * @param client the connectors client
   * @param properties the {@code mistral.*} properties
   * @return the provider
   */
  @Bean
  @ConditionalOnMissingBean
  public ConnectorToolCallbackProvider mistralToolCallbackProvider(ConnectorsClient client, MistralProperties properties) {
    return ToolProviderFactory.create(client, properties.getTools());
  }
}
