package io.github.mistral4j.testkit.internal.http;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One operation of the contract: method, path template, operation id and handler.
 *
 * @param method the HTTP method
 * @param template the path template, {@code {name}} segments being parameters
 * @param operationId the contract's operation id
 * @param handler the handler
 */
public record Route(String method, String template, String operationId, RouteHandler handler) {

  /** The template's segments. */
  List<String> segments() {
    return Arrays.asList(template.substring(1).split("/", -1));
  }

  /** How many segments are literal (a more literal route wins over a parameter). */
  int literalCount() {
    return (int) segments().stream().filter(s -> !s.startsWith("{")).count();
  }

  /**
   * Matches raw path segments.
   *
   * @return the decoded path parameters, or null when the path does not match
   */
  @Nullable
  Map<String, String> match(List<String> rawSegments) {
    List<String> t = segments();
    if (t.size() != rawSegments.size()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < t.size(); i++) {
      String want = t.get(i);
      String got = rawSegments.get(i);
      if (want.startsWith("{")) {
        if (got.isEmpty()) {
          return null;
        }
        params.put(want.substring(1, want.length() - 1), Percent.decode(got));
      } else if (!want.equals(got)) {
        return null;
      }
    }
    return params;
  }
}
