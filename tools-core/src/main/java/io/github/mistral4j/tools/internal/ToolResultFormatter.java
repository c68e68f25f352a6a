package io.github.mistral4j.tools.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.connectors.mcp.AudioContent;
import io.github.mistral4j.connectors.mcp.BlobResourceContents;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.EmbeddedResource;
import io.github.mistral4j.connectors.mcp.ImageContent;
import io.github.mistral4j.connectors.mcp.ResourceContents;
import io.github.mistral4j.connectors.mcp.ResourceLink;
import io.github.mistral4j.connectors.mcp.TextContent;
import io.github.mistral4j.connectors.mcp.TextResourceContents;
import io.github.mistral4j.connectors.mcp.ToolCallContent;
import io.github.mistral4j.connectors.mcp.UnknownResourceContents;
import io.github.mistral4j.connectors.mcp.UnknownToolCallContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns a tool result into the text the model reads: text blocks as they are; images and audio
 * described by MIME type and size (their bytes would only waste the context); resource links and
 * binary resources by URI; embedded text resources by URI followed by their text. When no block
 * holds text, the structured result ({@code structuredContent}) comes first, as JSON. Blocks are
 * separated by a newline.
 */
public final class ToolResultFormatter {
  /** What the model reads when a tool returned nothing at all. */
  public static final String NO_CONTENT = "The tool returned no content.";

  private ToolResultFormatter() {}

  /**
   * Formats a result.
   *
   * @param response the tool's result
   * @return the text for the model, never empty
   */
  public static String format(ConnectorToolCallResponse response) {
    List<String> parts = new ArrayList<>();
    boolean hasText = false;
    for (ToolCallContent block : response.content()) {
      if (block instanceof TextContent t) {
        hasText |= !t.text().isBlank();
        parts.add(t.text());
      } else {
        parts.add(describe(block));
      }
    }
    JsonNode structured = response.structuredContent();
    if (!hasText && structured != null && !structured.isNull()) {
      parts.removeIf(String::isBlank);
      parts.add(0, structured.toString());
    }
    String text = String.join("\n", parts);
    return text.isBlank() ? NO_CONTENT : text;
  }

  /** The description of one block that is not text. */
  static String describe(ToolCallContent block) {
    if (block instanceof ImageContent i) {
      return "[image: " + i.mimeType() + ", " + size(decodedLength(i.data())) + "]";
    }
    if (block instanceof AudioContent a) {
      return "[audio: " + a.mimeType() + ", " + size(decodedLength(a.data())) + "]";
    }
    if (block instanceof ResourceLink l) {
      StringBuilder b = new StringBuilder("[resource link: ").append(l.uri());
      if (!l.name().isBlank() && !l.name().equals(l.uri())) {
        b.append(" (").append(l.name()).append(')');
      }
      details(b, l.mimeType(), l.size());
      if (l.description() != null && !l.description().isBlank()) {
        b.append(": ").append(l.description().strip());
      }
      return b.append(']').toString();
    }
    if (block instanceof EmbeddedResource e) {
      return resource(e.resource());
    }
    if (block instanceof UnknownToolCallContent u) {
      return "[" + u.type() + " content]";
    }
    return "[" + block.type() + " content]";
  }

  private static String resource(ResourceContents contents) {
    if (contents instanceof TextResourceContents t) {
      StringBuilder b = new StringBuilder("[resource: ").append(t.uri());
      details(b, t.mimeType(), null);
      return b.append("]\n").append(t.text()).toString();
    }
    if (contents instanceof BlobResourceContents blob) {
      StringBuilder b = new StringBuilder("[resource: ").append(blob.uri());
      details(b, blob.mimeType(), decodedLength(blob.blob()));
      return b.append(']').toString();
    }
    JsonNode raw = ((UnknownResourceContents) contents).json();
    String uri = raw.path("uri").asText("");
    return uri.isEmpty() ? "[resource]" : "[resource: " + uri + "]";
  }

  private static void details(StringBuilder b, @Nullable String mimeType, @Nullable Long bytes) {
    if (mimeType != null && !mimeType.isBlank()) {
      b.append(", ").append(mimeType);
    }
    if (bytes != null) {
      b.append(", ").append(size(bytes));
    }
  }

  /** The number of bytes a base64 text decodes to. */
  static long decodedLength(String base64) {
    int len = base64.length();
    while (len > 0 && Character.isWhitespace(base64.charAt(len - 1))) {
      len--;
    }
    int padding = 0;
    while (padding < 2 && len - padding > 0 && base64.charAt(len - padding - 1) == '=') {
      padding++;
    }
    long chars = base64.chars().limit(len).filter(c -> !Character.isWhitespace(c)).count();
    return Math.max(0, chars * 3 / 4 - padding);
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    double kb = bytes / 1024.0;
    return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
  }
}
