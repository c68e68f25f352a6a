package io.github.mistral4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolHandlerTest {
  private static final ToolFunction ECHO = a -> ToolResult.text(a.toString());

  @Test
  void build_defaultsTheInputSchemaToAnEmptyObjectSchema() {
    ToolHandler t = ToolHandler.builder().name("echo").handler(ECHO).build();

    assertThat(t.inputSchema()).isEqualTo(Http.json("{\"type\":\"object\",\"properties\":{}}"));
    assertThat(t.title()).isNull();
    assertThat(t.description()).isNull();
    assertThat(t.outputSchema()).isNull();
    assertThat(t.annotations()).isNull();
  }

  @Test
  void build_acceptsSchemasAsTextOrTree() {
    ToolHandler fromText = ToolHandler.builder()
        .name("t")
        .handler(ECHO)
        .inputSchema("{\"type\":\"object\"}")
        .outputSchema("{\"type\":\"object\"}")
        .build();
    ToolHandler fromTree = ToolHandler.builder()
        .name("t")
        .handler(ECHO)
        .inputSchema(Http.json("{\"type\":\"object\"}"))
        .outputSchema(Http.json("{\"type\":\"object\"}"))
        .build();

    assertThat(fromText).isEqualTo(fromTree).hasSameHashCodeAs(fromTree);
    assertThat(fromText.toBuilder().description("d").build().description()).isEqualTo("d");
  }

  @Test
  void build_rejectsBadInput() {
    assertThatThrownBy(() -> ToolHandler.builder().handler(ECHO).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ToolHandler.name is required");
    assertThatThrownBy(() -> ToolHandler.builder().name("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ToolHandler.handler is required");
    assertThatThrownBy(() -> ToolHandler.builder().name(" ").handler(ECHO).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ToolHandler.builder().inputSchema("[1]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inputSchema");
    assertThatThrownBy(() -> ToolHandler.builder().inputSchema("{oops"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ToolHandler.builder().annotations("3"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accessorsReturnCopies() {
    ToolHandler t = ToolHandler.builder()
        .name("t")
        .handler(ECHO)
        .inputSchema("{\"type\":\"object\"}")
        .build();

    ((ObjectNode) t.inputSchema()).put("type", "string");

    assertThat(t.inputSchema().get("type").asText()).isEqualTo("object");
    assertThat(t.toString()).contains("t");
  }

  @Test
  void toolResultFactoriesBuildTheExpectedBlocks() {
    ToolResult text = ToolResult.text("a", "b");
    ToolResult error = ToolResult.error("bad");
    ToolResult structured = ToolResult.structured("{\"x\":1}");
    ToolResult fromMap = ToolResult.structured(Map.of("x", 1));

    assertThat(text.content()).extracting(c -> c.get("text").asText()).containsExactly("a", "b");
    assertThat(text.isError()).isFalse();
    assertThat(error.isError()).isTrue();
    assertThat(structured.structuredContent()).isEqualTo(Http.json("{\"x\":1}"));
    assertThat(structured).isEqualTo(fromMap);
    assertThat(structured.toBuilder().error(true).build().isError()).isTrue();
    assertThat(text.meta()).isNull();
  }

  @Test
  void toolResultRejectsBadInput() {
    assertThatThrownBy(() -> ToolResult.structured("[1]"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ToolResult.structured("nope"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ToolResult.builder().addContent(Http.json("{\"text\":\"no type\"}")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ToolResult.builder().meta(Http.json("1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ToolResult.builder().addText(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void badJsonArguments_failWithMessagesNamingTheArgument() {
    ToolHandler.Builder tool = ToolHandler.builder();
    ToolResult.Builder result = ToolResult.builder();

    assertThatThrownBy(() -> tool.inputSchema("{nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("inputSchema must be JSON: ");
    assertThatThrownBy(() -> tool.outputSchema("[1]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("outputSchema must be a JSON object, was ARRAY");
    assertThatThrownBy(() -> tool.annotations((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("annotations");
    assertThatThrownBy(() -> tool.inputSchema((JsonNode) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("inputSchema");
    assertThatThrownBy(() -> ToolResult.structured("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("structured content must be JSON: ");
    assertThatThrownBy(() -> ToolResult.structured((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("json");
    assertThatThrownBy(() -> result.structuredContent("\"text\""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("structuredContent must be a JSON object, was STRING");
    assertThatThrownBy(() -> result.meta(Http.json("[]")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meta must be a JSON object, was ARRAY");
  }

  @Test
  void jsonObjectArguments_areCopied() {
    ObjectNode schema = (ObjectNode) Http.json("{\"type\":\"object\"}");
    ToolHandler t = ToolHandler.builder().name("t").handler(ECHO).inputSchema(schema).build();
    schema.put("type", "changed");

    assertThat(t.inputSchema().get("type").asText()).isEqualTo("object");
  }

  @Test
  void toolExceptionKeepsItsStatus() {
    assertThat(new ToolException("x").status()).isEqualTo(500);
    assertThat(new ToolException(404, "x").status()).isEqualTo(404);
    assertThatThrownBy(() -> new ToolException(200, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
