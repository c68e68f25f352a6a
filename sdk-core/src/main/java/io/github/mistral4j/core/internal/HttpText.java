package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import feign.Request;
import java.io.IOException;

/** Short, secret-free descriptions of requests and failures for messages and logs. */
final class HttpText {
  private HttpText() {}

  /** {@code GET /v1/connectors/x}: method and path, never the query or host. */
  static String describe(Request request) {
    return request.httpMethod() + " " + pathOf(request.url());
  }

  static String pathOf(String url) {
    int scheme = url.indexOf("://");
    int start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
    if (start < 0) {
      return "/";
    }
    int end = url.indexOf('?', start);
    return end < 0 ? url.substring(start) : url.substring(start, end);
  }

  static String withoutQuery(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  /** A Jackson failure without the document excerpt Jackson adds (it may hold secrets). */
  static String jacksonProblem(IOException e) {
    String text = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    if (text == null) {
      return e.getClass().getSimpleName();
    }
    String oneLine = text.replaceAll("\\s+", " ");
    return truncate(oneLine, 300);
  }

  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "...";
  }
}
