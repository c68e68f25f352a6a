package io.github.mistral4j.spring.boot.internal;

import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.spring.boot.MistralToolsProperties;
import io.github.mistral4j.spring.boot.ToolConnector;
import io.github.mistral4j.springai.ConnectorToolCallbackProvider;
import io.github.mistral4j.tools.ConnectorSource;

/** Builds the Spring AI tool provider from the {@code mistral.tools.*} properties. */
public final class ToolProviderFactory {
  private ToolProviderFactory() {}

  /**
   * The provider.
   *
   * @param client the connectors client
   * @param tools the bound properties
   * @return the provider
   * @throws IllegalArgumentException when a connector entry has no name or an invalid value,
   *     naming the property
   */
  public static ConnectorToolCallbackProvider create(ConnectorsClient client, MistralToolsProperties tools) {
    ConnectorToolCallbackProvider.Builder provider = ConnectorToolCallbackProvider.builder().client(client);
    for (int i = 0; i < tools.getConnectors().size(); i++) {
      ToolConnector connector = tools.getConnectors().get(i);
      String name = connector.getName();
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("mistral.tools.connectors[" + i + "].name must be set");
      }
      ConnectorSource.Builder source = ConnectorSource.builder(name);
      if (connector.getCredentialsName() != null) {
        source.credentialsName(connector.getCredentialsName());
      }
      if (connector.getPrefix() != null) {
        source.prefix(connector.getPrefix());
      }
      provider.connector(source.build());
    }
    if (tools.getCacheTtl() != null) {
      provider.cacheTtl(tools.getCacheTtl());
    }
    if (tools.getCallTimeout() != null) {
      provider.callTimeout(tools.getCallTimeout());
    }
    if (tools.getCallMaxRetries() != null) {
      provider.callMaxRetries(tools.getCallMaxRetries());
    }
    return provider.failIfOneConnectorFails(tools.isFailIfOneConnectorFails()).build();
  }
}
