package io.github.mistral4j.tools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.core.internal.Json;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ToolResultFormatterTest {

  private static ConnectorToolCallResponse response(String json) throws Exception {
    return Json.mapper().readValue(json, ConnectorToolCallResponse.class);
  }

  private static String base64(int bytes) {
    return Base64.getEncoder().encodeToString(new byte[bytes]);
  }

  @Test
  void format_joinsTextAndDescribesEveryOtherBlock() throws Exception {
    ConnectorToolCallResponse r = response("""
        {"content": [
          {"type": "text", "text": "Found 2 files."},
          {"type": "image", "data": "%s", "mimeType": "image/png"},
          {"type": "audio", "data": "%s", "mimeType": "audio/wav"},
          {"type": "resource_link", "name": "report.pdf", "uri": "file:///reports/q3.pdf", "mimeType": "application/pdf", "size": 2048, "description": "Q3 report"},
          {"type": "resource", "resource": {"uri": "file:///notes.md", "mimeType": "text/markdown", "text": "# Notes\\nship it"}},
          {"type": "resource", "resource": {"uri": "file:///logo.bin", "blob": "%s"}},
          {"type": "video", "url": "x"}
        ]}
        """.formatted(base64(3000), base64(10), base64(5)));

    assertThat(ToolResultFormatter.format(r)).isEqualTo("""
        Found 2 files.
        [image: image/png, 2.9 KB]
        [audio: audio/wav, 10 bytes]
        [resource link: file:///reports/q3.pdf (report.pdf), application/pdf, 2.0 KB: Q3 report]
        [resource: file:///notes.md, text/markdown]
        # Notes
        ship it
        [resource: file:///logo.bin, 5 bytes]
        [video content]""");
  }

  @Test
  void format_putsStructuredContentFirstWhenNoBlockHasText() throws Exception {
    ConnectorToolCallResponse r = response("""
        {"content": [{"type": "image", "data": "%s", "mimeType": "image/jpeg"}],
         "metadata": {"mcp_meta": {"structuredContent": {"temperature": 21.5, "unit": "C"}}}}
        """.formatted(base64(1)));

    assertThat(ToolResultFormatter.format(r)).isEqualTo("{\"temperature\":21.5,\"unit\":\"C\"}\n[image: image/jpeg, 1 byte]");
  }

  @Test
  void format_prefersTextOverStructuredContent() throws Exception {
    ConnectorToolCallResponse r = response("""
        {"content": [{"type": "text", "text": "21.5 C"}], "metadata": {"mcp_meta": {"structuredContent": {"temperature": 21.5}}}}
        """);

    assertThat(ToolResultFormatter.format(r)).isEqualTo("21.5 C");
  }

  @Test
  void format_saysSoWhenThereIsNothing() throws Exception {
    assertThat(ToolResultFormatter.format(response("{\"content\": []}"))).isEqualTo("The tool returned no content.");
    assertThat(ToolResultFormatter.format(response("{\"content\": [{\"type\": \"text\", \"text\": \"\"}]}"))).isEqualTo("The tool returned no content.");
  }

  @Test
  void size_readsBase64LengthsWithPaddingAndLineBreaks() {
    assertThat(ToolResultFormatter.decodedLength(base64(1))).isEqualTo(1);
    assertThat(ToolResultFormatter.decodedLength(base64(2))).isEqualTo(2);
    assertThat(ToolResultFormatter.decodedLength(base64(3))).isEqualTo(3);
    assertThat(ToolResultFormatter.decodedLength(Base64.getMimeEncoder().encodeToString(new byte[1000]))).isEqualTo(1000);
    assertThat(ToolResultFormatter.size(5L * 1024 * 1024)).isEqualTo("5.0 MB");
  }
}
