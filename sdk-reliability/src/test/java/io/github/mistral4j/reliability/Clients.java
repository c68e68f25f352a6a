package io.github.mistral4j.reliability;

import io.github.mistral4j.agents.AgentsClient;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;

/** The two API clients, built from the same options. */
record Clients(ConnectorsClient connectors, AgentsClient agents) implements AutoCloseable {
  static Clients of(ClientOptions options) {
    return new Clients(ConnectorsClient.create(options), AgentsClient.create(options));
  }

  @Override
  public void close() {
    connectors.close();
    agents.close();
  }
}
