package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SettingChecksTest {
  @Test
  void positive_acceptsAboveZero_andNamesTheParameterOtherwise() {
    assertThat(SettingChecks.positive("t", Duration.ofNanos(1))).isEqualTo(Duration.ofNanos(1));
    assertThatThrownBy(() -> SettingChecks.positive("t", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("t");
    assertThatThrownBy(() -> SettingChecks.positive("t", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t must be positive, got PT0S");
    assertThatThrownBy(() -> SettingChecks.positive("t", Duration.ofSeconds(-2)))
        .hasMessage("t must be positive, got PT-2S");
  }

  @Test
  void notNegativeDuration_acceptsZeroAndAbove_andNamesTheParameterOtherwise() {
    assertThat(SettingChecks.notNegative("d", Duration.ZERO)).isEqualTo(Duration.ZERO);
    assertThat(SettingChecks.notNegative("d", Duration.ofMillis(5))).isEqualTo(Duration.ofMillis(5));
    assertThatThrownBy(() -> SettingChecks.notNegative("d", (Duration) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("d");
    assertThatThrownBy(() -> SettingChecks.notNegative("d", Duration.ofNanos(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("d must not be negative, got PT-0.000000001S");
  }

  @Test
  void notNegativeCount_acceptsZeroAndAbove_andNamesTheParameterOtherwise() {
    assertThat(SettingChecks.notNegative("n", 0)).isZero();
    assertThat(SettingChecks.notNegative("n", Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    assertThatThrownBy(() -> SettingChecks.notNegative("n", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be >= 0, got -1");
    assertThatThrownBy(() -> SettingChecks.notNegative("n", Integer.MIN_VALUE))
        .hasMessage("n must be >= 0, got -2147483648");
  }
}
