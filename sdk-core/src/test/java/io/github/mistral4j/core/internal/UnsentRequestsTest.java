package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.MethodMetadata;
import feign.Request;
import feign.RequestTemplate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UnsentRequestsTest {
  private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

  @Test
  void trackedBody_recordsOnlyBytesActuallyHandedOver() {
    UnsentRequests.TrackedBody body = new UnsentRequests.TrackedBody(BODY);
    assertThat(body.contentLength()).isEqualTo(BODY.length);

    body.subscribe(new Collector(0)); // subscribed, nothing requested
    assertThat(body.handedOver()).isFalse();

    Collector reader = new Collector(Long.MAX_VALUE);
    body.subscribe(reader);
    assertThat(reader.received.get()).isEqualTo(BODY.length);
    assertThat(body.handedOver()).isTrue();
  }

  @Test
  void classify_marksOnlyFailuresBeforeTheBodyWasHandedOver() {
    IOException eof = new IOException("HTTP/1.1 header parser received no bytes");
    HttpRequest unsent = post(new UnsentRequests.TrackedBody(BODY));
    IOException marked = UnsentRequests.classify(eof, unsent);
    assertThat(marked).isInstanceOf(UnsentRequests.UnsentRequestException.class).hasCause(eof);
    assertThat(UnsentRequests.provablyUnsent(new IOException("wrapped", marked))).isTrue();

    UnsentRequests.TrackedBody sentBody = new UnsentRequests.TrackedBody(BODY);
    sentBody.subscribe(new Collector(Long.MAX_VALUE));
    assertThat(UnsentRequests.classify(eof, post(sentBody))).isSameAs(eof);
    assertThat(UnsentRequests.provablyUnsent(eof)).isFalse();

    // no body or an empty one: the headers alone may be a complete request, nothing proves it unsent
    assertThat(UnsentRequests.classify(eof, post(HttpRequest.BodyPublishers.noBody()))).isSameAs(eof);
    assertThat(UnsentRequests.classify(eof, post(new UnsentRequests.TrackedBody(new byte[0])))).isSameAs(eof);
    // a body the SDK did not track proves nothing either
    assertThat(UnsentRequests.classify(eof, post(HttpRequest.BodyPublishers.ofByteArray(BODY)))).isSameAs(eof);
  }

  @Test
  void expectContinue_onlyForNonIdempotentRequestsWithABody() {
    assertThat(UnsentRequests.expectContinue(feignRequest("create", BODY))).isTrue();
    assertThat(UnsentRequests.expectContinue(feignRequest("create", new byte[0]))).isFalse();
    assertThat(UnsentRequests.expectContinue(feignRequest("put", BODY))).isFalse();
    assertThat(UnsentRequests.expectContinue(feignRequest("delete", null))).isFalse();
  }

  /** The server reads the headers and closes: the body never left, the failure is marked. */
  @Test
  void adapter_connectionClosedBeforeContinue_failsMarkedUnsent() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
      CompletableFuture<String> seen = serveOnce(server, false);
      assertThatThrownBy(() -> adapter().execute(feignRequest(server, "create", BODY), timeouts()))
          .isInstanceOf(IOException.class)
          .matches(UnsentRequests::provablyUnsent, "marked unsent");
      assertThat(seen.get(10, TimeUnit.SECONDS)).containsIgnoringCase("expect: 100-continue").doesNotContain("\"a\"");
    }
  }

  /** The server reads the whole request and closes without answering: maybe executed, not marked. */
  @Test
  void adapter_connectionClosedAfterTheBodyWasRead_isNotMarked() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
      CompletableFuture<String> seen = serveOnce(server, true);
      assertThatThrownBy(() -> adapter().execute(feignRequest(server, "create", BODY), timeouts()))
          .isInstanceOf(IOException.class)
          .matches(e -> !UnsentRequests.provablyUnsent(e), "not marked unsent");
      assertThat(seen.get(10, TimeUnit.SECONDS)).endsWith("{\"a\":1}");
    }
  }

  private static JdkHttpClientAdapter adapter() {
    return new JdkHttpClientAdapter(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
  }

  private static Request.Options timeouts() {
    return new Request.Options(5, TimeUnit.SECONDS, 10, TimeUnit.SECONDS, false);
  }

  /** Accepts one connection, reads the head (and, after a 100 Continue, the body), then closes. */
  private static CompletableFuture<String> serveOnce(ServerSocket server, boolean readBody) {
    return CompletableFuture.supplyAsync(() -> {
      try (Socket s = server.accept()) {
        s.setSoTimeout(10_000);
        InputStream in = s.getInputStream();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        while (!seen.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
          int b = in.read();
          if (b < 0) {
            break;
          }
          seen.write(b);
        }
        if (readBody) {
          s.getOutputStream().write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          s.getOutputStream().flush();
          seen.write(in.readNBytes(BODY.length));
        }
        return seen.toString(StandardCharsets.ISO_8859_1);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static HttpRequest post(HttpRequest.BodyPublisher body) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:9/v1/things")).POST(body).build();
  }

  private static Request feignRequest(String method, byte[] body) {
    return feignRequest("http://127.0.0.1:9", method, body);
  }

  private static Request feignRequest(ServerSocket server, String method, byte[] body) {
    return feignRequest("http://127.0.0.1:" + server.getLocalPort(), method, body);
  }

  private static Request feignRequest(String base, String method, byte[] body) {
    List<MethodMetadata> all = new SdkContract().parseAndValidateMetadata(TestApi.class);
    MethodMetadata metadata = all.stream().filter(m -> m.method().getName().equals(method)).findFirst().orElseThrow();
    RequestTemplate template = new RequestTemplate();
    template.methodMetadata(metadata);
    Request.HttpMethod http = Request.HttpMethod.valueOf(metadata.template().method());
    return Request.create(http, base + "/v1/things", Map.of(), body, StandardCharsets.UTF_8, template);
  }

  /** Requests {@code demand} items up front and counts the bytes it gets. */
  private static final class Collector implements Flow.Subscriber<ByteBuffer> {
    private final long demand;
    final AtomicInteger received = new AtomicInteger();

    Collector(long demand) {
      this.demand = demand;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      if (demand > 0) {
        subscription.request(demand);
      }
    }

    @Override
    public void onNext(ByteBuffer item) {
      received.addAndGet(item.remaining());
    }

    @Override
    public void onError(Throwable throwable) {}

    @Override
    public void onComplete() {}
  }
}
