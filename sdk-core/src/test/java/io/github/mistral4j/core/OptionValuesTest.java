package io.github.mistral4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import io.github.mistral4j.core.observability.MistralListener;
import org.junit.jupiter.api.Test;

class OptionValuesTest {
  private static final MistralListener A = new MistralListener() {};
  private static final MistralListener B = new MistralListener() {};

  @Test
  void defaults_andNoApiKey() {
    OptionValues v = new OptionValues();
    assertThat(v.apiKey).isNull();
    assertThat(v.baseUrl).isEqualTo(URI.create("https://api.mistral.ai"));
    assertThat(v.connectTimeout).isEqualTo(Duration.ofSeconds(10));
    assertThat(v.requestTimeout).isEqualTo(Duration.ofSeconds(300));
    assertThat(v.retryPolicy).isEqualTo(RetryPolicy.defaults());
    assertThat(v.defaultHeaders).isEmpty();
    assertThat(v.userAgent).isEqualTo(SdkVersion.userAgent());
    assertThat(v.logLevel).isEqualTo(LogLevel.NONE);
    assertThat(v.maxResponseBytes).isEqualTo(32L << 20);
    assertThat(v.httpClient).isNull();
    assertThat(v.feignClient).isNull();
    assertThat(v.asyncExecutor).isNull();
    assertThat(v.sleeper).isSameAs(Sleeper.SYSTEM);
    assertThat(v.clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(v.listeners).isEmpty();
  }

  @Test
  void copies_holdEveryValue() {
    OptionValues v = everyValueSet();
    for (OptionValues copy : List.of(v.editableCopy(), v.frozenCopy())) {
      assertThat(copy.apiKey).isSameAs(v.apiKey);
      assertThat(copy.baseUrl).isEqualTo(v.baseUrl);
      assertThat(copy.connectTimeout).isEqualTo(v.connectTimeout);
      assertThat(copy.requestTimeout).isEqualTo(v.requestTimeout);
      assertThat(copy.retryPolicy).isSameAs(v.retryPolicy);
      assertThat(copy.defaultHeaders).containsExactly(entry("X-B", "2"), entry("X-A", "1"));
      assertThat(copy.userAgent).isEqualTo("app/1");
      assertThat(copy.logLevel).isEqualTo(LogLevel.HEADERS);
      assertThat(copy.maxResponseBytes).isEqualTo(99);
      assertThat(copy.httpClient).isSameAs(v.httpClient);
      assertThat(copy.feignClient).isSameAs(v.feignClient);
      assertThat(copy.asyncExecutor).isSameAs(v.asyncExecutor);
      assertThat(copy.sleeper).isSameAs(v.sleeper);
      assertThat(copy.clock).isSameAs(v.clock);
      assertThat(copy.listeners).containsExactly(B, A);
    }
  }

  @Test
  void aFrozenCopy_cannotChange_andDoesNotSeeLaterChanges() {
    OptionValues v = everyValueSet();
    OptionValues frozen = v.frozenCopy();
    assertThatThrownBy(() -> frozen.defaultHeaders.put("X", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.listeners.add(A)).isInstanceOf(UnsupportedOperationException.class);
    v.putDefaultHeader("X-C", "3");
    v.addListener(A);
    assertThat(frozen.defaultHeaders).containsOnlyKeys("X-B", "X-A");
    assertThat(frozen.listeners).containsExactly(B, A);
  }

  @Test
  void anEditableCopy_sharesNoCollection() {
    OptionValues v = everyValueSet();
    OptionValues copy = v.frozenCopy().editableCopy();
    copy.putDefaultHeader("X-C", "3");
    copy.addListener(A);
    copy.maxRetries(7);
    assertThat(v.defaultHeaders).containsOnlyKeys("X-B", "X-A");
    assertThat(v.listeners).containsExactly(B, A);
    assertThat(v.retryPolicy.maxRetries()).isEqualTo(RetryPolicy.defaults().maxRetries());
    assertThat(copy.retryPolicy.maxRetries()).isEqualTo(7);
    assertThat(copy.retryPolicy.toBuilder().maxRetries(2).build()).isEqualTo(v.retryPolicy);
  }

  @Test
  void setters_refuseNull_namingTheOption() {
    assertNamed("apiKey", x -> x.apiKey((String) null));
    assertNamed("apiKey", x -> x.apiKey((Supplier<String>) null));
    assertNamed("baseUrl", x -> x.baseUrl((String) null));
    assertNamed("baseUrl", x -> x.baseUrl((URI) null));
    assertNamed("connectTimeout", x -> x.connectTimeout(null));
    assertNamed("requestTimeout", x -> x.requestTimeout(null));
    assertNamed("retryPolicy", x -> x.retryPolicy(null));
    assertNamed("header name", x -> x.putDefaultHeader(null, "v"));
    assertNamed("header value of X-A", x -> x.putDefaultHeader("X-A", null));
    assertNamed("header value of User-Agent", x -> x.userAgent(null));
    assertNamed("logLevel", x -> x.logLevel(null));
    assertNamed("httpClient", x -> x.httpClient(null));
    assertNamed("feignClient", x -> x.feignClient(null));
    assertNamed("asyncExecutor", x -> x.asyncExecutor(null));
    assertNamed("sleeper", x -> x.sleeper(null));
    assertNamed("clock", x -> x.clock(null));
    assertNamed("listener", x -> x.addListener(null));
    assertNamed("listeners", x -> x.listeners(null));
  }

  @Test
  void setters_checkBeforeStoring_soAFailureChangesNothing() {
    OptionValues v = new OptionValues();
    assertThatThrownBy(() -> v.putDefaultHeader("Host", "h")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> v.userAgent("app/\u0100")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> v.connectTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> v.maxRetries(-1)).hasMessageContaining("maxRetries must be >= 0");
    assertThatThrownBy(() -> v.maxResponseBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> v.baseUrl("ftp://h")).isInstanceOf(IllegalArgumentException.class);
    OptionValues fresh = new OptionValues();
    assertThat(v.defaultHeaders).isEmpty();
    assertThat(v.userAgent).isEqualTo(fresh.userAgent);
    assertThat(v.connectTimeout).isEqualTo(fresh.connectTimeout);
    assertThat(v.retryPolicy).isEqualTo(fresh.retryPolicy);
    assertThat(v.maxResponseBytes).isEqualTo(fresh.maxResponseBytes);
    assertThat(v.baseUrl).isEqualTo(fresh.baseUrl);
  }

  private static void assertNamed(String name, Consumer<OptionValues> setter) {
    assertThatThrownBy(() -> setter.accept(new OptionValues()))
        .as(name)
        .isInstanceOf(NullPointerException.class)
        .hasMessage(name);
  }

  private static OptionValues everyValueSet() {
    OptionValues v = new OptionValues();
    v.apiKey("k");
    v.baseUrl(URI.create("http://h:1/"));
    v.connectTimeout(Duration.ofSeconds(1));
    v.requestTimeout(Duration.ofSeconds(2));
    v.retryPolicy(RetryPolicy.defaults());
    v.putDefaultHeader("X-B", "2");
    v.putDefaultHeader("X-A", "1");
    v.userAgent("app/1");
    v.logLevel(LogLevel.HEADERS);
    v.maxResponseBytes(99);
    v.httpClient(HttpClient.newHttpClient());
    v.feignClient((request, options) -> {
      throw new UnsupportedOperationException();
    });
    Executor direct = Runnable::run;
    v.asyncExecutor(direct);
    v.sleeper(d -> {});
    v.clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    v.listeners(List.of(B, A));
    return v;
  }
}
