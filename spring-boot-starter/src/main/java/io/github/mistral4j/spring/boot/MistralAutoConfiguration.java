package io.github.mistral4j.spring.boot;

import io.github.mistral4j.agents.AgentsClient;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralHttp;
import io.github.mistral4j.core.observability.MistralListener;
import io.github.mistral4j.spring.boot.internal.ApiKeySanitizer;
import io.github.mistral4j.spring.boot.internal.ClientOptionsFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SDK's client options from {@code mistral.*}, one {@link MistralHttp} transport, and a
 * {@link ConnectorsClient} and an {@link AgentsClient} on it when their modules are on the class
 * path. Every bean backs off when the application defines its own; clients and the transport are
 * closed when the context closes (clients first).
 */
@AutoConfiguration
@EnableConfigurationProperties(MistralProperties.class)
public class MistralAutoConfiguration {
  /** Creates the configuration. */
  public MistralAutoConfiguration() {}

  /**
   * The client options, with every {@link MistralListener} bean as a listener.
   *
   * @param properties the {@code mistral.*} properties
   * @param listeners the listener beans
   * @return the options
   * @throws MistralApiKeyMissingException when {@code mistral.api-key} is not set
   */
  @Bean
  @ConditionalOnMissingBean
  public ClientOptions mistralClientOptions(MistralProperties properties, ObjectProvider<MistralListener> listeners) {
    return ClientOptionsFactory.create(properties, listeners.orderedStream().toList());
  }

  /**
   * The transport the clients share: the JDK HTTP client, its threads and the async executor.
   *
   * @param options the client options (connect timeout, HTTP client, executor)
   * @return the transport, closed with the context after the clients
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public MistralHttp mistralHttp(ClientOptions options) {
    return MistralHttp.create(options);
  }

  /** The connectors client, when {@code mistral4j-connectors} is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.github.mistral4j.connectors.ConnectorsClient")
  public static class ConnectorsConfiguration {
    /** Creates the configuration. */
    public ConnectorsConfiguration() {}

    /**
     * The connectors client.
     *
     * @param options the client options
     * @param http the shared transport
     * @return the client, closed with the context
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public ConnectorsClient connectorsClient(ClientOptions options, MistralHttp http) {
      return ConnectorsClient.create(options, http);
    }
  }

  /** The agents client, when {@code mistral4j-agents} is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.github.mistral4j.agents.AgentsClient")
  public static class AgentsConfiguration {
    /** Creates the configuration. */
    public AgentsConfiguration() {}

    /**
     * The agents client.
     *
     * @param options the client options
     * @param http the shared transport
     * @return the client, closed with the context
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public AgentsClient agentsClient(ClientOptions options, MistralHttp http) {
      return AgentsClient.create(options, http);
    }
  }

  /** Masks the API key in the actuator's endpoints, when the actuator is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
  public static class SanitizingConfiguration {
    /** Creates the configuration. */
    public SanitizingConfiguration() {}

    /**
     * The sanitizer of {@code mistral.api-key}.
     *
     * @return the sanitizing function
     */
    @Bean
    @ConditionalOnMissingBean(name = "mistralApiKeySanitizer")
    public ApiKeySanitizer mistralApiKeySanitizer() {
      return new ApiKeySanitizer();
    }
  }
}
