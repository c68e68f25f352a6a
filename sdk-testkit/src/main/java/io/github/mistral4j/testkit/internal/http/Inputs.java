package io.github.mistral4j.testkit.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.mistral4j.testkit.internal.validation.IntegerSpec;
import io.github.mistral4j.testkit.internal.validation.Issues;
import io.github.mistral4j.testkit.internal.validation.Loc;
import io.github.mistral4j.testkit.internal.validation.Problem;
import io.github.mistral4j.testkit.internal.validation.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request's path parameters, query parameters and body, read and checked the way FastAPI does: every
 * problem is collected, then {@link #validate()} answers 422 with all of them before any business logic runs.
 * A getter whose input was invalid returns a placeholder; call {@code validate()} before using the values.
 */
public final class Inputs {
  private static final Set<String> TRUE = Set.of("true", "1", "yes", "on", "t", "y");
  private static final Set<String> FALSE = Set.of("false", "0", "no", "off", "f", "n");

  private final ApiRequest request;
  private final Map<String, String> pathParams;
  private final Issues issues = new Issues();

  /** Wraps a routed request. */
  public Inputs(ApiRequest request, Map<String, String> pathParams) {
    this.request = request;
    this.pathParams = Map.copyOf(pathParams);
  }

  /** The request. */
  public ApiRequest request() {
    return request;
  }

  /** A path parameter as decoded. */
  public String path(String name) {
    String v = pathParams.get(name);
    if (v == null) {
      throw new IllegalStateException("No path parameter " + name);
    }
    return v;
  }

  /** A path parameter that must be a UUID (hyphenated or 32 hex digits); returned in canonical lower-case form. */
  public String pathUuid(String name) {
    String v = path(name);
    String hyphenated = v.matches("[0-9a-fA-F]{32}")
        ? v.substring(0, 8) + "-" + v.substring(8, 12) + "-" + v.substring(12, 16) + "-"
            + v.substring(16, 20) + "-" + v.substring(20)
        : v;
    try {
      if (hyphenated.length() == 36) {
        return UUID.fromString(hyphenated).toString();
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    issues.add(
        "uuid_parsing",
        Loc.of("path").child(name),
        "Input should be a valid UUID, unable to parse string as a UUID",
        TextNode.valueOf(v),
        JsonNodeFactory.instance.objectNode().put("error", "invalid UUID"));
    return v;
  }

  /** A path parameter checked against a spec (pattern, enum). */
  public String path(String name, Spec spec) {
    String v = path(name);
    spec.check(TextNode.valueOf(v), Loc.of("path").child(name), issues);
    return v;
  }

  /** An optional string query parameter. */
  public @Nullable String query(String name) {
    return request.queryValue(name);
  }

  /** An optional string query parameter checked against a spec. */
  public @Nullable String query(String name, Spec spec) {
    String v = request.queryValue(name);
    if (v != null) {
      spec.check(TextNode.valueOf(v), queryLoc(name), issues);
    }
    return v;
  }

  /** A required string query parameter checked against a spec. */
  public String requiredQuery(String name, Spec spec) {
    String v = request.queryValue(name);
    if (v == null) {
      missing(queryLoc(name));
      return "";
    }
    spec.check(TextNode.valueOf(v), queryLoc(name), issues);
    return v;
  }

  /** Every value of a repeated query parameter ({@code sources=a&sources=b}), each checked against a spec. */
  public List<String> queryList(String name, Spec spec) {
    List<String> values = request.queryValues(name);
    for (int i = 0; i < values.size(); i++) {
      spec.check(TextNode.valueOf(values.get(i)), queryLoc(name).child(i), issues);
    }
    return new ArrayList<>(values);
  }

  /** An optional integer query parameter with bounds. */
  public long queryInt(String name, long defaultValue, long min, long max) {
    String v = request.queryValue(name);
    if (v == null) {
      return defaultValue;
    }
    Long parsed = parseInt(name, v);
    if (parsed == null) {
      return defaultValue;
    }
    boolean inBounds =
        new IntegerSpec(min, max).bounds(parsed, TextNode.valueOf(v), queryLoc(name), issues);
    return inBounds ? parsed : defaultValue;
  }

  /** A required integer query parameter. */
  public long requiredQueryInt(String name) {
    String v = request.queryValue(name);
    if (v == null) {
      missing(queryLoc(name));
      return 0;
    }
    Long parsed = parseInt(name, v);
    return parsed == null ? 0 : parsed;
  }

  private @Nullable Long parseInt(String name, String v) {
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      issues.add(
          "int_parsing",
          queryLoc(name),
          "Input should be a valid integer, unable to parse string as an integer",
          TextNode.valueOf(v));
      return null;
    }
  }

  /** An optional boolean query parameter, read as pydantic reads one ({@code true/false/1/0/yes/no/on/off}). */
  public @Nullable Boolean queryBool(String name) {
    String v = request.queryValue(name);
    if (v == null) {
      return null;
    }
    String s = v.strip().toLowerCase(Locale.ROOT);
    if (TRUE.contains(s)) {
      return true;
    }
    if (FALSE.contains(s)) {
      return false;
    }
    issues.add(
        "bool_parsing",
        queryLoc(name),
        "Input should be a valid boolean, unable to interpret input",
        TextNode.valueOf(v));
    return null;
  }

  /** A boolean query parameter with a default. */
  public boolean queryBool(String name, boolean defaultValue) {
    Boolean v = queryBool(name);
    return v == null ? defaultValue : v;
  }

  /** An optional query parameter holding a JSON object ({@code content: application/json}). */
  public @Nullable ObjectNode queryJsonObject(String name) {
    String v = request.queryValue(name);
    if (v == null) {
      return null;
    }
    Loc loc = queryLoc(name);
    try {
      JsonNode node = StandInJson.parse(v);
      if (node.isObject()) {
        return (ObjectNode) node;
      }
      if (!node.isNull()) {
        issues.add(Problem.DICT_TYPE, loc, node);
      }
      return null;
    } catch (JsonProcessingException e) {
      issues.add(
          "json_invalid",
          loc,
          "Invalid JSON: " + e.getOriginalMessage(),
          TextNode.valueOf(v),
          JsonNodeFactory.instance.objectNode().put("error", e.getOriginalMessage()));
      return null;
    }
  }

  /**
   * The required JSON body checked against a spec, normalised; a placeholder empty object when invalid.
   * A body that is absent, not JSON, or sent with a non-JSON Content-Type is reported as FastAPI does.
   */
  public ObjectNode body(Spec spec) {
    Loc loc = Loc.of("body");
    if (!request.hasBody()) {
      missing(loc);
      return JsonNodeFactory.instance.objectNode();
    }
    String contentType = request.header("content-type");
    if (contentType != null && !isJson(contentType)) {
      issues.add(Problem.MODEL_ATTRIBUTES_TYPE, loc, TextNode.valueOf(request.bodyText()));
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode parsed;
    try {
      parsed = StandInJson.parse(request.bodyText());
    } catch (JsonProcessingException e) {
      long offset = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getCharOffset());
      issues.add(
          "json_invalid",
          loc.child((int) offset),
          "JSON decode error",
          JsonNodeFactory.instance.objectNode(),
          JsonNodeFactory.instance.objectNode().put("error", e.getOriginalMessage()));
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode checked = spec.check(parsed, loc, issues);
    return checked instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
  }

  private static Loc queryLoc(String name) {
    return Loc.of("query").child(name);
  }

  private void missing(Loc loc) {
    issues.add(Problem.MISSING, loc, NullNode.getInstance());
  }

  private static boolean isJson(String contentType) {
    String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return media.equals("application/json") || media.endsWith("+json");
  }

  /** Reports one more problem found by a handler's own checks. */
  public Issues issues() {
    return issues;
  }

  /**
   * Ends validation.
   *
   * @throws ApiException 422 with every problem found, when there is any
   */
  public void validate() {
    if (!issues.isEmpty()) {
      throw ApiException.validation(issues);
    }
  }
}
