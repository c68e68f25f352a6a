package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import org.jspecify.annotations.Nullable;

/**
 * A Feign interface to generate, from the overlay's root {@code x-java-apis}: its methods, one
 * per overlay entry, each an operation of the contract. The contract gives the HTTP method, the
 * path, the path and query parameters and their types, the request body's and the response's
 * types; the overlay gives the names, and what the contract cannot say (see {@link ApiQuery} for
 * the query string): {@code nonIdempotent}, {@code returns} and {@code body} (Java types replacing
 * or adding to the contract's) and {@code expand} (the values of a placeholder of the operation id).
 *
 * @param module the folder of the owning Maven module
 * @param self the interface
 * @param javadoc the interface's description
 * @param methods the methods, in the overlay's order
 */
public record ApiModel(String module, ClassName self, String javadoc, List<Method> methods) {
  private static final String KEY = "x-java-apis";

  /**
   * One method of a Feign interface.
   *
   * @param operationId the operation id, with its placeholder if any
   * @param name the Java name
   * @param doc the Javadoc, a sentence
   * @param nonIdempotent whether it is marked {@code @NonIdempotent} (never replayed)
   * @param requestLine the value of {@code @RequestLine}
   * @param params the path parameters in the path's order, then the query parameters in the
   *     query string's order
   * @param body the request body's type, or {@code null} for none
   * @param returns the response's type, {@code void} for none
   */
  public record Method(String operationId, String name, String doc, boolean nonIdempotent, String requestLine,
      List<ApiParam> params, @Nullable TypeName body, TypeName returns) {}

  /**
   * The Feign interfaces of a contract to which the overlay was applied.
   *
   * @param document the contract with its overlay
   * @return the interfaces, in the overlay's order
   */
  public static List<ApiModel> all(JsonNode document) {
    TypeMapper types = new TypeMapper(document);
    Map<String, ApiOperation> byId = ApiOperation.index(document);
    List<ApiModel> models = new ArrayList<>();
    for (JsonNode api : document.path(KEY)) {
      String name = Overlays.required(KEY, api, "class");
      String module = Overlays.required(name, api, "module");
      List<Method> methods = new ArrayList<>();
      Set<String> signatures = new HashSet<>();
      for (JsonNode m : api.path("methods")) {
        Method method = method(name, module, m, byId, document, types);
        List<String> erased = new ArrayList<>();
        method.params().forEach(p -> erased.add(erased(p.type())));
        if (method.body() != null) {
          erased.add(erased(method.body()));
        }
        String signature = method.name() + "(" + String.join(", ", erased) + ")";
        if (!signatures.add(signature)) {
          throw new IllegalArgumentException(name + ": two methods " + signature);
        }
        methods.add(method);
      }
      if (methods.isEmpty()) {
        throw new IllegalArgumentException(name + ": " + KEY + ".methods is missing");
      }
      models.add(new ApiModel(module, ClassName.get(Overlays.required(name, api, "package"), name),
          Overlays.required(name, api, "javadoc").strip(), List.copyOf(methods)));
    }
    return models;
  }

  private static Method method(String owner, String module, JsonNode m, Map<String, ApiOperation> byId,
      JsonNode document, TypeMapper types) {
    String id = Overlays.required(owner, m, "operation");
    String name = Overlays.required(owner + "." + id, m, "name");
    String where = owner + "." + name;
    if (!SourceVersion.isName(name)) {
      throw new IllegalArgumentException(where + ": '" + name + "' cannot be a Java name");
    }
    ApiOperation op = ApiOperation.find(where, id, m.path("expand"), byId);
    List<ApiParam> params = new ArrayList<>(path(where, op));
    List<ApiParam> query = ApiQuery.read(where, op.operation(), m, document);
    params.addAll(query);
    Set<String> names = new HashSet<>();
    for (ApiParam p : params) {
      if (!names.add(p.name()) || "body".equals(p.name()) || !SourceVersion.isName(p.name())) {
        throw new IllegalArgumentException(where + ": parameter name " + p.name() + " is taken or invalid; give params."
            + p.wire() + ".name");
      }
    }
    String line = op.method() + " " + op.path() + (query.isEmpty() ? "" : query.stream()
        .map(p -> p.wire() + "={" + p.wire() + "}").collect(Collectors.joining("&", "?", "")));
    return new Method(id, name, m.path("doc").asText("{@code " + id + "}.").strip(),
        m.path("nonIdempotent").asBoolean(false), line, List.copyOf(params), body(where, module, op, m, types),
        returns(where, module, op, m, types));
  }

  /** The path parameters, each a {@code String}, in the path's order; each must be the contract's. */
  private static List<ApiParam> path(String where, ApiOperation op) {
    Set<String> declared = new HashSet<>();
    op.operation().path("parameters").forEach(p -> {
      if ("path".equals(p.path("in").asText())) {
        declared.add(p.path("name").asText());
      }
    });
    List<ApiParam> params = new ArrayList<>();
    for (String wire : op.pathParams()) {
      if (!declared.remove(wire) && !wire.equals(op.placeholder())) {
        throw new IllegalArgumentException(where + ": " + op.path() + " has {" + wire + "}, no parameter of "
            + op.id());
      }
      params.add(new ApiParam(wire, PropertyReader.camel(wire), ClassName.get(String.class), false, false));
    }
    if (!declared.isEmpty()) {
      throw new IllegalArgumentException(where + ": path parameters " + declared + " are not in " + op.path());
    }
    return params;
  }

  private static @Nullable TypeName body(String where, String module, ApiOperation op, JsonNode m, TypeMapper types) {
    if (m.has("body")) {
      return JavaType.parse(m.get("body").asText()).boxed();
    }
    JsonNode schema = op.operation().path("requestBody").path("content").path("application/json").path("schema");
    return schema.isMissingNode() ? null : mapped(where + " (request body)", "body", module, schema, types);
  }

  private static TypeName returns(String where, String module, ApiOperation op, JsonNode m, TypeMapper types) {
    if (m.has("returns")) {
      return JavaType.parse(m.get("returns").asText()).boxed();
    }
    for (String status : List.of("200", "201", "202", "204")) {
      JsonNode response = op.operation().path("responses").path(status);
      if (!response.isMissingNode()) {
        JsonNode schema = response.path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? TypeName.VOID : mapped(where + " (response)", "returns", module, schema, types);
      }
    }
    throw new IllegalArgumentException(where + ": " + op.id() + " has no 200, 201, 202 or 204 response");
  }

  /** The Java type of a body's schema; a union has none, the overlay giving it with {@code key}. */
  private static TypeName mapped(String where, String key, String module, JsonNode schema, TypeMapper types) {
    JsonNode s = TypeMapper.nonNull(schema);
    if (s.has("anyOf") || s.has("oneOf")) {
      throw new IllegalArgumentException(where + ": a union; give its Java type as " + key);
    }
    return types.map(module, where, schema).boxed();
  }

  private static String erased(TypeName type) {
    TypeName bare = type.withoutAnnotations();
    return (bare instanceof ParameterizedTypeName p ? p.rawType : bare).toString();
  }
}
