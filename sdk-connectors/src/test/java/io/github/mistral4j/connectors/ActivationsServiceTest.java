package io.github.mistral4j.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.mistral4j.connectors.Fixtures.CONNECTOR_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.core.RequestOptions;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivationsServiceTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private ConnectorsClient client;

  @BeforeEach
  void setUp() {
    client = ConnectorsClient.create(Fixtures.options(wm.baseUrl()));
    wm.stubFor(post(urlPathMatching("/v1/connectors/.*/(activate|deactivate)")).willReturn(okJson("{\"message\":\"done\"}")));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @ParameterizedTest
  @EnumSource(Scope.class)
  void activateAndDeactivate_postToTheScopePathWithoutABody(Scope scope) throws Exception {
    ActivationsService sync = client.activations();
    ActivationsAsyncService async = client.async().activations();

    assertThat(sync.activate(CONNECTOR_ID, scope).message()).isEqualTo("done");
    assertThat(async.activate(CONNECTOR_ID, scope).get().message()).isEqualTo("done");
    assertThat(sync.deactivate(CONNECTOR_ID, scope, RequestOptions.none()).message()).isEqualTo("done");
    assertThat(async.deactivate(CONNECTOR_ID, scope, RequestOptions.none()).get().message()).isEqualTo("done");

    String base = "/v1/connectors/" + CONNECTOR_ID + "/" + scope.pathSegment();
    wm.verify(2, postRequestedFor(urlEqualTo(base + "/activate")).withHeader("Authorization", equalTo("Bearer test-key")));
    wm.verify(2, postRequestedFor(urlEqualTo(base + "/deactivate")).withHeader("Authorization", equalTo("Bearer test-key")));
    for (ServeEvent event : wm.getAllServeEvents()) {
      assertThat(event.getRequest().getBody()).isEmpty();
    }
  }

  @Test
  void namedMethods_matchTheirScope() throws Exception {
    ActivationsService a = client.activations();
    ActivationsAsyncService b = client.async().activations();
    List<Function<String, MessageResponse>> calls =
        List.of(
            a::activateForOrganization,
            a::activateForWorkspace,
            a::activateForUser,
            a::deactivateForOrganization,
            a::deactivateForWorkspace,
            a::deactivateForUser,
            id -> b.activateForOrganization(id, RequestOptions.none()).join(),
            id -> b.activateForWorkspace(id).join(),
            id -> b.activateForUser(id).join(),
            id -> b.deactivateForOrganization(id).join(),
            id -> b.deactivateForWorkspace(id, RequestOptions.none()).join(),
            id -> b.deactivateForUser(id).join());

    for (Function<String, MessageResponse> call : calls) {
      assertThat(call.apply(CONNECTOR_ID).message()).isEqualTo("done");
    }

    List<String> urls =
        wm.getAllServeEvents().stream().map(e -> e.getRequest().getUrl()).sorted().toList();
    String base = "/v1/connectors/" + CONNECTOR_ID + "/";
    assertThat(urls)
        .containsExactlyInAnyOrder(
            base + "organization/activate", base + "workspace/activate", base + "user/activate",
            base + "organization/deactivate", base + "workspace/deactivate", base + "user/deactivate",
            base + "organization/activate", base + "workspace/activate", base + "user/activate",
            base + "organization/deactivate", base + "workspace/deactivate", base + "user/deactivate");
  }

  @Test
  void activate_rejectsANonUuidConnectorIdBeforeAnyRequest() {
    assertThatThrownBy(() -> client.activations().activate("weather", Scope.USER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("connector_id");
    assertThatThrownBy(() -> client.activations().deactivateForWorkspace("../x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.activations().activate(CONNECTOR_ID, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("scope");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
