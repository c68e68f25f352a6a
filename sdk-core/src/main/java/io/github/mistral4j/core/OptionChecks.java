package io.github.mistral4j.core;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import io.github.mistral4j.core.internal.HeaderRules;
import io.github.mistral4j.core.observability.MistralListener;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the {@link ClientOptions} values that {@link BaseUrls} and {@link Headers} do not
 * cover. Each method returns the value (or a copy) or throws naming the parameter; no message
 * repeats an API key.
 */
final class OptionChecks {
  private OptionChecks() {}

  /**
   * Checks a fixed API key: not blank, visible ASCII only (it is sent as {@code Bearer <key>}).
   *
   * @param apiKey the key
   * @return a supplier of that key
   */
  static Supplier<String> fixedApiKey(String apiKey) {
    Objects.requireNonNull(apiKey, "apiKey");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException(
          "apiKey must not be blank (see " + ClientOptions.API_KEY_ENV + ")");
    }
    String problem = HeaderRules.problemWithApiKey(apiKey);
    if (problem != null) {
      throw new IllegalArgumentException("apiKey " + problem);
    }
    return () -> apiKey;
  }

  /**
   * Requires that an API key was given, when options are built.
   *
   * @param apiKey the builder's key, or {@code null}
   * @return the key
   * @throws IllegalStateException when it is {@code null}, saying how to give one
   */
  static Supplier<String> given(@Nullable Supplier<String> apiKey) {
    if (apiKey == null) {
      throw new IllegalStateException(
          "No Mistral API key: set the "
              + ClientOptions.API_KEY_ENV
              + " environment variable or call ClientOptions.builder().apiKey(...)");
    }
    return apiKey;
  }

  /**
   * Checks a response size limit.
   *
   * @param maxResponseBytes the value
   * @return the value, when from 1 to {@link ClientOptions#MAX_RESPONSE_BYTES_LIMIT}
   */
  static long maxResponseBytes(long maxResponseBytes) {
    if (maxResponseBytes < 1 || maxResponseBytes > ClientOptions.MAX_RESPONSE_BYTES_LIMIT) {
      throw new IllegalArgumentException(
          "maxResponseBytes must be from 1 to "
              + ClientOptions.MAX_RESPONSE_BYTES_LIMIT
              + ", got "
              + maxResponseBytes);
    }
    return maxResponseBytes;
  }

  /**
   * Checks a caller's JDK client: one that follows redirects would send the API key to whatever
   * origin a server names.
   *
   * @param httpClient the client
   * @return the client, when it never follows redirects
   */
  static HttpClient httpClient(HttpClient httpClient) {
    Objects.requireNonNull(httpClient, "httpClient");
    if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalArgumentException(
          "httpClient must not follow redirects (it follows "
              + httpClient.followRedirects()
              + "): a redirect would send the API key to another origin; build it with"
              + " followRedirects(HttpClient.Redirect.NEVER)");
    }
    return httpClient;
  }

  /**
   * Checks a list of listeners.
   *
   * @param listeners the listeners
   * @return a copy to change, in the same order, when no element is {@code null}
   */
  static List<MistralListener> listeners(List<? extends MistralListener> listeners) {
    Objects.requireNonNull(listeners, "listeners");
    List<MistralListener> copy = new ArrayList<>(listeners.size());
    for (int i = 0; i < listeners.size(); i++) {
      MistralListener listener = listeners.get(i);
      if (listener == null) {
        throw new IllegalArgumentException("listeners[" + i + "] is null");
      }
      copy.add(listener);
    }
    return copy;
  }
}
