package io.github.mistral4j.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.core.RequestOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathGuardTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeEach
  void stub() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{\"id\":\"t1\"}")));
  }

  private String rawUrlSentFor(String tool) {
    try (TransportFixture f = new TransportFixture(wm.baseUrl())) {
      f.transport.call(RequestOptions.none(), () -> f.api.tool("conn", tool));
    }
    assertThat(wm.getAllServeEvents()).hasSize(1);
    return wm.getAllServeEvents().get(0).getRequest().getUrl();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a/../../v1/agents | /v1/things/conn/tools/a%2F..%2F..%2Fv1%2Fagents",
      "%2e%2e%2f         | /v1/things/conn/tools/%252e%252e%252f",
      "a%2Fb             | /v1/things/conn/tools/a%252Fb",
      "?x=1              | /v1/things/conn/tools/%3Fx%3D1",
      "#f                | /v1/things/conn/tools/%23f",
      "a b+c             | /v1/things/conn/tools/a%20b%2Bc",
      "..a               | /v1/things/conn/tools/..a",
      "météo             | /v1/things/conn/tools/m%C3%A9t%C3%A9o",
      "get_weather-v2.1~ | /v1/things/conn/tools/get_weather-v2.1~"})
  void freeFormSegment_isPercentEncodedAndStaysInItsSegment(String tool, String expectedRawUrl) {
    assertThat(rawUrlSentFor(tool.strip())).isEqualTo(expectedRawUrl);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", ".."})
  void segmentGuard_rejectsEmptyAndDotSegments(String value) {
    assertThatThrownBy(() -> PathParams.segment("tool_name", value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("tool_name must not be");
    assertThatThrownBy(() -> PathParams.encodeSegment(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void segmentGuard_rejectsControlCharactersAndOverlongValues() {
    assertThatThrownBy(() -> PathParams.segment("agent_id", "a\nb")).hasMessage("agent_id must not contain control characters");
    assertThatThrownBy(() -> PathParams.segment("agent_id", "a\u0000")).hasMessage("agent_id must not contain control characters");
    assertThatThrownBy(() -> PathParams.segment("agent_id", "x".repeat(1025))).hasMessageContaining("at most 1024");
    assertThatThrownBy(() -> PathParams.segment("agent_id", null)).isInstanceOf(NullPointerException.class).hasMessage("agent_id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/../../v1/agents", "..", ".", "%2e%2e%2f", "a%2Fb", "?x=1", "#f", "", "a b", "é", "\t"})
  void nameGuard_rejectsHostileValues_namingTheParameter(String value) {
    assertThatThrownBy(() -> PathParams.name("credentials_name", value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("credentials_name must");
  }

  @Test
  void nameGuard_enforcesTheLengthLimit() {
    assertThat(PathParams.name("credentials_name", "a".repeat(64))).hasSize(64);
    assertThatThrownBy(() -> PathParams.name("credentials_name", "a".repeat(65)))
        .hasMessageContaining("^[a-zA-Z0-9_-]{1,64}$");
  }

  @Test
  void uuidAndUuidOrNameGuards() {
    String id = "123e4567-e89b-12d3-a456-426614174000";
    assertThat(PathParams.uuid("connector_id", id)).isEqualTo(id);
    assertThatThrownBy(() -> PathParams.uuid("connector_id", "weather")).hasMessageStartingWith("connector_id must be a UUID");
    assertThat(PathParams.uuidOrName("connector_id_or_name", id)).isEqualTo(id);
    assertThat(PathParams.uuidOrName("connector_id_or_name", "my_conn-2")).isEqualTo("my_conn-2");
    assertThatThrownBy(() -> PathParams.uuidOrName("connector_id_or_name", "../x"))
        .hasMessageStartingWith("connector_id_or_name must be a UUID or a name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Prod", "prod-", "1prod", "pr od", "-a", "a/b", ""})
  void aliasGuard_rejectsValuesOutsideThePattern(String alias) {
    assertThatThrownBy(() -> PathParams.alias("alias", alias)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("alias must");
  }

  @Test
  void aliasGuard_acceptsContractValues_andLimitsLength() {
    assertThat(PathParams.alias("alias", "prod")).isEqualTo("prod");
    assertThat(PathParams.alias("alias", "p")).isEqualTo("p");
    assertThat(PathParams.alias("alias", "v2_canary-1")).isEqualTo("v2_canary-1");
    assertThatThrownBy(() -> PathParams.alias("alias", "a".repeat(65))).hasMessageContaining("1 to 64");
  }
}
