package io.github.mistral4j.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.ConnectorToolResultMetadata;
import io.github.mistral4j.connectors.mcp.TextContent;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.core.internal.Ownership;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Models are immutable whoever built them: a user's trees are copied when the model is built and
 * when read; trees the SDK's decoder has just parsed are kept as they are (nobody else holds them).
 */
class ModelOwnershipTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String ANSWER = "{\"content\":[{\"type\":\"text\",\"text\":\"hi\",\"_meta\":{\"k\":{\"v\":1}},"
      + "\"x-extra\":{\"v\":1}}],\"metadata\":{\"mcp_meta\":{\"isError\":false,"
      + "\"structuredContent\":{\"items\":[{\"n\":1}]},\"_meta\":{\"trace\":{\"id\":\"t1\"}}},\"x-more\":[1]}}";

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void userBuiltModel_copiesEveryTreeItWasGiven() {
    ObjectNode structured = tree("{\"items\":[{\"n\":1}]}");
    ObjectNode meta = tree("{\"id\":\"t1\"}");
    ObjectNode put = tree("{\"id\":\"t2\"}");
    ObjectNode extra = tree("{\"v\":1}");
    Map<String, Object> metaMap = new LinkedHashMap<>();
    metaMap.put("trace", meta);
    ConnectorToolResultMetadata.Builder builder = ConnectorToolResultMetadata.builder()
        .structuredContent(structured)
        .meta(metaMap)
        .putMeta("other", put)
        .putAdditionalProperty("x-extra", extra);

    ConnectorToolResultMetadata model = builder.build();
    structured.withArray("items").addObject().put("n", 2);
    meta.put("id", "changed");
    put.put("id", "changed");
    extra.put("v", 2);
    metaMap.put("late", "x");

    assertThat(model.structuredContent()).isEqualTo(tree("{\"items\":[{\"n\":1}]}"));
    assertThat(model.meta()).containsOnlyKeys("trace", "other");
    assertThat(model.meta().get("trace")).isEqualTo(tree("{\"id\":\"t1\"}"));
    assertThat(model.meta().get("other")).isEqualTo(tree("{\"id\":\"t2\"}"));
    assertThat(model.additionalProperties().get("x-extra")).isEqualTo(tree("{\"v\":1}"));
    assertThat(builder.build()).isNotEqualTo(model); // the builder still holds the caller's trees
  }

  @Test
  void decodedModel_handsOutCopies_andReadOnlyCollections() {
    wm.stubFor(post(urlEqualTo("/v1/connectors/weather/tools/forecast/call")).willReturn(okJson(ANSWER)));
    ConnectorToolCallResponse response;
    try (ConnectorsClient client = ConnectorsClient.create(Fixtures.options(wm.baseUrl()))) {
      response = client.tools().call("weather", "forecast", Map.of());
    }
    ConnectorToolCallResponse before = response.toBuilder().build();
    ConnectorToolResultMetadata mcp = response.metadata().mcpMeta();
    TextContent text = (TextContent) response.content().get(0);

    ((ObjectNode) mcp.structuredContent()).put("injected", true);
    ((ObjectNode) mcp.meta().get("trace")).put("id", "changed");
    ((ObjectNode) text.meta().get("k")).put("v", 2);
    ((ObjectNode) text.additionalProperties().get("x-extra")).put("v", 2);
    ((ArrayNode) response.metadata().additionalProperties().get("x-more")).add(2);
    assertThatThrownBy(() -> response.content().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> mcp.meta().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> text.additionalProperties().clear()).isInstanceOf(UnsupportedOperationException.class);

    assertThat(response).isEqualTo(before);
    assertThat(mcp.structuredContent()).isEqualTo(tree("{\"items\":[{\"n\":1}]}"));
    assertThat(mcp.meta().get("trace")).isEqualTo(tree("{\"id\":\"t1\"}"));
    assertThat(text.meta().get("k")).isEqualTo(tree("{\"v\":1}"));
    assertThat(text.additionalProperties().get("x-extra")).isEqualTo(tree("{\"v\":1}"));
    assertThat(response.metadata().additionalProperties().get("x-more")).hasSize(1);
  }

  @Test
  void toBuilder_givesAModelThatSharesNothingMutable() {
    ConnectorToolResultMetadata original = ConnectorToolResultMetadata.builder()
        .structuredContent(tree("{\"a\":1}"))
        .putMeta("m", tree("{\"b\":1}"))
        .build();

    ConnectorToolResultMetadata copy = original.toBuilder().putMeta("n", 1).build();
    ((ObjectNode) copy.structuredContent()).put("a", 2);
    ((ObjectNode) copy.meta().get("m")).put("b", 2);

    assertThat(original.meta()).containsOnlyKeys("m");
    assertThat(original.structuredContent()).isEqualTo(tree("{\"a\":1}"));
    assertThat(original.meta().get("m")).isEqualTo(tree("{\"b\":1}"));
    assertThat(copy.toBuilder().build()).isEqualTo(copy);
  }

  @Test
  void sdkDecoder_keepsTheTreesItParsed_otherDecodingCopiesThem() throws IOException {
    byte[] json = ANSWER.getBytes(StandardCharsets.UTF_8);
    CountingNodes owned = new CountingNodes();
    CountingNodes copied = new CountingNodes();

    ConnectorToolCallResponse byOwner =
        Ownership.decode(mapper(owned).readerFor(ConnectorToolCallResponse.class), json);
    ConnectorToolCallResponse byOthers = mapper(copied).readerFor(ConnectorToolCallResponse.class).readValue(json);

    assertThat(byOwner).isEqualTo(byOthers);
    // the models keep 5 JSON objects of the answer as trees (_meta.k and x-extra of the text, the
    // two of structuredContent, _meta.trace): any other decoding copies each of them once more
    assertThat(copied.objects.get() - owned.objects.get()).isEqualTo(5);
  }

  private static ObjectMapper mapper(JsonNodeFactory nodes) {
    ObjectMapper mapper = Json.create();
    mapper.setNodeFactory(nodes);
    return mapper;
  }

  /** Counts the JSON objects made: by the parser, and by {@code deepCopy} of what it made. */
  private static final class CountingNodes extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;
    final AtomicInteger objects = new AtomicInteger();

    @Override
    public ObjectNode objectNode() {
      objects.incrementAndGet();
      return super.objectNode();
    }
  }
}
