package io.github.mistral4j.testkit.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.testkit.internal.validation.Issue;
import io.github.mistral4j.testkit.internal.validation.Issues;
import java.util.Map;

/** Ends the handling of a request with an error response. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ApiResponse response;

  private ApiException(ApiResponse response, String message) {
    super(message, null, false, false);
    this.response = response;
  }

  /** The response to send. */
  public ApiResponse response() {
    return response;
  }

  /** 404 with a detail message. */
  public static ApiException notFound(String detail) {
    return of(404, detail);
  }

  /** 409 with a detail message. */
  public static ApiException conflict(String detail) {
    return of(409, detail);
  }

  /** 400 with a detail message. */
  public static ApiException badRequest(String detail) {
    return of(400, detail);
  }

  /** Any status with a detail message. */
  public static ApiException of(int status, String detail) {
    return new ApiException(ApiResponse.error(status, detail), status + " " + detail);
  }

  /** 422 listing every validation problem in {@code detail[]}. */
  public static ApiException validation(Issues issues) {
    ArrayNode detail = JsonNodeFactory.instance.arrayNode();
    for (Issue i : issues.all()) {
      detail.add(i.toJson());
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("detail", detail);
    return new ApiException(new ApiResponse(422, Map.of(), body, null), "422 " + detail);
  }
}
