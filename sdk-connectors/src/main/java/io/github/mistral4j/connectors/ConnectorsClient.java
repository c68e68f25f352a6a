package io.github.mistral4j.connectors;

import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.internal.MistralTransport;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Client of Mistral's beta Connectors API (remote MCP servers). Thread-safe; build one per set of
 * options and share it. Close it to release its threads and connections.
 *
 * <pre>{@code
 * try (ConnectorsClient connectors = ConnectorsClient.fromEnv()) {
 *   List<McpTool> tools = connectors.tools().list("weather");
 *   ConnectorToolCallResponse r = connectors.tools().call("weather", "forecast", Map.of("city", "Paris"));
 * }
 * }</pre>
 *
 * <p>Every operation has an overload taking {@link io.github.mistral4j.core.RequestOptions}.
 * Invalid arguments fail with {@link IllegalArgumentException} or {@link NullPointerException}
 * before any request; failed calls throw a {@link io.github.mistral4j.core.MistralException}.
 */
public final class ConnectorsClient implements AutoCloseable {
  private final MistralTransport transport;
  private final ToolsService tools;

  private ConnectorsClient(ClientOptions options) {
    this.transport = MistralTransport.create(options);
    this.tools = new ToolsService(transport);
  }

  /**
   * Creates a client.
   *
   * @param options the client options
   * @return the client
   */
  public static ConnectorsClient create(ClientOptions options) {
    return new ConnectorsClient(Objects.requireNonNull(options, "options"));
  }

  /**
   * Creates a client from {@code MISTRAL_API_KEY}, {@code MISTRAL_BASE_URL} and {@code MISTRAL_LOG}.
   *
   * @return the client
   * @throws IllegalStateException when {@code MISTRAL_API_KEY} is not set
   */
  public static ConnectorsClient fromEnv() {
    return create(ClientOptions.fromEnv());
  }

  /**
   * A new client with modified options; this client is left unchanged and open.
   *
   * @param modifier changes a builder holding this client's options
   * @return the new client (close it too)
   */
  public ConnectorsClient withOptions(Consumer<ClientOptions.Builder> modifier) {
    ClientOptions.Builder builder = transport.options().toBuilder();
    Objects.requireNonNull(modifier, "modifier").accept(builder);
    return create(builder.build());
  }

  /** The options of this client. */
  public ClientOptions options() {
    return transport.options();
  }

  /** The tools of connectors: list and call them. */
  public ToolsService tools() {
    return tools;
  }

  /** An async view of this client, sharing its connections and threads (closing either closes both). */
  public ConnectorsAsyncClient async() {
    return new ConnectorsAsyncClient(this, transport);
  }

  /** Releases the client's threads and, when the SDK built it, its HTTP client. */
  @Override
  public void close() {
    transport.close();
  }
}
