package io.github.mistral4j.core.internal;

import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What the blocking adapter ({@link JdkHttpClientAdapter}) and the async sender ({@link
 * AsyncSender}) share: a Feign request as a JDK one, and a JDK response as a Feign one.
 *
 * <p>Plain-text {@code http} URLs are sent as HTTP/1.1 (no {@code h2c} upgrade dance); {@code
 * https} uses the client's version, HTTP/2 by default.
 */
final class JdkExchanges {
  private static final String[] RESTRICTED = {"connection", "content-length", "expect", "host", "upgrade"};

  private JdkExchanges() {}

  /**
   * The JDK request for a Feign request.
   *
   * @throws RequestRefusedException when the JDK refuses it (e.g. a header value), without quoting it
   */
  static HttpRequest toHttpRequest(HttpClient client, Request request, long timeoutMillis) throws IOException {
    try {
      return build(client, request, timeoutMillis);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // e.g. a header value the JDK refuses: its message would quote the value
      throw new RequestRefusedException(HttpText.describe(request), e);
    }
  }

  private static HttpRequest build(HttpClient client, Request request, long timeoutMillis) {
    URI uri = URI.create(request.url());
    byte[] body = request.body();
    boolean http11 = "http".equalsIgnoreCase(uri.getScheme()) || client.version() == HttpClient.Version.HTTP_1_1;
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofMillis(timeoutMillis))
            .method(
                request.httpMethod().name(),
                body == null ? HttpRequest.BodyPublishers.noBody() : new UnsentRequests.TrackedBody(body))
            // HTTP/1.1 only: there a stale keep-alive connection is the risk this guards against,
            // while HTTP/2 tells unprocessed streams apart itself (GOAWAY) and some JDK 17 builds
            // mishandle 100-continue on it
            .expectContinue(http11 && UnsentRequests.expectContinue(request));
    if ("http".equalsIgnoreCase(uri.getScheme())) {
      builder.version(HttpClient.Version.HTTP_1_1);
    }
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      if (restricted(header.getKey())) {
        continue;
      }
      for (String value : header.getValue()) {
        builder.header(header.getKey(), value);
      }
    }
    return builder.build();
  }

  /**
   * The Feign response for a JDK response and its whole body.
   *
   * @throws IOException when the body is shorter than its {@code Content-Length}
   */
  static Response toResponse(Request request, HttpResponse<?> response, byte[] body) throws IOException {
    checkComplete(request, response, body);
    return Response.builder()
        .status(response.statusCode())
        .reason(null)
        .headers(castHeaders(response.headers().map()))
        .body(new BytesBody(body))
        .request(request)
        .protocolVersion(
            response.version() == HttpClient.Version.HTTP_2 ? Request.ProtocolVersion.HTTP_2 : Request.ProtocolVersion.HTTP_1_1)
        .build();
  }

  /**
   * Over HTTP/2 the JDK client ends a body at END_STREAM without comparing it with Content-Length,
   * so a body cut short would pass for a complete one: refuse it as the I/O failure it is.
   */
  private static void checkComplete(Request request, HttpResponse<?> response, byte[] body) throws IOException {
    int status = response.statusCode();
    if (request.httpMethod() == Request.HttpMethod.HEAD || status == 204 || status == 304 || status < 200) {
      return;
    }
    if (response.headers().firstValue("content-encoding").isPresent()) {
      return;
    }
    OptionalLong declared = response.headers().firstValueAsLong("content-length");
    long received = body.length;
    if (declared.isPresent() && declared.getAsLong() != received) {
      throw new IOException(
          "response body truncated: received " + received + " of " + declared.getAsLong() + " bytes");
    }
  }

  /** The failure of an exchange past its deadline. */
  static HttpTimeoutException timedOut(long timeoutMillis) {
    return new HttpTimeoutException("request timed out after " + timeoutMillis + " ms");
  }

  /** Headers the JDK client sets itself and refuses from callers. */
  private static boolean restricted(String name) {
    for (String r : RESTRICTED) {
      if (r.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<String, Collection<String>> castHeaders(Map<String, java.util.List<String>> headers) {
    return (Map) headers;
  }
}
