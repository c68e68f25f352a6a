package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A class of query parameters to generate, from the overlay's root {@code x-java-params}: the
 * optional query parameters of one or more operations (those with the same parameters), as an
 * immutable class with a builder. Every query parameter of those operations must be taken or
 * skipped, so that one the contract adds fails the generation until the overlay says which.
 *
 * @param module the folder of the owning Maven module
 * @param self the class
 * @param javadoc the class description, naming the operations
 * @param noneDoc what {@code none()} returns, a phrase; empty for no {@code none()}
 * @param operations the operation ids
 * @param params the parameters, in the overlay's order
 */
public record ParamsModel(
    String module, ClassName self, String javadoc, String noneDoc, List<String> operations, List<QueryParam> params) {
  private static final String KEY = "x-java-params";
  private static final String REF = "#/components/schemas/";

  /**
   * The parameter classes of a contract to which the overlay was applied.
   *
   * @param document the contract with its overlay
   * @return the classes, in the overlay's order
   */
  public static List<ParamsModel> all(JsonNode document) {
    TypeMapper types = new TypeMapper(document);
    Map<String, JsonNode> byId = operations(document);
    List<ParamsModel> models = new ArrayList<>();
    for (JsonNode c : document.path(KEY)) {
      String name = Overlays.required(KEY, c, "class");
      String module = Overlays.required(name, c, "module");
      List<String> ids = new ArrayList<>();
      c.path("operations").forEach(o -> ids.add(o.asText()));
      if (ids.isEmpty()) {
        throw new IllegalArgumentException(name + ": " + KEY + ".operations is missing");
      }
      Map<String, JsonNode> ops = new LinkedHashMap<>();
      for (String id : ids) {
        JsonNode op = byId.get(id);
        if (op == null) {
          throw new IllegalArgumentException(name + ": no operation " + id + " in the contract");
        }
        ops.put(id, op);
      }
      Set<String> skip = new HashSet<>();
      c.path("skip").forEach(s -> skip.add(s.asText()));
      List<QueryParam> params = new ArrayList<>();
      Set<String> javaNames = new HashSet<>();
      c.path("parameters").fields().forEachRemaining(e -> {
        JsonNode parameter = parameter(name, ops, e.getKey());
        QueryParam p = QueryParam.read(module, name, e.getKey(), parameter, schema(document, name, ops, e.getKey()),
            e.getValue(), types);
        if (!javaNames.add(p.name())) {
          throw new IllegalArgumentException(name + ": two parameters named " + p.name());
        }
        params.add(p);
      });
      if (params.isEmpty()) {
        throw new IllegalArgumentException(name + ": " + KEY + ".parameters is missing");
      }
      Set<String> taken = new HashSet<>();
      c.path("parameters").fieldNames().forEachRemaining(taken::add);
      covered(document, name, ops, taken, skip);
      String pkg = Overlays.required(name, c, "package");
      String list = ids.stream().map(id -> "{@code " + id + "}").collect(Collectors.joining(", "));
      models.add(new ParamsModel(
          module,
          ClassName.get(pkg, name),
          Overlays.required(name, c, "javadoc").strip() + "\n\n<p>Contract operation" + (ids.size() > 1 ? "s " : " ")
              + list + ".",
          c.path("none").asText("").strip(),
          List.copyOf(ids),
          List.copyOf(params)));
    }
    return models;
  }

  /** Every operation by its id. */
  static Map<String, JsonNode> operations(JsonNode document) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    document.path("paths").forEach(path -> path.forEach(op -> {
      if (op.has("operationId")) {
        byId.put(op.get("operationId").asText(), op);
      }
    }));
    return byId;
  }

  /** The contract's parameter that holds a wire name, the same in every operation. */
  private static JsonNode parameter(String owner, Map<String, JsonNode> ops, String wire) {
    String top = wire.contains(".") ? wire.substring(0, wire.indexOf('.')) : wire;
    JsonNode first = null;
    for (Map.Entry<String, JsonNode> op : ops.entrySet()) {
      JsonNode found = null;
      for (JsonNode p : op.getValue().path("parameters")) {
        if (top.equals(p.path("name").asText()) && "query".equals(p.path("in").asText())) {
          found = p;
        }
      }
      if (found == null) {
        throw new IllegalArgumentException(owner + ": " + op.getKey() + " has no query parameter " + top);
      }
      if (first != null && !first.equals(found)) {
        throw new IllegalArgumentException(owner + ": query parameter " + top + " differs between operations");
      }
      first = found;
    }
    return first;
  }

  /** The schema of a wire name's values: the parameter's, or a property of its object schema. */
  private static JsonNode schema(JsonNode document, String owner, Map<String, JsonNode> ops, String wire) {
    JsonNode parameter = parameter(owner, ops, wire);
    JsonNode schema = parameter.has("schema")
        ? parameter.get("schema")
        : parameter.path("content").path("application/json").path("schema");
    if (schema.isMissingNode()) {
      throw new IllegalArgumentException(owner + "." + wire + ": no schema (nor content application/json)");
    }
    if (!wire.contains(".")) {
      return schema;
    }
    JsonNode property = object(document, schema).path("properties").path(wire.substring(wire.indexOf('.') + 1));
    if (property.isMissingNode()) {
      throw new IllegalArgumentException(owner + "." + wire + ": no such property of the parameter's schema");
    }
    return property;
  }

  private static JsonNode object(JsonNode document, JsonNode schema) {
    String ref = TypeMapper.nonNull(schema).path("$ref").asText("");
    return ref.startsWith(REF) ? document.path("components").path("schemas").path(ref.substring(REF.length())) : schema;
  }

  /** Fails naming a query parameter of an operation that is neither taken nor skipped. */
  private static void covered(JsonNode document, String owner, Map<String, JsonNode> ops, Set<String> taken,
      Set<String> skip) {
    Set<String> seen = new HashSet<>();
    ops.forEach((id, op) -> op.path("parameters").forEach(p -> {
      if (!"query".equals(p.path("in").asText())) {
        return;
      }
      String name = p.path("name").asText();
      List<String> wires = new ArrayList<>();
      object(document, p.path("schema")).path("properties").fieldNames().forEachRemaining(f -> wires.add(name + "." + f));
      if (wires.isEmpty() || taken.contains(name) || skip.contains(name)) {
        wires.clear();
        wires.add(name);
      }
      for (String wire : wires) {
        seen.add(wire);
        if (!taken.contains(wire) && !skip.contains(wire)) {
          throw new IllegalArgumentException(owner + ": query parameter " + wire + " of " + id
              + " is neither in " + KEY + ".parameters nor in skip");
        }
      }
    }));
    for (String s : skip) {
      if (!seen.contains(s)) {
        throw new IllegalArgumentException(owner + ": skip names " + s + ", which no operation has");
      }
    }
  }
}
