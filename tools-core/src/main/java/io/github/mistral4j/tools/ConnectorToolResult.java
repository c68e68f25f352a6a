package io.github.mistral4j.tools;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The successful result of a connector tool call: the text the model reads, and the response
 * it was made from.
 */
public final class ConnectorToolResult {
  private final String text;
  private final ConnectorToolCallResponse response;

  /**
   * Creates a result.
   *
   * @param text the text for the model, never empty
   * @param response the response of {@code call_tool}
   */
  public ConnectorToolResult(String text, ConnectorToolCallResponse response) {
    this.text = Objects.requireNonNull(text, "text");
    this.response = Objects.requireNonNull(response, "response");
  }

  /**
   * {@return the text for the model: text blocks joined by newlines, other content described,
   * the structured result as JSON when no block holds text}
   */
  public String text() {
    return text;
  }

  /** {@return the tool's structured result ({@code structuredContent}), or {@code null}} */
  public @Nullable JsonNode structuredContent() {
    return response.structuredContent();
  }

  /** {@return the response of {@code call_tool} as received} */
  public ConnectorToolCallResponse response() {
    return response;
  }

  @Override
  public String toString() {
    return "ConnectorToolResult{" + text.length() + " characters}";
  }
}
