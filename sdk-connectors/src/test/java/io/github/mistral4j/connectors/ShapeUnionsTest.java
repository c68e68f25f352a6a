package io.github.mistral4j.connectors;

import static io.github.mistral4j.connectors.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mistral4j.connectors.mcp.BlobResourceContents;
import io.github.mistral4j.connectors.mcp.ResourceContents;
import io.github.mistral4j.connectors.mcp.TextResourceContents;
import io.github.mistral4j.connectors.mcp.UnknownResourceContents;
import io.github.mistral4j.connectors.model.ConfirmationRule;
import io.github.mistral4j.connectors.model.LogicalExpression;
import io.github.mistral4j.connectors.model.ToolExecutionConfiguration;
import io.github.mistral4j.connectors.model.ToolNameList;
import io.github.mistral4j.connectors.model.ToolProperties;
import io.github.mistral4j.connectors.model.UnknownConfirmationRule;
import io.github.mistral4j.core.internal.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Unions told apart by the shape of their JSON (no discriminator): each shape decodes to its
 * variant, near misses to the unknown variant, and everything is written back as received.
 */
class ShapeUnionsTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[\"a\",\"b\"]                                  | ToolNameList",
        "[]                                             | ToolNameList",
        "[\"a\",1]                                      | UnknownConfirmationRule",
        "[\"a\",null]                                   | UnknownConfirmationRule",
        "{\"type\":\"and\",\"expressions\":[[\"x\"]]}   | LogicalExpression",
        "{\"type\":\"or\",\"expressions\":[],\"x\":1}   | LogicalExpression",
        "{\"type\":1,\"expressions\":[]}                | UnknownConfirmationRule",
        "{\"type\":\"or\",\"expressions\":{}}           | UnknownConfirmationRule",
        "{\"read_only\":true}                           | ToolProperties",
        "{\"read_only\":null}                           | ToolProperties",
        "{\"read_only\":true,\"expressions\":5}         | UnknownConfirmationRule",
        "{\"read_only\":true,\"type\":\"and\",\"expressions\":[]} | LogicalExpression",
        "{}                                             | UnknownConfirmationRule",
        "\"names\"                                      | UnknownConfirmationRule",
        "42                                             | UnknownConfirmationRule"
      })
  void confirmationRules_decodeByShape_andRoundTrip(String json, String variant) throws Exception {
    ConfirmationRule rule = MAPPER.readValue(json, ConfirmationRule.class);

    assertThat(rule.getClass().getSimpleName()).isEqualTo(variant);
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(rule))).isEqualTo(MAPPER.readTree(json));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(rule), ConfirmationRule.class)).isEqualTo(rule);
  }

  @Test
  void confirmationRules_nestInLogicalExpressions_andNullIsNoRule() throws Exception {
    LogicalExpression rule = (LogicalExpression) MAPPER.readValue(
        "{\"type\":\"and\",\"expressions\":[[\"a\"],{\"read_only\":false},{\"mode\":1}]}", ConfirmationRule.class);
    ToolExecutionConfiguration config =
        MAPPER.readValue("{\"requires_confirmation\":null}", ToolExecutionConfiguration.class);

    assertThat(rule.expressions()).containsExactly(
        ToolNameList.of(List.of("a")),
        ToolProperties.builder().readOnly(false).build(),
        UnknownConfirmationRule.of(json("{\"mode\":1}")));
    assertThat(config.requiresConfirmation()).isNull();
    assertThat(MAPPER.readValue("null", ConfirmationRule.class)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"uri\":\"file:///a\",\"text\":\"t\"}                    | TextResourceContents",
        "{\"uri\":\"file:///a\",\"blob\":\"Yg==\",\"mimeType\":\"x\"} | BlobResourceContents",
        "{\"uri\":\"file:///a\",\"text\":\"t\",\"blob\":\"Yg==\"}  | TextResourceContents",
        "{\"uri\":\"file:///a\",\"text\":5,\"blob\":\"Yg==\"}      | BlobResourceContents",
        "{\"uri\":\"file:///a\"}                                   | UnknownResourceContents",
        "{\"text\":\"t\"}                                          | UnknownResourceContents",
        "{\"uri\":1,\"text\":\"t\"}                                | UnknownResourceContents",
        "[\"file:///a\"]                                           | UnknownResourceContents",
        "\"file:///a\"                                             | UnknownResourceContents"
      })
  void resourceContents_decodeByShape_andRoundTrip(String json, String variant) throws Exception {
    ResourceContents contents = MAPPER.readValue(json, ResourceContents.class);

    assertThat(contents.getClass().getSimpleName()).isEqualTo(variant);
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(contents))).isEqualTo(MAPPER.readTree(json));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(contents), ResourceContents.class)).isEqualTo(contents);
  }

  @Test
  void resourceContents_variantsKeepTheirFields() throws Exception {
    assertThat(MAPPER.readValue("{\"uri\":\"file:///a\",\"text\":\"t\"}", ResourceContents.class))
        .isInstanceOfSatisfying(TextResourceContents.class, t -> assertThat(t.text()).isEqualTo("t"));
    assertThat(MAPPER.readValue("{\"uri\":\"file:///a\",\"blob\":\"Yg==\"}", ResourceContents.class))
        .isInstanceOfSatisfying(BlobResourceContents.class, b -> assertThat(b.blob()).isEqualTo("Yg=="));
    assertThat(UnknownResourceContents.of(json("{\"uri\":\"u\"}")).json()).isEqualTo(json("{\"uri\":\"u\"}"));
  }
}
