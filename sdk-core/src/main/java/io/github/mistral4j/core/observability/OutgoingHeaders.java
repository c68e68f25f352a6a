package io.github.mistral4j.core.observability;

/**
 * Adds headers to one outgoing attempt, for listeners that propagate context (W3C {@code
 * traceparent}, {@code baggage}). Write-only: no header of the request can be read through it.
 */
public interface OutgoingHeaders {
  /**
   * Adds a header to the attempt.
   *
   * @param name an HTTP token; not a header the request already carries (such as {@code
   *     Authorization}, {@code User-Agent}, {@code Accept}, {@code Content-Type}, default or
   *     per-call headers), nor one the HTTP client owns ({@code Host}, {@code Content-Length},
   *     {@code Connection}, {@code Proxy-*}, ...), nor one whose name marks a secret (cookies,
   *     keys, tokens)
   * @param value visible ASCII, space and tab
   * @throws IllegalArgumentException when the name or the value breaks these rules; the message
   *     never repeats the value
   * @throws IllegalStateException when called after the listener method returned
   */
  void set(String name, String value);
}
