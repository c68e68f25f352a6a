package io.github.mistral4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import io.github.mistral4j.core.observability.MistralListener;
import org.junit.jupiter.api.Test;

class OptionsTextTest {
  @Test
  void describe_showsEveryPlainValue_inOrder() {
    OptionValues v = new OptionValues();
    v.apiKey("sk-1");
    v.baseUrl("http://h:1");
    v.connectTimeout(Duration.ofSeconds(1));
    v.requestTimeout(Duration.ofSeconds(2));
    v.putDefaultHeader("X-A", "1");
    v.userAgent("app/1");
    v.logLevel(LogLevel.BASIC);
    v.maxResponseBytes(99);
    v.addListener(new MistralListener() {});
    assertThat(OptionsText.describe(v))
        .isEqualTo(
            "ClientOptions{apiKey=****, baseUrl=http://h:1, connectTimeout=PT1S, requestTimeout=PT2S, retryPolicy="
                + RetryPolicy.defaults()
                + ", defaultHeaders=[X-A], userAgent=app/1, logLevel=BASIC, maxResponseBytes=99, listeners=1}");
  }

  @Test
  void describe_neverShowsTheKeyOrHeaderValues_andLeavesOutClients() {
    OptionValues v = new OptionValues();
    v.apiKey("sk-secret-key");
    v.putDefaultHeader("X-Api-Key", "hv-secret-value");
    v.httpClient(HttpClient.newHttpClient());
    v.asyncExecutor(Runnable::run);
    String text = OptionsText.describe(v);
    assertThat(text)
        .contains("apiKey=****", "defaultHeaders=[X-Api-Key]")
        .doesNotContain("sk-secret", "hv-secret", "httpClient", "asyncExecutor", "clock", "sleeper");
  }

  @Test
  void clientOptions_toString_isThisText() {
    ClientOptions o = ClientOptions.builder().apiKey("sk-1").putDefaultHeader("X-A", "1").build();
    OptionValues v = new OptionValues();
    v.apiKey("other");
    v.putDefaultHeader("X-A", "2");
    assertThat(o.toString()).isEqualTo(OptionsText.describe(v));
  }
}
