package io.github.mistral4j.benchmarks.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SideTest {
  @Test
  void labelsParseBack() {
    for (Side side : Side.values()) {
      assertThat(Side.of(side.label())).isEqualTo(side);
    }
    assertThat(Side.RAW_SAME_WIRE.label()).isEqualTo("raw-same-wire");
  }

  @Test
  void unknownLabelIsRefusedNamingTheChoices() {
    assertThatThrownBy(() -> Side.of("raw_same_wire"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("raw-same-wire")
        .hasMessageContaining("'raw_same_wire'");
  }

  @Test
  void onlyOperationsSentWithExpectMeasureTheSameWireSide() {
    Runnable sdk = () -> {};
    Runnable raw = () -> {};
    Runnable rawx = () -> {};
    Runnable wire = () -> {};
    Operation post = new Operation("callTool", true, sdk, raw, rawx, wire);
    Operation get = new Operation("listTools", false, sdk, raw, rawx, wire);
    assertThat(post.latencySides()).containsExactly(Side.SDK, Side.RAW, Side.RAW_SDK_EXECUTOR, Side.RAW_SAME_WIRE);
    assertThat(get.latencySides()).containsExactly(Side.SDK, Side.RAW, Side.RAW_SDK_EXECUTOR);
    assertThat(List.of(Side.values()).stream().map(post::call)).containsExactly(sdk, raw, rawx, wire);
  }
}
