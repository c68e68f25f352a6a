package io.github.mistral4j.core.internal;

import java.io.IOException;

/**
 * A response body longer than the call's limit. Never retried: the same request would get the
 * same answer.
 */
final class ResponseTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  ResponseTooLargeException(String request, long limit) {
    super(
        "The response body of "
            + request
            + " exceeds the limit of "
            + limit
            + " bytes ("
            + Sizes.describe(limit)
            + "); raise it with ClientOptions.Builder.maxResponseBytes(...) or, for one call,"
            + " RequestOptions.Builder.maxResponseBytes(...)");
  }
}
