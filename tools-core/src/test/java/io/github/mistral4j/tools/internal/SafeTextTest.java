package io.github.mistral4j.tools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void clean_masksUrlsTokensAndSecretValues() {
    assertThat(SafeText.clean("see https://x.example/a?b=c and token abc.def, api_key=sk123 \"client_secret\": \"s3cr3t\""))
        .isEqualTo("see <url> and token ****, api_key=**** \"client_secret\": \"****\"");
  }

  @Test
  void clean_masksLongTokenLikeRunsButKeepsUuidsAndWords() {
    assertThat(SafeText.clean("key Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56 connector 0b3e5d2a-9c1f-4e7b-8a6d-2f4c6e8a0b1c internationalization"))
        .isEqualTo("key **** connector 0b3e5d2a-9c1f-4e7b-8a6d-2f4c6e8a0b1c internationalization");
  }

  @Test
  void clean_cutsStackTraces() {
    assertThat(SafeText.clean("Bad input. Traceback (most recent call last):\n  File \"/srv/x.py\", line 3")).isEqualTo("Bad input.");
    assertThat(SafeText.clean("Boom\n\tat com.acme.Handler.run(Handler.java:42)\n\tat java.lang.Thread.run(Thread.java:1583)")).isEqualTo("Boom");
    assertThat(SafeText.clean("Failed at com.acme.Handler.run(Handler.java:42)")).isEqualTo("Failed");
  }

  @Test
  void clean_flattensLinesAndCapsTheLength() {
    assertThat(SafeText.clean("a\n\tb\r\nc")).isEqualTo("a b c");
    assertThat(SafeText.clean("x".repeat(1000))).hasSize(403).endsWith("...");
    assertThat(SafeText.clean("  ")).isNull();
    assertThat(SafeText.clean(null)).isNull();
  }
}
