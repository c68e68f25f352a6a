package io.github.mistral4j.core.internal;

import io.github.mistral4j.core.ClientOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Builds transports against a WireMock server with a recording, non-sleeping sleeper. */
final class TransportFixture implements AutoCloseable {
  static final String API_KEY = "sk-test-0123456789abcdef";

  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  final MistralTransport transport;
  final TestApi api;

  TransportFixture(String baseUrl) {
    this(ClientOptions.builder().apiKey(API_KEY).baseUrl(baseUrl));
  }

  TransportFixture(ClientOptions.Builder options) {
    this.transport = MistralTransport.create(options.sleeper(sleeps::add).build());
    this.api = transport.api(TestApi.class);
  }

  static ClientOptions.Builder options(String baseUrl) {
    return ClientOptions.builder().apiKey(API_KEY).baseUrl(baseUrl);
  }

  @Override
  public void close() {
    transport.close();
  }
}
