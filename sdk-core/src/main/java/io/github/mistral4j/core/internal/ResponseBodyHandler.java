package io.github.mistral4j.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.util.OptionalLong;

/**
 * Chooses how the JDK client receives a body so that it never holds more than the call's limit.
 * An HTTP/1.1 body with a {@code Content-Length} within the limit is collected by the JDK into a
 * byte array (its fastest path: the JDK reads exactly that many bytes); any other body (HTTP/2,
 * whose {@code Content-Length} the JDK does not enforce, chunked or close-delimited bodies, and
 * bodies declared longer than the limit) is read from a stream by {@link BoundedBodies} on the
 * calling thread, still under the call's deadline.
 */
final class ResponseBodyHandler {
  private ResponseBodyHandler() {}

  /** The handler for a call whose limit is {@code limit} bytes. */
  static BodyHandler<Object> bounded(long limit) {
    return info -> subscriber(info, limit);
  }

  @SuppressWarnings("unchecked")
  private static BodySubscriber<Object> subscriber(ResponseInfo info, long limit) {
    OptionalLong declared = info.headers().firstValueAsLong("content-length");
    if (info.version() == HttpClient.Version.HTTP_1_1 && declared.isPresent() && declared.getAsLong() <= limit) {
      return (BodySubscriber<Object>) (BodySubscriber<?>) BodySubscribers.ofByteArray();
    }
    return (BodySubscriber<Object>) (BodySubscriber<?>) BodySubscribers.ofInputStream();
  }

  /**
   * The body of a response received with {@link #bounded}.
   *
   * @throws ResponseTooLargeException when it is longer than the limit
   */
  static byte[] bytes(HttpResponse<Object> response, long limit, String request) throws IOException {
    Object body = response.body();
    if (body instanceof byte[] bytes) {
      return bytes;
    }
    long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
    return BoundedBodies.read((InputStream) body, declared, limit, request);
  }
}
