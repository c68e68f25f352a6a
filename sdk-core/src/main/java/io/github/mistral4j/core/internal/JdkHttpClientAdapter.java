package io.github.mistral4j.core.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Sends Feign requests with a JDK {@link HttpClient} and reads whole bodies as byte arrays. Unlike
 * feign-java11's {@code Http2Client}, whose timeout stops at the response headers, the request
 * timeout here bounds the whole exchange: a server that stalls in the middle of a body fails with
 * {@link HttpTimeoutException} instead of blocking the caller forever.
 *
 * <p>The request's own timeout bounds the wait for the response headers; {@link
 * DeadlineBodyHandler} bounds the body by what is left of it.
 *
 * <p>Plain-text {@code http} URLs are sent as HTTP/1.1 (no {@code h2c} upgrade dance); {@code
 * https} uses the client's version, HTTP/2 by default.
 */
public final class JdkHttpClientAdapter implements Client {
  private static final String[] RESTRICTED = {"connection", "content-length", "expect", "host", "upgrade"};

  private final HttpClient client;

  /**
   * Wraps a JDK client.
   *
   * @param client the client; its connect timeout, proxy and SSL settings apply
   */
  public JdkHttpClientAdapter(HttpClient client) {
    this.client = client;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    long timeoutMillis = options.readTimeoutMillis();
    HttpRequest httpRequest = toHttpRequest(request, timeoutMillis);
    HttpResponse<byte[]> response;
    try {
      // send, not sendAsync: the public sendAsync hands every response to the common pool (on two
      // cores, a new thread per response) before the caller sees it
      response = client.send(httpRequest, new DeadlineBodyHandler(System.nanoTime(), timeoutMillis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting for the response");
      io.initCause(e);
      throw io;
    } catch (HttpConnectTimeoutException e) {
      throw e;
    } catch (IOException e) {
      if (e instanceof HttpTimeoutException || e.getCause() instanceof TimeoutException) {
        HttpTimeoutException timeout = new HttpTimeoutException("request timed out after " + timeoutMillis + " ms");
        timeout.initCause(e);
        throw timeout;
      }
      throw e;
    }
    checkComplete(request, response);
    return Response.builder()
        .status(response.statusCode())
        .reason(null)
        .headers(castHeaders(response.headers().map()))
        .body(new BytesBody(response.body()))
        .request(request)
        .protocolVersion(response.version() == HttpClient.Version.HTTP_2 ? Request.ProtocolVersion.HTTP_2 : Request.ProtocolVersion.HTTP_1_1)
        .build();
  }

  private static HttpRequest toHttpRequest(Request request, long timeoutMillis) throws IOException {
    URI uri;
    try {
      uri = URI.create(request.url());
    } catch (IllegalArgumentException e) {
      throw new IOException("Invalid request URI", e);
    }
    byte[] body = request.body();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofMillis(timeoutMillis))
            .method(
                request.httpMethod().name(),
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
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
  private static void checkComplete(Request request, HttpResponse<byte[]> response) throws IOException {
    int status = response.statusCode();
    if (request.httpMethod() == Request.HttpMethod.HEAD || status == 204 || status == 304 || status < 200) {
      return;
    }
    if (response.headers().firstValue("content-encoding").isPresent()) {
      return;
    }
    java.util.OptionalLong declared = response.headers().firstValueAsLong("content-length");
    byte[] body = response.body();
    long received = body == null ? 0 : body.length;
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

  /**
   * Reads the body as a byte array, failing with {@link HttpTimeoutException} (and cancelling the
   * subscription) when the rest of the request timeout runs out first ({@link BodyDeadlines}).
   */
  static final class DeadlineBodyHandler implements HttpResponse.BodyHandler<byte[]> {
    private final long startNanos;
    private final long timeoutMillis;

    DeadlineBodyHandler(long startNanos, long timeoutMillis) {
      this.startNanos = startNanos;
      this.timeoutMillis = timeoutMillis;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
      return new DeadlineSubscriber(
          HttpResponse.BodySubscribers.ofByteArray(), startNanos + TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
    }
  }

  private static final class DeadlineSubscriber
      implements HttpResponse.BodySubscriber<byte[]>, BodyDeadlines.Expiring {
    private final HttpResponse.BodySubscriber<byte[]> delegate;
    private final long deadlineNanos;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private volatile Flow.@Nullable Subscription subscription;

    DeadlineSubscriber(HttpResponse.BodySubscriber<byte[]> delegate, long deadlineNanos) {
      this.delegate = delegate;
      this.deadlineNanos = deadlineNanos;
      if (System.nanoTime() - deadlineNanos >= 0) {
        body.completeExceptionally(timeout());
        return;
      }
      BodyDeadlines.SHARED.add(this);
      delegate.getBody().whenComplete((bytes, failure) -> {
        BodyDeadlines.SHARED.remove(this);
        if (failure == null) {
          body.complete(bytes);
        } else {
          body.completeExceptionally(failure);
        }
      });
    }

    private static HttpTimeoutException timeout() {
      return new HttpTimeoutException("response body not received within the request timeout");
    }

    @Override
    public long deadlineNanos() {
      return deadlineNanos;
    }

    @Override
    public void expire() {
      body.completeExceptionally(timeout());
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      delegate.onSubscribe(subscription);
      if (body.isCompletedExceptionally()) {
        subscription.cancel();
      }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      delegate.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
      delegate.onError(throwable);
    }

    @Override
    public void onComplete() {
      delegate.onComplete();
    }
  }
}
