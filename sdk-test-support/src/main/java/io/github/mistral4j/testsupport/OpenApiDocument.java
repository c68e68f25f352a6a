package io.github.mistral4j.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The OpenAPI contract as a JSON tree, with the look-ups contract-coverage tests need. */
public final class OpenApiDocument {
  private static final Map<Path, OpenApiDocument> CACHE = new ConcurrentHashMap<>();
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

  private final JsonNode root;

  private OpenApiDocument(JsonNode root) {
    this.root = root;
  }

  /** The contract found by {@link SharedContract#requireSpec()} (skips the test when absent). */
  public static OpenApiDocument load() {
    return load(SharedContract.requireSpec());
  }

  /** Loads (once) the document at a path. */
  public static OpenApiDocument load(Path path) {
    return CACHE.computeIfAbsent(
        path.toAbsolutePath().normalize(),
        p -> {
          try {
            return new OpenApiDocument(new ObjectMapper(new YAMLFactory()).readTree(p.toFile()));
          } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + p, e);
          }
        });
  }

  /** The whole document. */
  public JsonNode root() {
    return root;
  }

  /** One operation of the document. */
  public record Operation(String method, String path, String operationId, JsonNode node) {
    /** The operation's parameter names of one location ({@code path}, {@code query}). */
    public List<String> parameters(String in) {
      List<String> out = new ArrayList<>();
      for (JsonNode p : node.path("parameters")) {
        if (in.equals(p.path("in").asText())) {
          out.add(p.path("name").asText());
        }
      }
      return out;
    }

    /** The path without a {@code #fragment} the document uses to tell operations apart. */
    public String cleanPath() {
      int hash = path.indexOf('#');
      return hash < 0 ? path : path.substring(0, hash);
    }
  }

  /** Every operation carrying the tag, in document order. */
  public List<Operation> operations(String tag) {
    return all().stream().filter(op -> hasTag(op, tag)).toList();
  }

  /** Every operation of the document, whatever its tags, in document order. */
  public List<Operation> all() {
    List<Operation> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : METHODS) {
        JsonNode op = path.getValue().get(method);
        if (op == null) {
          continue;
        }
        out.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path.getKey(), op.path("operationId").asText(), op));
      }
    }
    return out;
  }

  private static boolean hasTag(Operation op, String tag) {
    for (JsonNode t : op.node().path("tags")) {
      if (tag.equals(t.asText())) {
        return true;
      }
    }
    return false;
  }

  /** A schema of {@code components.schemas}. */
  public JsonNode schema(String name) {
    JsonNode s = root.path("components").path("schemas").path(name);
    if (s.isMissingNode()) {
      throw new IllegalArgumentException("No schema " + name + " in the contract");
    }
    return s;
  }

  /** The names of a schema's own properties. */
  public Set<String> properties(String schema) {
    Set<String> out = new LinkedHashSet<>();
    schema(schema).path("properties").fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** The names of every schema in {@code components.schemas}. */
  public Set<String> schemaNames() {
    Set<String> out = new LinkedHashSet<>();
    root.path("components").path("schemas").fieldNames().forEachRemaining(out::add);
    return out;
  }

  /**
   * Every schema name reachable from a schema through {@code $ref}, the schema itself included.
   */
  public Set<String> reachableSchemas(String schema) {
    Set<String> seen = new LinkedHashSet<>();
    collect(schema(schema), seen);
    seen.add(schema);
    return seen;
  }

  /** Every schema name reachable from an operation's request body and responses. */
  public Set<String> reachableSchemas(Operation op) {
    Set<String> seen = new LinkedHashSet<>();
    collect(op.node(), seen);
    return seen;
  }

  private void collect(JsonNode node, Set<String> seen) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith("#/components/schemas/")) {
        String name = ref.asText().substring("#/components/schemas/".length());
        if (seen.add(name)) {
          collect(schema(name), seen);
        }
      }
      node.elements().forEachRemaining(child -> collect(child, seen));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collect(child, seen));
    }
  }
}
