package io.github.mistral4j.core.internal;

import feign.Request;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns the request Feign built into the one sent: authentication (asked of the key supplier for
 * every attempt, so keys can rotate), user agent, JSON content type of bodies, default and
 * per-call headers, per-call base URL, query values set to the empty string.
 * Works on the final {@link Request}, so header values are never read as Feign templates.
 *
 * <p>The client's fixed headers are built once; the {@code Authorization} value is rebuilt (and
 * the key checked) only when the supplier returns a different key.
 */
final class RequestPreparer {
  private static final List<String> ACCEPT = List.of("application/json");
  private static final List<String> JSON = List.of("application/json");

  private final ClientOptions options;
  private final String baseUrl;
  private final List<String> userAgent;
  private final Map.Entry<String, List<String>>[] defaultHeaders;
  private volatile @Nullable Bearer bearer;

  /** The last key seen and its header value. */
  private record Bearer(String key, List<String> value) {}

  @SuppressWarnings("unchecked")
  RequestPreparer(ClientOptions options) {
    this.options = options;
    this.baseUrl = options.baseUrl().toString();
    this.userAgent = List.of(options.userAgent());
    this.defaultHeaders =
        options.defaultHeaders().entrySet().stream()
            .map(e -> Map.entry(e.getKey(), List.of(e.getValue())))
            .toArray(Map.Entry[]::new);
  }

  Request prepare(Request request, CallContext ctx) {
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(request.headers());
    if (request.body() != null && !headers.containsKey("Content-Type")) {
      headers.put("Content-Type", JSON); // bodies come only from JsonCodec
    }
    headers.put("Accept", ACCEPT);
    headers.put("User-Agent", userAgent);
    for (Map.Entry<String, List<String>> header : defaultHeaders) {
      headers.put(header.getKey(), header.getValue());
    }
    if (!ctx.extraHeaders().isEmpty()) {
      ctx.extraHeaders().forEach((k, v) -> headers.put(k, List.of(v)));
    }
    headers.put("Authorization", authorization());
    String url = EmptyQueryValues.restore(request.url());
    if (ctx.baseUrl() != null && url.startsWith(baseUrl)) {
      url = ctx.baseUrl() + url.substring(baseUrl.length());
    }
    return Request.create(
        request.httpMethod(), url, headers, request.body(), request.charset(), request.requestTemplate());
  }

  private List<String> authorization() {
    String key = options.apiKey().get();
    Bearer last = bearer;
    if (last != null && last.key().equals(key)) {
      return last.value();
    }
    check(key);
    Bearer fresh = new Bearer(key, List.of("Bearer " + key));
    bearer = fresh;
    return fresh.value();
  }

  private static void check(@Nullable String key) {
    if (key == null || key.isBlank()) {
      throw new MistralException(
          "The API key supplier returned no key (set " + ClientOptions.API_KEY_ENV + " or fix the supplier)", null);
    }
    String problem = HeaderRules.problemWithApiKey(key);
    if (problem != null) {
      throw new MistralException("The API key from the supplier " + problem, null);
    }
  }
}
