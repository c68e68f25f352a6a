package io.github.mistral4j.core.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the request id in response headers. The contract documents no such header; the API's
 * gateway sends {@code mistral-correlation-id} (the id Mistral's support asks for), and {@code
 * x-kong-request-id}; {@code x-request-id} is read too, for proxies in between. The first present
 * wins, in that order.
 */
public final class RequestIds {
  /** The headers read, in order of preference, lower case. */
  public static final List<String> HEADERS = List.of("mistral-correlation-id", "x-request-id", "x-kong-request-id");

  private RequestIds() {}

  /**
   * The request id among response headers.
   *
   * @param headers response headers, names in any case
   * @return the first non-blank value of the first header of {@link #HEADERS} present, or null
   */
  public static @Nullable String of(Map<String, ? extends Collection<String>> headers) {
    for (String wanted : HEADERS) {
      for (Map.Entry<String, ? extends Collection<String>> header : headers.entrySet()) {
        if (header.getKey() != null && header.getKey().equalsIgnoreCase(wanted)) {
          for (String value : header.getValue()) {
            if (value != null && !value.isBlank()) {
              return value.strip();
            }
          }
        }
      }
    }
    return null;
  }
}
