package io.github.mistral4j.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.NotFoundException;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RawViewsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String THING = "{\"id\":\"t1\",\"name\":\"one\"}";

  /** A client shaped like the API modules' ones. */
  public static final class Things {
    private final TransportFixture f;

    Things(TransportFixture f) {
      this.f = f;
    }

    public TestApi.Thing get(String id) {
      return f.transport.call(RequestOptions.none(), () -> f.api.get(id, null));
    }

    public CompletableFuture<TestApi.Thing> getAsync(String id) {
      return f.transport.supplyAsync(() -> get(id));
    }

    public Things self() {
      return this;
    }
  }

  /** Its raw view. */
  public interface RawThings {
    RawResponse<TestApi.Thing> get(String id);

    CompletableFuture<RawResponse<TestApi.Thing>> getAsync(String id);

    RawThings self();
  }

  /** A view whose method does not mirror its twin's type. */
  public interface WrongThings {
    RawResponse<String> get(String id);
  }

  /** A view with a method the client does not have. */
  public interface ExtraThings {
    RawResponse<TestApi.Thing> fetch(String id);
  }

  private static void stub(int status, String body) {
    wm.stubFor(get(urlPathEqualTo("/v1/things/t1")).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withHeader("Mistral-Correlation-Id", "corr-7").withBody(body)));
  }

  @Test
  void sync_givesStatusHeadersRequestIdBodyAndTheModel() {
    stub(200, THING);
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      RawResponse<TestApi.Thing> raw = RawViews.of(RawThings.class, new Things(f)).get("t1");
      assertThat(raw.statusCode()).isEqualTo(200);
      assertThat(raw.header("content-type")).isEqualTo("application/json");
      assertThat(raw.headers().get("CONTENT-TYPE")).containsExactly("application/json");
      assertThat(raw.requestId()).isEqualTo("corr-7");
      assertThat(new String(raw.body(), StandardCharsets.UTF_8)).isEqualTo(THING);
      assertThat(raw.bodyAsString()).isEqualTo(THING);
      assertThat(raw.parse()).isEqualTo(new TestApi.Thing("t1", "one"));
      assertThat(raw.toString()).isEqualTo("RawResponse{status=200, requestId=corr-7, bodyBytes=" + THING.length() + "}");
      raw.body()[0] = 'X';
      assertThat(raw.bodyAsString()).isEqualTo(THING);
    }
  }

  @Test
  void async_andSubViews_work() {
    stub(200, THING);
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      RawThings view = RawViews.of(RawThings.class, new Things(f));
      RawResponse<TestApi.Thing> raw = view.self().getAsync("t1").join();
      assertThat(raw.requestId()).isEqualTo("corr-7");
      assertThat(raw.parse().name()).isEqualTo("one");
    }
  }

  @Test
  void errorStatus_throwsTheTypedExceptionWithItsRequestId() {
    stub(404, "{\"detail\":\"no such thing\"}");
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      RawThings view = RawViews.of(RawThings.class, new Things(f));
      assertThatThrownBy(() -> view.get("t1"))
          .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.requestId()).isEqualTo("corr-7"));
      assertThatThrownBy(() -> view.getAsync("t1").join())
          .isInstanceOf(CompletionException.class).hasCauseInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void bodyThatDoesNotMap_stillGivesTheRawResponse_andParseThrows() {
    stub(200, "[1,2]");
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      RawThings view = RawViews.of(RawThings.class, new Things(f));
      RawResponse<TestApi.Thing> raw = view.get("t1");
      assertThat(raw.bodyAsString()).isEqualTo("[1,2]");
      assertThatThrownBy(raw::parse).isInstanceOf(MistralInvalidDataException.class);
      RawResponse<TestApi.Thing> async = view.getAsync("t1").join();
      assertThatThrownBy(async::parse).isInstanceOf(MistralInvalidDataException.class);
    }
  }

  @Test
  void viewsThatDoNotMirror_failWhenMade_namingTheMethod() {
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      assertThatThrownBy(() -> RawViews.of(WrongThings.class, new Things(f)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("WrongThings.get");
      assertThatThrownBy(() -> RawViews.of(ExtraThings.class, new Things(f)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("ExtraThings.fetch");
    }
  }
}
