package io.github.mistral4j.testkit.internal.http;

/** Handles the requests of one operation. */
@FunctionalInterface
public interface RouteHandler {
  /**
   * Handles a request.
   *
   * @param inputs the request with its path parameters, ready for validation
   * @return the response
   * @throws ApiException to answer with an error
   */
  ApiResponse handle(Inputs inputs);
}
