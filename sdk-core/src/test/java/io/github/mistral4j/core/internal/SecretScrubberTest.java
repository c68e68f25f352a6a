package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretScrubberTest {
  @Test
  void nothingToScrub_returnsTheTextItself() {
    String text = "no secrets here";
    assertThat(SecretScrubber.scrub(text, List.of())).isSameAs(text);
    assertThat(SecretScrubber.scrub("", List.of("secret-1"))).isEmpty();
  }

  @Test
  void everyOccurrenceIsReplaced_longerSecretsFirst() {
    assertThat(SecretScrubber.scrub("abc-secret and abc-secret-long", List.of("abc-secret", "abc-secret-long")))
        .isEqualTo("**** and ****");
  }

  @Test
  void patternOf_matchesHexDigitsInAnyCase_butTheRestLiterally() {
    assertThat(SecretScrubber.patternOf("a%2Fb\\u00E9.c").matcher("x a%2fb\\u00e9.c y").find()).isTrue();
    assertThat(SecretScrubber.patternOf("a%2Fb\\u00E9.c").matcher("A%2Fb\\u00E9.c").find()).isFalse();
    assertThat(SecretScrubber.patternOf("a%2Fb\\u00E9.c").matcher("a%2Fb\\u00E9xc").find()).isFalse();
    assertThat(SecretScrubber.patternOf("a%2Fb\\u00E9.c").matcher("a%2Fb\\U00E9.c").find()).isFalse();
  }

  @Test
  void regexCharactersInSecrets_areLiteral() {
    assertThat(SecretScrubber.scrub("k=$1(a+b)*[c] and k=x1(aab)", List.of("$1(a+b)*[c]"))).isEqualTo("k=**** and k=x1(aab)");
  }
}
