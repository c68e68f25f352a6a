package io.github.mistral4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.GetConnectorParams;
import io.github.mistral4j.connectors.Scope;
import io.github.mistral4j.connectors.model.ConfirmationRule;
import io.github.mistral4j.connectors.model.ConnectionPreference;
import io.github.mistral4j.connectors.model.ConsumerType;
import io.github.mistral4j.connectors.model.LogicalExpression;
import io.github.mistral4j.connectors.model.ToolExecutionConfiguration;
import io.github.mistral4j.connectors.model.ToolProperties;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.testkit.MistralStandIn;
import io.github.mistral4j.testkit.MistralStandInTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tool configuration sent with an activation comes back in the connector's preferences, sync and async. */
@MistralStandInTest
class ActivationConfigurationStandInTest {
  @Test
  void theConfigurationSent_isTheOneShownBack(MistralStandIn standIn) {
    String id = standIn.seedConnector("{\"name\":\"files\",\"description\":\"Files\",\"server\":\"https://mcp.example.com/mcp\"}");
    ToolExecutionConfiguration forUser =
        ToolExecutionConfiguration.builder()
            .requiresConfirmation(
                LogicalExpression.builder()
                    .type("or")
                    .addExpression(ConfirmationRule.toolNames(List.of("delete_file")))
                    .addExpression(ToolProperties.builder().readOnly(false).build())
                    .build())
            .skipConfirmation(ToolProperties.builder().readOnly(true).build())
            .include(List.of("delete_file", "list_files"))
            .build();
    ToolExecutionConfiguration forOrg = ToolExecutionConfiguration.builder().exclude(List.of("format_disk")).build();

    try (ConnectorsClient connectors = ConnectorsClient.create(
        ClientOptions.builder().apiKey(standIn.apiKey()).baseUrl(standIn.baseUrl()).build())) {
      connectors.activations().activate(id, Scope.USER, forUser);
      connectors.async().activations().activate(id, Scope.ORGANIZATION, forOrg).join();
      connectors.activations().activate(id, Scope.WORKSPACE);

      List<ConnectionPreference> prefs = connectors.get(id, GetConnectorParams.none()).connectionPreferences();
      assertThat(prefs).extracting(ConnectionPreference::consumerType).containsExactly(ConsumerType.ORG, ConsumerType.USER);
      // the stand-in, like the API, writes every member, null when not set: compare what reads back
      assertThat(fields(prefs.get(0).toolConfiguration())).isEqualTo(fields(forOrg));
      assertThat(fields(prefs.get(1).toolConfiguration())).isEqualTo(fields(forUser));
      assertThat(prefs.get(0).toolConfiguration().requiresConfirmation()).isNull();
      assertThat(standIn.requests("connector_activate_for_consumer_v1")).hasSize(3);

      connectors.activations().deactivate(id, Scope.USER);
      assertThat(connectors.get(id, GetConnectorParams.none()).connectionPreferences())
          .singleElement()
          .extracting(ConnectionPreference::consumerType)
          .isEqualTo(ConsumerType.ORG);
    }
  }

  private static List<Object> fields(ToolExecutionConfiguration c) {
    return java.util.Arrays.asList(c.requiresConfirmation(), c.skipConfirmation(), c.include(), c.exclude());
  }
}
