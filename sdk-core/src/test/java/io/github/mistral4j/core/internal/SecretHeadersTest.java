package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretHeadersTest {
  @Test
  void secretNames_areRecognisedInAnyCase() {
    for (String name : new String[] {"Authorization", "PROXY-AUTHORIZATION", "Cookie", "Set-Cookie", "X-Api-Key",
        "x-upstream-token", "X-Client-Secret", "x-credential-id", "X-Auth-User"}) {
      assertThat(SecretHeaders.isSecret(name)).as(name).isTrue();
    }
    assertThat(SecretHeaders.isSecret("Content-Type")).isFalse();
    assertThat(SecretHeaders.isSecret("X-Tenant")).isFalse();
  }

  @Test
  void onlyTheAllowListIsLoggable() {
    assertThat(SecretHeaders.LOGGABLE_HEADERS).allMatch(SecretHeaders::isLoggable);
    assertThat(SecretHeaders.isLoggable("CONTENT-TYPE")).isTrue();
    assertThat(SecretHeaders.isLoggable("X-Tenant")).isFalse();
    assertThat(SecretHeaders.isLoggable("Authorization")).isFalse();
  }

  @Test
  void rateLimitHeaders_mayCountTokens_butNotNameAnotherSecret() {
    assertThat(SecretHeaders.isLoggable("x-ratelimit-remaining-tokens-minute")).isTrue();
    assertThat(SecretHeaders.isLoggable("RateLimit-Limit")).isTrue();
    assertThat(SecretHeaders.isLoggable("x-ratelimit-key")).isFalse();
    assertThat(SecretHeaders.isLoggable("x-ratelimit-auth")).isFalse();
    assertThat(SecretHeaders.isLoggable("x-ratelimit-secret-token")).isFalse();
    assertThat(SecretHeaders.isLoggable("x-my-ratelimit")).isFalse(); // a prefix, not a substring
  }

  @Test
  void shownValue_masksAllButAllowListed_andStripsLocation() {
    assertThat(SecretHeaders.shownValue("X-Tenant", "t")).isEqualTo(SecretMasker.MASK);
    assertThat(SecretHeaders.shownValue("Retry-After", "2")).isEqualTo("2");
    assertThat(SecretHeaders.shownValue("LOCATION", "https://u:p@h.example/cb?code=c#f")).isEqualTo("https://h.example/cb");
  }
}
