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
 * https} uses the client's version, HTTP/2 by default. Async calls do not go through this blocking
 * {@link Client}: {@link AsyncSender} sends them with {@link HttpClient#sendAsync} on the same
 * client.
 */
public final class JdkHttpClientAdapter implements Client {
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

  /** The JDK client this adapter sends with (the async path sends with it too). */
  HttpClient httpClient() {
    return client;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    long timeoutMillis = options.readTimeoutMillis();
    CallContext context = CallContext.current();
    long limit = context == null ? defaultMaxResponseBytes : context.maxResponseBytes();
    HttpRequest httpRequest = JdkExchanges.toHttpRequest(client, request, timeoutMillis);
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
      HttpTimeoutException timeout = JdkExchanges.timedOut(timeoutMillis);
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
        HttpTimeoutException timeout = JdkExchanges.timedOut(timeoutMillis);
        timeout.initCause(failure);
        throw timeout;
      }
      throw UnsentRequests.classify(failure, httpRequest);
    }
    return JdkExchanges.toResponse(request, response, body);
  }
}
