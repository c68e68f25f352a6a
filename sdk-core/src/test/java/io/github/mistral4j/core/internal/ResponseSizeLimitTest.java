package io.github.mistral4j.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.core.RequestOptions;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The response size limit holds while reading, whatever the framing, and ends the connection. */
class ResponseSizeLimitTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Duration HANG_GUARD = Duration.ofSeconds(30);
  private static final int LIMIT = 64 * 1024;

  private static String body(int length) {
    String prefix = "{\"id\":\"t1\",\"name\":\"";
    return prefix + "x".repeat(length - prefix.length() - 2) + "\"}";
  }

  @Test
  void defaultLimit_is32MiB_andCanBeSetPerClientAndPerCall() {
    assertThat(ClientOptions.builder().apiKey("k").build().maxResponseBytes()).isEqualTo(32L << 20);
    assertThat(ClientOptions.builder().apiKey("k").maxResponseBytes(10).build().maxResponseBytes()).isEqualTo(10);
    assertThat(RequestOptions.builder().maxResponseBytes(10).build().maxResponseBytes()).isEqualTo(10L);
    assertThat(RequestOptions.none().maxResponseBytes()).isNull();
    assertThatThrownBy(() -> ClientOptions.builder().maxResponseBytes(0)).hasMessageContaining("maxResponseBytes must be from 1");
    assertThatThrownBy(() -> RequestOptions.builder().maxResponseBytes(Long.MAX_VALUE)).hasMessageContaining("maxResponseBytes");
  }

  @Test
  void bodyWithContentLengthAtTheLimit_isRead_oneByteMore_isRefusedWithoutRetry() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/ok")).willReturn(okJson(body(LIMIT))));
    wm.stubFor(get(urlPathEqualTo("/v1/things/big")).willReturn(okJson(body(LIMIT + 1))));
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).maxResponseBytes(LIMIT))) {
      assertThat(f.transport.call(RequestOptions.none(), () -> f.api.get("ok", null)).id()).isEqualTo("t1");
      assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.get("big", null)))
          .isInstanceOfSatisfying(MistralIoException.class, e -> assertThat(e.isTimeout()).isFalse())
          .hasMessageContaining("The response body of GET /v1/things/big exceeds the limit of 65536 bytes (64 KiB)")
          .hasMessageContaining("ClientOptions.Builder.maxResponseBytes")
          .hasMessageContaining("RequestOptions.Builder.maxResponseBytes");
      wm.verify(1, getRequestedFor(urlPathEqualTo("/v1/things/big"))); // deterministic: not retried
    }
  }

  @Test
  void perCallLimit_overridesTheClientsBothWays() {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(okJson(body(1000))));
    try (TransportFixture f = new TransportFixture(TransportFixture.options(wm.baseUrl()).maxResponseBytes(100))) {
      RequestOptions larger = RequestOptions.builder().maxResponseBytes(1000).build();
      assertThat(f.transport.call(larger, () -> f.api.get("t1", null)).id()).isEqualTo("t1");
      assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null)))
          .isInstanceOf(MistralIoException.class)
          .hasMessageContaining("limit of 100 bytes");
    }
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      RequestOptions smaller = RequestOptions.builder().maxResponseBytes(999).build();
      assertThatThrownBy(() -> f.transport.call(smaller, () -> f.api.get("t1", null)))
          .isInstanceOf(MistralIoException.class)
          .hasMessageContaining("limit of 999 bytes");
    }
  }

  @Test
  void endlessChunkedBody_endsAtTheLimit_andTheConnectionIsClosed() throws Exception {
    endlessBody_endsAtTheLimit("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", true);
  }

  @Test
  void endlessCloseDelimitedBody_endsAtTheLimit_andTheConnectionIsClosed() throws Exception {
    endlessBody_endsAtTheLimit("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n", false);
  }

  @Test
  void endlessBodyBehindAHugeContentLength_isRefusedBeforeReading() throws Exception {
    endlessBody_endsAtTheLimit("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 17179869184\r\n\r\n", false);
  }

  private void endlessBody_endsAtTheLimit(String head, boolean chunked) throws Exception {
    byte[] chunk = new byte[16 * 1024];
    Arrays.fill(chunk, (byte) 'x');
    chunk[0] = '[';
    try (RawHttpServer server = new RawHttpServer(RawHttpServer.endless(head, chunk, chunked));
        TransportFixture f = new TransportFixture(TransportFixture.options(server.baseUrl()).maxResponseBytes(1 << 20))) {
      var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
      assertTimeoutPreemptively(HANG_GUARD, () ->
          assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null)))
              .isInstanceOf(MistralIoException.class)
              .hasMessageContaining("exceeds the limit of 1048576 bytes (1 MiB)"));
      long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
      // the caller holds at most the limit (plus a copy while growing), not the endless body
      assertThat(allocated).isLessThan(8L << 20);
      assertThat(server.accepted).hasValue(1); // refused once, not retried
      assertTimeoutPreemptively(HANG_GUARD, () -> {
        while (server.closedByClient.get() < 1) {
          Thread.sleep(10);
        }
      });
    }
  }

  @Test
  void aFeignClientOfTheUsersOwn_isBoundedToo() {
    byte[] big = body(5000).getBytes(StandardCharsets.UTF_8);
    feign.Client canned = (request, options) ->
        feign.Response.builder()
            .status(200)
            .headers(java.util.Map.of("Content-Type", java.util.List.of("application/json")))
            .body(new java.io.ByteArrayInputStream(big), null) // no length: read until the limit
            .request(request)
            .build();
    try (TransportFixture f = new TransportFixture(TransportFixture.options("http://127.0.0.1:9").feignClient(canned).maxResponseBytes(4096))) {
      assertThatThrownBy(() -> f.transport.call(RequestOptions.none(), () -> f.api.get("t1", null)))
          .isInstanceOf(MistralIoException.class)
          .hasMessageContaining("limit of 4096 bytes (4 KiB)");
      RequestOptions enough = RequestOptions.builder().maxResponseBytes(5000).build();
      assertThat(f.transport.call(enough, () -> f.api.get("t1", null)).id()).isEqualTo("t1");
    }
  }
}
