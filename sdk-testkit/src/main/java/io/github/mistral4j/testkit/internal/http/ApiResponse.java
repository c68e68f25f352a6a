package io.github.mistral4j.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One response: status, extra headers and a JSON body (or none).
 *
 * @param status the HTTP status
 * @param headers extra headers (Content-Type is added for a JSON body)
 * @param body the JSON body, or null for an empty body
 * @param rawBody a non-JSON body sent as is (used by faults), or null
 */
public record ApiResponse(
    int status,
    Map<String, String> headers,
    @Nullable JsonNode body,
    @Nullable String rawBody) {

  /** Copies the headers. */
  public ApiResponse {
    headers = Map.copyOf(headers);
  }

  /** 200 with a JSON body. */
  public static ApiResponse ok(JsonNode body) {
    return new ApiResponse(200, Map.of(), body, null);
  }

  /** 201 with a JSON body. */
  public static ApiResponse created(JsonNode body) {
    return new ApiResponse(201, Map.of(), body, null);
  }

  /** 204, no body. */
  public static ApiResponse noContent() {
    return new ApiResponse(204, Map.of(), null, null);
  }

  /** 200 with a {@code MessageResponse}. */
  public static ApiResponse message(String message) {
    return ok(JsonNodeFactory.instance.objectNode().put("message", message));
  }

  /** An error in FastAPI's shape: {@code {"detail": "..."}}. */
  public static ApiResponse error(int status, String detail) {
    return new ApiResponse(
        status, Map.of(), JsonNodeFactory.instance.objectNode().put("detail", detail), null);
  }

  /** This response with one more header. */
  public ApiResponse withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new ApiResponse(status, h, body, rawBody);
  }
}
