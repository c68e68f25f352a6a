package io.github.mistral4j.spring.boot.internal;

import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.observability.MistralListener;
import io.github.mistral4j.spring.boot.MistralApiKeyMissingException;
import io.github.mistral4j.spring.boot.MistralProperties;
import java.util.List;

/** Builds the SDK's {@link ClientOptions} from the {@code mistral.*} properties. */
public final class ClientOptionsFactory {
  private ClientOptionsFactory() {}

  /**
   * The options.
   *
   * @param properties the bound properties
   * @param listeners the listeners to add, in order
   * @return the options
   * @throws MistralApiKeyMissingException when no API key is set
   * @throws IllegalArgumentException when a value is refused (the message never holds the key)
   */
  public static ClientOptions create(MistralProperties properties, List<? extends MistralListener> listeners) {
    String apiKey = properties.getApiKey();
    if (apiKey == null || apiKey.isBlank()) {
      throw new MistralApiKeyMissingException();
    }
    ClientOptions.Builder options = ClientOptions.builder().apiKey(apiKey);
    if (properties.getBaseUrl() != null) {
      options.baseUrl(properties.getBaseUrl());
    }
    if (properties.getConnectTimeout() != null) {
      options.connectTimeout(properties.getConnectTimeout());
    }
    if (properties.getRequestTimeout() != null) {
      options.requestTimeout(properties.getRequestTimeout());
    }
    if (properties.getMaxRetries() != null) {
      options.maxRetries(properties.getMaxRetries());
    }
    if (properties.getLogLevel() != null) {
      options.logLevel(properties.getLogLevel());
    }
    if (properties.getMaxResponseSize() != null) {
      options.maxResponseBytes(properties.getMaxResponseSize().toBytes());
    }
    if (!listeners.isEmpty()) {
      options.listeners(listeners);
    }
    return options.build();
  }
}
