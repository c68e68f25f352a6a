package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmptyQueryValuesTest {
  @Test
  void markedValuesOfTheQueryBecomeEmpty_wherever_theyStand() {
    assertThat(EmptyQueryValues.restore("https://h/v1/a?x=%FF")).isEqualTo("https://h/v1/a?x=");
    assertThat(EmptyQueryValues.restore("https://h/v1/a?x=%FF&y=1&z=%FF")).isEqualTo("https://h/v1/a?x=&y=1&z=");
    assertThat(EmptyQueryValues.restore("https://h/v1/a?s=%FF&s=api")).isEqualTo("https://h/v1/a?s=&s=api");
  }

  @Test
  void urlsWithoutAMarkedValue_areReturnedAsGiven() {
    String plain = "https://h/v1/a?x=1&y=%25FF";
    assertThat(EmptyQueryValues.restore(plain)).isSameAs(plain);
    assertThat(EmptyQueryValues.restore("https://h/v1/%FF/a")).isEqualTo("https://h/v1/%FF/a");
    assertThat(EmptyQueryValues.restore("https://h/v1/%FF/a?x=%FF")).isEqualTo("https://h/v1/%FF/a?x=");
  }
}
