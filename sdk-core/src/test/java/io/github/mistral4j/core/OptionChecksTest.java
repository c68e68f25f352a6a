package io.github.mistral4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import io.github.mistral4j.core.observability.MistralListener;
import org.junit.jupiter.api.Test;

class OptionChecksTest {
  private static final MistralListener A = new MistralListener() {};
  private static final MistralListener B = new MistralListener() {};

  @Test
  void fixedApiKey_suppliesTheKey() {
    assertThat(OptionChecks.fixedApiKey("sk-1").get()).isEqualTo("sk-1");
  }

  @Test
  void fixedApiKey_refusesNullBlankAndOtherCharacters_withoutEchoingTheKey() {
    assertThatThrownBy(() -> OptionChecks.fixedApiKey(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("apiKey");
    assertThatThrownBy(() -> OptionChecks.fixedApiKey(" \t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiKey must not be blank (see MISTRAL_API_KEY)");
    assertThatThrownBy(() -> OptionChecks.fixedApiKey("sk-secret\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiKey must hold only visible ASCII characters (found a control character at index 9)");
    assertThatThrownBy(() -> OptionChecks.fixedApiKey("sk-sécret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("apiKey ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("sk-").doesNotContain("cret"));
  }

  @Test
  void given_returnsTheKey_orSaysHowToGiveOne() {
    Supplier<String> key = () -> "k";
    assertThat(OptionChecks.given(key)).isSameAs(key);
    assertThatThrownBy(() -> OptionChecks.given(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "No Mistral API key: set the MISTRAL_API_KEY environment variable or call"
                + " ClientOptions.builder().apiKey(...)");
  }

  @Test
  void countsAndDurations_haveTheSameRulesInTheRetryPolicyAndEachCall() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1)).hasMessage("maxRetries must be >= 0, got -1");
    assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-1)).hasMessage("maxRetries must be >= 0, got -1");
    assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofSeconds(-1)))
        .hasMessage("maxBackoff must not be negative, got PT-1S");
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO)).hasMessage("timeout must be positive, got PT0S");
    assertThatThrownBy(() -> RequestOptions.builder().timeout(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("timeout");
  }

  @Test
  void maxResponseBytes_acceptsOneToTheLimit() {
    assertThat(OptionChecks.maxResponseBytes(1)).isEqualTo(1);
    assertThat(OptionChecks.maxResponseBytes(ClientOptions.MAX_RESPONSE_BYTES_LIMIT))
        .isEqualTo(ClientOptions.MAX_RESPONSE_BYTES_LIMIT);
    for (long bad : new long[] {0, -1, Long.MIN_VALUE, ClientOptions.MAX_RESPONSE_BYTES_LIMIT + 1}) {
      assertThatThrownBy(() -> OptionChecks.maxResponseBytes(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("maxResponseBytes must be from 1 to 2147483631, got " + bad);
    }
  }

  @Test
  void maxResponseBytes_isTheRuleOfTheClientAndOfEachCall() {
    assertThatThrownBy(() -> ClientOptions.builder().maxResponseBytes(0))
        .hasMessage("maxResponseBytes must be from 1 to 2147483631, got 0");
    assertThatThrownBy(() -> RequestOptions.builder().maxResponseBytes(0))
        .hasMessage("maxResponseBytes must be from 1 to 2147483631, got 0");
    assertThat(ClientOptions.Builder.checkMaxResponseBytes(7)).isEqualTo(7);
  }

  @Test
  void httpClient_mustNotFollowRedirects() {
    HttpClient never = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    assertThat(OptionChecks.httpClient(never)).isSameAs(never);
    assertThatThrownBy(() -> OptionChecks.httpClient(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("httpClient");
    HttpClient normal = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    assertThatThrownBy(() -> OptionChecks.httpClient(normal))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "httpClient must not follow redirects (it follows NORMAL): a redirect would send the API key"
                + " to another origin; build it with followRedirects(HttpClient.Redirect.NEVER)");
  }

  @Test
  void listeners_areCopiedInOrder_intoAListThatCanChange() {
    List<MistralListener> given = new ArrayList<>(List.of(B, A));
    List<MistralListener> copy = OptionChecks.listeners(given);
    given.clear();
    assertThat(copy).containsExactly(B, A);
    copy.add(A);
    assertThat(copy).containsExactly(B, A, A);
    assertThat(OptionChecks.listeners(List.of())).isEmpty();
  }

  @Test
  void listeners_refuseNull_namingTheElement() {
    assertThatThrownBy(() -> OptionChecks.listeners(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("listeners");
    assertThatThrownBy(() -> OptionChecks.listeners(Arrays.asList(A, B, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("listeners[2] is null");
  }
}
