package io.github.mistral4j.spring.boot;

import io.github.mistral4j.core.LogLevel;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.util.unit.DataSize;

/**
 * The {@code mistral.*} properties: the API key and how the clients talk to the API. Unset values
 * keep the SDK's defaults. {@link #toString()} never shows the API key.
 */
@ConfigurationProperties(prefix = "mistral")
public class MistralProperties {
  /**
   * The API key, sent as a bearer token (required; the environment variable MISTRAL_API_KEY binds
   * to it too). Never logged or printed.
   */
  private @Nullable String apiKey;

  /** The API's base URL. Default: https://api.mistral.ai. */
  private @Nullable URI baseUrl;

  /** How long to wait for a connection. Default: 10 seconds. */
  private @Nullable Duration connectTimeout;

  /** How long a whole request may take, headers and body. Default: 300 seconds. */
  private @Nullable Duration requestTimeout;

  /** Retries after a retryable failure (408, 429, 5xx, I/O); 0 disables retries. Default: 2. */
  private @Nullable Integer maxRetries;

  /** HTTP logging: none, basic, headers or body (secrets masked). Default: none. */
  private @Nullable LogLevel logLevel;

  /** The largest response body accepted. Default: the SDK's cap. */
  private @Nullable DataSize maxResponseSize;

  /** Connector tools offered to Spring AI. */
  @NestedConfigurationProperty
  private final MistralToolsProperties tools = new MistralToolsProperties();

  /** Creates empty properties; Spring binds them. */
  public MistralProperties() {}

  /** {@return the API key, or {@code null} when none is configured} */
  public @Nullable String getApiKey() {
    return apiKey;
  }

  /**
   * Sets the API key.
   *
   * @param apiKey the key
   */
  public void setApiKey(@Nullable String apiKey) {
    this.apiKey = apiKey;
  }

  /** {@return the base URL, or {@code null} for the default} */
  public @Nullable URI getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets the base URL.
   *
   * @param baseUrl the URL
   */
  public void setBaseUrl(@Nullable URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** {@return the connect timeout, or {@code null} for the default} */
  public @Nullable Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets the connect timeout.
   *
   * @param connectTimeout the timeout
   */
  public void setConnectTimeout(@Nullable Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** {@return the request timeout, or {@code null} for the default} */
  public @Nullable Duration getRequestTimeout() {
    return requestTimeout;
  }

  /**
   * Sets the request timeout.
   *
   * @param requestTimeout the timeout
   */
  public void setRequestTimeout(@Nullable Duration requestTimeout) {
    this.requestTimeout = requestTimeout;
  }

  /** {@return the retries, or {@code null} for the default} */
  public @Nullable Integer getMaxRetries() {
    return maxRetries;
  }

  /**
   * Sets the retries.
   *
   * @param maxRetries zero or more
   */
  public void setMaxRetries(@Nullable Integer maxRetries) {
    this.maxRetries = maxRetries;
  }

  /** {@return the HTTP log level, or {@code null} for the default} */
  public @Nullable LogLevel getLogLevel() {
    return logLevel;
  }

  /**
   * Sets the HTTP log level.
   *
   * @param logLevel the level
   */
  public void setLogLevel(@Nullable LogLevel logLevel) {
    this.logLevel = logLevel;
  }

  /** {@return the response size cap, or {@code null} for the default} */
  public @Nullable DataSize getMaxResponseSize() {
    return maxResponseSize;
  }

  /**
   * Sets the response size cap.
   *
   * @param maxResponseSize the cap
   */
  public void setMaxResponseSize(@Nullable DataSize maxResponseSize) {
    this.maxResponseSize = maxResponseSize;
  }

  /** {@return the connector tools offered to Spring AI} */
  public MistralToolsProperties getTools() {
    return tools;
  }

  @Override
  public String toString() {
    return "MistralProperties{apiKey=" + (apiKey == null || apiKey.isBlank() ? "<none>" : "****") + ", baseUrl=" + baseUrl
        + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", maxRetries=" + maxRetries
        + ", logLevel=" + logLevel + ", maxResponseSize=" + maxResponseSize + ", tools=" + tools + '}';
  }
}
