package io.github.mistral4j.core.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.mistral4j.core.ClientOptions;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Sends Feign requests with a JDK {@link HttpClient} and reads whole bodies as byte arrays. Unlike
 * feign-java11's {@code Http2Client}, whose timeout stops at the response headers, the request
 * timeout here bounds the whole exchange: a server that stalls in the middle of a body fails with
 * {@link HttpTimeoutException} instead of blocking the caller forever.
 *
 * <p>The request's own timeout bounds the wait for the response headers; {@link CallDeadlines}
 * bounds the whole exchange.
 *
 * <p>Plain-text {@code http} URLs are sent as HTTP/1.1 (no {@code h2c} upgrade dance); {@code
 * https} uses the client's version, HTTP/2 by default.
 */
public final class JdkHttpClientAdapter implements Client {
  private static final String[] RESTRICTED = {"connection", "content-length", "expect", "host", "upgrade"};

  private final HttpClient client;
  private final long defaultMaxResponseBytes;

  /**
   * Wraps a JDK client, accepting bodies up to {@link ClientOptions#DEFAULT_MAX_RESPONSE_BYTES}
   * unless the call sets another limit.
   *
   * @param client the client; its connect timeout, proxy and SSL settings apply
   */
  public JdkHttpClientAdapter(HttpClient client) {
    this(client, ClientOptions.DEFAULT_MAX_RESPONSE_BYTES);
  }

  /**
   * Wraps a JDK client.
   *
   * @param client the client; its connect timeout, proxy and SSL settings apply
   * @param defaultMaxResponseBytes the longest body accepted when the call sets no limit
   */
  public JdkHttpClientAdapter(HttpClient client, long defaultMaxResponseBytes) {
    this.client = client;
    this.defaultMaxResponseBytes = defaultMaxResponseBytes;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    long timeoutMillis = options.readTimeoutMillis();
    CallContext context = CallContext.current();
    long limit = context == null ? defaultMaxResponseBytes : context.maxResponseBytes();
    HttpRequest httpRequest = toHttpRequest(request, timeoutMillis);
    // send, not sendAsync: the public sendAsync hands every response to the common pool (on two
    // cores, a new thread per response) before the caller sees it
    CallDeadlines.Call deadline = CallDeadlines.SHARED.watch(TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
    HttpResponse<Object> response = null;
    byte[] body = null;
    IOException failure = null;
    InterruptedException interrupted = null;
    boolean expired;
    try {
      response = client.send(httpRequest, ResponseBodyHandler.bounded(limit));
      body = ResponseBodyHandler.bytes(response, limit, HttpText.describe(request));
    } catch (InterruptedException e) {
      interrupted = e;
    } catch (IOException e) {
      failure = e;
    } catch (IllegalArgumentException | IllegalStateException | SecurityException e) {
      throw new RequestRefusedException(HttpText.describe(request), e);
    } finally {
      expired = deadline.finish(); // also clears the watchdog's interrupt
    }
    if (expired && body == null) {
      HttpTimeoutException timeout = timedOut(timeoutMillis);
      timeout.initCause(interrupted != null ? interrupted : failure);
      throw timeout;
    }
    if (interrupted != null) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting for the response");
      io.initCause(interrupted);
      throw io;
    }
    if (failure != null) {
      if (failure instanceof HttpTimeoutException && !(failure instanceof HttpConnectTimeoutException)) {
        HttpTimeoutException timeout = timedOut(timeoutMillis);
        timeout.initCause(failure);
        throw timeout;
      }
      throw UnsentRequests.classify(failure, httpRequest);
    }
    checkComplete(request, response, body);
    return Response.builder()
        .status(response.statusCode())
        .reason(null)
        .headers(castHeaders(response.headers().map()))
        .body(new BytesBody(body))
        .request(request)
        .protocolVersion(response.version() == HttpClient.Version.HTTP_2 ? Request.ProtocolVersion.HTTP_2 : Request.ProtocolVersion.HTTP_1_1)
        .build();
  }

  private HttpRequest toHttpRequest(Request request, long timeoutMillis) throws IOException {
    try {
      return buildHttpRequest(request, timeoutMillis);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // e.g. a header value the JDK refuses: its message would quote the value
      throw new RequestRefusedException(HttpText.describe(request), e);
    }
  }

  private HttpRequest buildHttpRequest(Request request, long timeoutMillis) {
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
    java.util.OptionalLong declared = response.headers().firstValueAsLong("content-length");
    long received = body.length;
    if (declared.isPresent() && declared.getAsLong() != received) {
      throw new IOException(
          "response body truncated: received " + received + " of " + declared.getAsLong() + " bytes");
    }
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

  private static HttpTimeoutException timedOut(long timeoutMillis) {
    return new HttpTimeoutException("request timed out after " + timeoutMillis + " ms");
  }
}
