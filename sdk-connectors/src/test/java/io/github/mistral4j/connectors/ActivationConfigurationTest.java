package io.github.mistral4j.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.mistral4j.connectors.Fixtures.CONNECTOR_ID;
import static io.github.mistral4j.connectors.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistral4j.connectors.model.ConfirmationRule;
import io.github.mistral4j.connectors.model.LogicalExpression;
import io.github.mistral4j.connectors.model.ToolExecutionConfiguration;
import io.github.mistral4j.connectors.model.ToolProperties;
import io.github.mistral4j.core.RequestOptions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Activation with a tool configuration: the exact bodies, sync and async, and refusals. */
class ActivationConfigurationTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private ConnectorsClient client;

  @BeforeEach
  void setUp() {
    client = ConnectorsClient.create(Fixtures.options(wm.baseUrl()));
    wm.stubFor(post(urlPathMatching("/v1/connectors/.*/activate")).willReturn(okJson("{\"message\":\"done\"}")));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @ParameterizedTest
  @EnumSource(Scope.class)
  void everyField_isSentAsTheConfigurationItself_syncAndAsync(Scope scope) {
    ToolExecutionConfiguration config =
        ToolExecutionConfiguration.builder()
            .requiresConfirmation(ConfirmationRule.toolNames(List.of("delete_file", "send_email")))
            .skipConfirmation(ToolProperties.builder().readOnly(true).build())
            .include(List.of("delete_file", "send_email", "list_files"))
            .exclude(List.of("format_disk"))
            .build();
    String expected =
        "{\"requires_confirmation\":[\"delete_file\",\"send_email\"],\"skip_confirmation\":{\"read_only\":true},"
            + "\"include\":[\"delete_file\",\"send_email\",\"list_files\"],\"exclude\":[\"format_disk\"]}";

    assertThat(client.activations().activate(CONNECTOR_ID, scope, config).message()).isEqualTo("done");
    assertThat(client.activations().activate(CONNECTOR_ID, scope, config, RequestOptions.none()).message()).isEqualTo("done");
    assertThat(client.async().activations().activate(CONNECTOR_ID, scope, config).join().message()).isEqualTo("done");
    assertThat(client.async().activations().activate(CONNECTOR_ID, scope, config, RequestOptions.none()).join().message())
        .isEqualTo("done");

    List<LoggedRequest> sent = wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(
            "/v1/connectors/" + CONNECTOR_ID + "/" + scope.pathSegment() + "/activate")));
    assertThat(sent).hasSize(4).allSatisfy(r -> {
      assertThat(json(r.getBodyAsString())).isEqualTo(json(expected));
      assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    });
  }

  @Test
  void aLogicalExpression_nestsRulesOfEveryShape() {
    ConfirmationRule rule =
        LogicalExpression.builder()
            .type("or")
            .addExpression(ConfirmationRule.toolNames(List.of("send_email")))
            .addExpression(ToolProperties.builder().readOnly(false).build())
            .addExpression(
                LogicalExpression.builder().type("and").addExpression(ConfirmationRule.toolNames(List.of("pay"))).build())
            .build();
    client.activations().activate(CONNECTOR_ID, Scope.USER, ToolExecutionConfiguration.builder().requiresConfirmation(rule).build());

    assertThat(json(onlyBody()))
        .isEqualTo(json("{\"requires_confirmation\":{\"type\":\"or\",\"expressions\":[[\"send_email\"],"
            + "{\"read_only\":false},{\"type\":\"and\",\"expressions\":[[\"pay\"]]}]}}"));
  }

  @Test
  void aConfigurationWithNothingSet_isSentAsAnEmptyObject_asThePythonSdkSendsIt() {
    client.activations().activate(CONNECTOR_ID, Scope.WORKSPACE, ToolExecutionConfiguration.builder().build());
    assertThat(onlyBody()).isEqualTo("{}");
  }

  @Test
  void explicitNullsAndEmptyLists_goThroughTheAdditionalProperties_asTheModelHasNoOtherWay() {
    ToolExecutionConfiguration config =
        ToolExecutionConfiguration.builder()
            .putAdditionalProperty("requires_confirmation", NullNode.getInstance())
            .putAdditionalProperty("skip_confirmation", NullNode.getInstance())
            .putAdditionalProperty("include", JsonNodeFactory.instance.arrayNode())
            .putAdditionalProperty("exclude", NullNode.getInstance())
            .build();
    client.activations().activate(CONNECTOR_ID, Scope.ORGANIZATION, config);

    assertThat(json(onlyBody()))
        .isEqualTo(json("{\"requires_confirmation\":null,\"skip_confirmation\":null,\"include\":[],\"exclude\":null}"));
  }

  @Test
  void emptyIncludeAndExcludeLists_setOnTheBuilder_areNotSent_theModelCannotTellThemFromUnset() {
    // ToolExecutionConfiguration writes include/exclude only when non-empty: include([]) reads as "not set".
    client.activations().activate(
        CONNECTOR_ID, Scope.USER, ToolExecutionConfiguration.builder().include(List.of()).exclude(List.of()).build());
    assertThat(onlyBody()).isEqualTo("{}");
  }

  @Test
  void badArguments_areRefusedBeforeAnyRequest_namingTheParameter() {
    ToolExecutionConfiguration config = ToolExecutionConfiguration.builder().build();
    assertThatThrownBy(() -> client.activations().activate(CONNECTOR_ID, Scope.USER, (ToolExecutionConfiguration) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("configuration");
    assertThatThrownBy(() -> client.activations().activate("weather", Scope.USER, config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("connector_id");
    assertThatThrownBy(() -> client.activations().activate(CONNECTOR_ID, null, config))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scope");
    assertThatThrownBy(() -> client.activations().activate(CONNECTOR_ID, Scope.USER, config, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("requestOptions");
    assertThatThrownBy(() -> client.async().activations().activate("weather", Scope.USER, config).join())
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  private static String onlyBody() {
    assertThat(wm.getAllServeEvents()).hasSize(1);
    return wm.getAllServeEvents().get(0).getRequest().getBodyAsString();
  }
}
