package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One contract operation as a Feign method sees it: its HTTP method, its path (without the
 * {@code #fragment} the contract uses to tell apart operations on the same path) and its
 * description. An operation id with a placeholder ({@code connector_list_{scope}_credentials_v1})
 * stands for one operation per value of the placeholder; those must be alike but for the path
 * segment holding the value, which becomes the path parameter of the placeholder.
 *
 * @param id the operation id, with its placeholder if any
 * @param method the HTTP method, upper case
 * @param path the path, with the placeholder's segment as {@code {placeholder}}
 * @param operation the contract's operation (the first one, for a placeholder)
 * @param placeholder the placeholder's name, or empty
 */
record ApiOperation(String id, String method, String path, JsonNode operation, String placeholder) {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

  /** Every operation of a contract by its id. */
  static Map<String, ApiOperation> index(JsonNode document) {
    Map<String, ApiOperation> byId = new LinkedHashMap<>();
    document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      if (METHODS.contains(op.getKey()) && op.getValue().has("operationId")) {
        String id = op.getValue().get("operationId").asText();
        String bare = path.getKey().replaceFirst("#.*$", "");
        byId.put(id, new ApiOperation(id, op.getKey().toUpperCase(Locale.ROOT), bare, op.getValue(), ""));
      }
    }));
    return byId;
  }

  /**
   * The operation an overlay method names, its placeholder expanded over the given values.
   *
   * @param owner the interface and method, for messages
   * @param id the operation id, maybe with one {@code {placeholder}}
   * @param expand the overlay's {@code expand}: the placeholder's values
   * @param byId the contract's operations
   * @return the operation
   */
  static ApiOperation find(String owner, String id, JsonNode expand, Map<String, ApiOperation> byId) {
    if (!id.contains("{")) {
      if (!expand.isMissingNode()) {
        throw new IllegalArgumentException(owner + ": expand given, but " + id + " has no placeholder");
      }
      return known(owner, id, byId);
    }
    String placeholder = id.substring(id.indexOf('{') + 1, id.indexOf('}'));
    List<String> values = new ArrayList<>();
    expand.path(placeholder).forEach(v -> values.add(v.asText()));
    if (values.isEmpty() || expand.size() != 1) {
      throw new IllegalArgumentException(owner + ": " + id + " needs expand: {" + placeholder + ": [values]}");
    }
    ApiOperation first = null;
    for (String value : values) {
      ApiOperation op = known(owner, id.replace("{" + placeholder + "}", value), byId);
      String path = templated(owner, op.path(), value, placeholder);
      ApiOperation expanded = new ApiOperation(id, op.method(), path, op.operation(), placeholder);
      if (first != null && !(first.method().equals(expanded.method()) && first.path().equals(path)
          && first.operation().path("parameters").equals(op.operation().path("parameters"))
          && first.operation().path("requestBody").equals(op.operation().path("requestBody"))
          && first.operation().path("responses").equals(op.operation().path("responses")))) {
        throw new IllegalArgumentException(owner + ": " + op.id() + " differs from the other operations of " + id);
      }
      first = first == null ? expanded : first;
    }
    return first;
  }

  private static ApiOperation known(String owner, String id, Map<String, ApiOperation> byId) {
    ApiOperation op = byId.get(id);
    if (op == null) {
      throw new IllegalArgumentException(owner + ": no operation " + id + " in the contract");
    }
    return op;
  }

  private static String templated(String owner, String path, String value, String placeholder) {
    String[] segments = path.split("/", -1);
    int found = -1;
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].equals(value)) {
        if (found >= 0) {
          throw new IllegalArgumentException(owner + ": " + path + " has the segment " + value + " twice");
        }
        found = i;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException(
          owner + ": " + path + " has no segment " + value + " for {" + placeholder + "}");
    }
    segments[found] = "{" + placeholder + "}";
    return String.join("/", segments);
  }

  /** {@return the path parameters' names, in the order of the path} */
  List<String> pathParams() {
    List<String> names = new ArrayList<>();
    int at = path.indexOf('{');
    while (at >= 0) {
      int end = path.indexOf('}', at);
      names.add(path.substring(at + 1, end));
      at = path.indexOf('{', end);
    }
    return names;
  }
}
