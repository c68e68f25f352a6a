package io.github.mistral4j.connectors;

import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.internal.MistralTransport;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Async twin of {@link ConnectorsClient}: every operation returns a {@link
 * java.util.concurrent.CompletableFuture} and runs on the client's async executor ({@link
 * ClientOptions#asyncExecutor()}, by default a pool of daemon threads). Each operation runs the
 * matching {@link ConnectorsClient} operation, so both behave alike; a failure, invalid arguments
 * included, completes the future exceptionally with the exception the sync call would throw.
 */
public final class ConnectorsAsyncClient implements AutoCloseable {
  private final ConnectorsClient sync;
  private final ToolsAsyncService tools;

  ConnectorsAsyncClient(ConnectorsClient sync, MistralTransport transport) {
    this.sync = sync;
    this.tools = new ToolsAsyncService(sync.tools(), transport);
  }

  /**
   * Creates a client.
   *
   * @param options the client options
   * @return the client
   */
  public static ConnectorsAsyncClient create(ClientOptions options) {
    return ConnectorsClient.create(options).async();
  }

  /**
   * Creates a client from {@code MISTRAL_API_KEY}, {@code MISTRAL_BASE_URL} and {@code MISTRAL_LOG}.
   *
   * @return the client
   * @throws IllegalStateException when {@code MISTRAL_API_KEY} is not set
   */
  public static ConnectorsAsyncClient fromEnv() {
    return create(ClientOptions.fromEnv());
  }

  /**
   * A new client with modified options; this client is left unchanged and open.
   *
   * @param modifier changes a builder holding this client's options
   * @return the new client (close it too)
   */
  public ConnectorsAsyncClient withOptions(Consumer<ClientOptions.Builder> modifier) {
    return sync.withOptions(Objects.requireNonNull(modifier, "modifier")).async();
  }

  /** The options of this client. */
  public ClientOptions options() {
    return sync.options();
  }

  /** The tools of connectors: list and call them. */
  public ToolsAsyncService tools() {
    return tools;
  }

  /** The blocking client this one runs on (sharing its connections and threads). */
  public ConnectorsClient sync() {
    return sync;
  }

  /** Releases the client's threads and, when the SDK built it, its HTTP client. */
  @Override
  public void close() {
    sync.close();
  }
}
