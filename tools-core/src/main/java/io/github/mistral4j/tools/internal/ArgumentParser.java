package io.github.mistral4j.tools.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.mistral4j.core.internal.Json;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the arguments a model sent for a tool call: one JSON object. Blank or {@code null} means
 * no arguments; an object sent as a JSON string (some models double-encode) is unwrapped. Anything
 * else fails with a message that tells the model what to fix, without echoing its whole input.
 */
public final class ArgumentParser {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final ObjectReader STRICT =
      MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  /** The arguments could not be read; the message is meant for the model. */
  public static final class InvalidArgumentsException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidArgumentsException(String message) {
      super(message, null, false, false);
    }
  }

  private ArgumentParser() {}

  /**
   * Parses the arguments of one call.
   *
   * @param toolName the tool's name as the model knows it, for the message
   * @param arguments the raw arguments from the model
   * @return the arguments as a mutable, ordered map (empty when there are none)
   * @throws InvalidArgumentsException when they are not one JSON object
   */
  public static Map<String, Object> parse(String toolName, @Nullable String arguments) throws InvalidArgumentsException {
    if (arguments == null || arguments.isBlank()) {
      return new LinkedHashMap<>();
    }
    JsonNode node = read(toolName, arguments);
    if (node.isTextual() && node.textValue().strip().startsWith("{")) {
      node = read(toolName, node.textValue());
    }
    if (node.isNull()) {
      return new LinkedHashMap<>();
    }
    if (!node.isObject()) {
      throw new InvalidArgumentsException(
          "The arguments of tool '" + toolName + "' must be one JSON object, but they are "
              + article(node) + ". Call the tool again with a JSON object whose fields are the tool's parameters.");
    }
    return MAPPER.convertValue(node, MAP);
  }

  private static JsonNode read(String toolName, String text) throws InvalidArgumentsException {
    try {
      JsonNode node = STRICT.readTree(text);
      return node == null ? MAPPER.nullNode() : node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw new InvalidArgumentsException(
          "The arguments of tool '" + toolName + "' are not valid JSON" + where + ": " + firstLine(e.getOriginalMessage())
              + ". Call the tool again with the arguments as one valid JSON object.");
    }
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable input";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  private static String article(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}
