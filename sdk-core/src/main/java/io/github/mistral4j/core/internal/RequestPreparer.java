package io.github.mistral4j.core.internal;

import feign.Request;
import io.github.mistral4j.core.ClientOptions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the request Feign built into the one sent: authentication (asked of the key supplier for
 * every attempt, so keys can rotate), user agent, default and per-call headers, per-call base URL.
 * Works on the final {@link Request}, so header values are never read as Feign templates.
 */
final class RequestPreparer {
  private final ClientOptions options;
  private final String baseUrl;

  RequestPreparer(ClientOptions options) {
    this.options = options;
    this.baseUrl = options.baseUrl().toString();
  }

  Request prepare(Request request, CallContext ctx) {
    Map<String, java.util.Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(request.headers());
    headers.put("Accept", List.of("application/json"));
    headers.put("User-Agent", List.of(options.userAgent()));
    options.defaultHeaders().forEach((k, v) -> headers.put(k, List.of(v)));
    ctx.extraHeaders().forEach((k, v) -> headers.put(k, List.of(v)));
    headers.put("Authorization", List.of("Bearer " + apiKey()));
    String url = request.url();
    if (ctx.baseUrl() != null && url.startsWith(baseUrl)) {
      url = ctx.baseUrl() + url.substring(baseUrl.length());
    }
    return Request.create(
        request.httpMethod(), url, headers, request.body(), request.charset(), request.requestTemplate());
  }

  private String apiKey() {
    String key = options.apiKey().get();
    if (key == null || key.isBlank()) {
      throw new IllegalStateException(
          "The API key supplier returned no key (set " + ClientOptions.API_KEY_ENV + " or fix the supplier)");
    }
    if (key.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
      throw new IllegalStateException("The API key contains whitespace or control characters");
    }
    return key;
  }

}
