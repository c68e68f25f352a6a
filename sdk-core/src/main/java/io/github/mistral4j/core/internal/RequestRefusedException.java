package io.github.mistral4j.core.internal;

import java.io.IOException;

/**
 * The HTTP client refused to send a request (for instance a header value it does not accept).
 * Nothing was sent; never retried. Its message names the request only: the JDK's own message may
 * quote a header value, so it is not kept.
 */
final class RequestRefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  RequestRefusedException(String request, RuntimeException refusal) {
    super("The HTTP client refused to send " + request + " (" + refusal.getClass().getSimpleName() + ")");
  }
}
