package io.github.mistral4j.tools.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolListCacheTest {
  private final MutableClock clock = new MutableClock();
  private final List<String> loads = new ArrayList<>();

  private String load(String key, boolean refresh) {
    loads.add(key + (refresh ? "+refresh" : ""));
    return key + loads.size();
  }

  @Test
  void get_reusesAValueUntilTheTimeToLiveHasPassed() {
    ToolListCache<String> cache = new ToolListCache<>(Duration.ofMinutes(5), clock);

    assertThat(cache.get("a", this::load)).isEqualTo("a1");
    clock.advance(Duration.ofMinutes(4).plusSeconds(59));
    assertThat(cache.get("a", this::load)).isEqualTo("a1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.get("a", this::load)).isEqualTo("a2");
    assertThat(loads).containsExactly("a", "a");
  }

  @Test
  void get_withZeroTimeToLiveLoadsEveryTime() {
    ToolListCache<String> cache = new ToolListCache<>(Duration.ZERO, clock);

    cache.get("a", this::load);
    cache.get("a", this::load);

    assertThat(loads).containsExactly("a", "a");
  }

  @Test
  void refresh_makesTheNextLoadOfEveryKnownKeyAskTheServerToRefresh() {
    ToolListCache<String> cache = new ToolListCache<>(Duration.ofHours(1), clock);
    cache.get("a", this::load);
    cache.get("b", this::load);

    cache.refresh();
    cache.get("a", this::load);
    cache.get("b", this::load);
    cache.get("a", this::load);

    assertThat(loads).containsExactly("a", "b", "a+refresh", "b+refresh");
  }

  @Test
  void invalidate_reloadsOnlyThatKey() {
    ToolListCache<String> cache = new ToolListCache<>(Duration.ofHours(1), clock);
    cache.get("a", this::load);
    cache.get("b", this::load);

    cache.invalidate("b");
    cache.get("a", this::load);
    cache.get("b", this::load);

    assertThat(loads).containsExactly("a", "b", "b+refresh");
  }

  @Test
  void get_doesNotRememberAFailedLoad() {
    ToolListCache<String> cache = new ToolListCache<>(Duration.ofHours(1), clock);

    assertThatThrownBy(() -> cache.get("a", (k, r) -> {
      throw new IllegalStateException("down");
    })).hasMessage("down");
    assertThat(cache.get("a", this::load)).isEqualTo("a1");
  }

  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
