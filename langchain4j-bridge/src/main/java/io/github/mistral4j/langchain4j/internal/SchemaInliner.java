package io.github.mistral4j.langchain4j.internal;

import static io.github.mistral4j.langchain4j.internal.SchemaNodes.ANNOTATIONS;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.NODES;
import static io.github.mistral4j.langchain4j.internal.SchemaNodes.isObjectLike;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.core.internal.JsonMaps;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Makes a tool schema self-contained, so that it needs no {@code $defs} (model integrations such
 * as LangChain4j's Mistral one send only the root's {@code properties} and {@code required}): each
 * local {@code $ref} is replaced by a copy of what it points at. A recursive reference is unfolded
 * {@link #UNFOLDS} times inside itself; below that it becomes an open schema (an object, for an
 * object definition) whose description says what belongs there. A reference that resolves to
 * nothing accepts any value. {@code $defs} and {@code definitions} are removed everywhere. The
 * input is never modified; a schema with nothing to inline is returned as it is, not copied.
 */
final class SchemaInliner {
  /** How many times a recursive definition is expanded inside itself. */
  static final int UNFOLDS = 2;

  /** The most nodes inlining may copy; past that, references become open schemas. */
  static final int MAX_NODES = 50_000;


  private final SchemaDefinitions definitions;
  private final BiConsumer<String, String> fallback;
  private final Set<String> reported = new HashSet<>();
  private int copied;

  private SchemaInliner(JsonNode root, BiConsumer<String, String> fallback) {
    this.definitions = new SchemaDefinitions(root);
    this.fallback = fallback;
  }

  /**
   * The schema with every local reference replaced by what it points at.
   *
   * @param root the tool's input schema (not modified)
   * @param fallback told (JSON pointer, reason) about every reference that could not be inlined
   *     as it is
   * @return the self-contained schema: {@code root} itself when it has nothing to inline (do not
   *     modify it), else a new tree
   */
  static JsonNode inline(JsonNode root, BiConsumer<String, String> fallback) {
    return hasWorkFor(root) ? copy(root, fallback) : root;
  }

  /** Like {@link #inline}, but always a new tree: the walk {@link #inline} skips when it would only copy. */
  static JsonNode copy(JsonNode root, BiConsumer<String, String> fallback) {
    return new SchemaInliner(root, fallback).walk(root, "", List.of("#"));
  }

  /**
   * Whether the walk would change anything: a string {@code $ref} or a {@code $defs} or {@code
   * definitions} where it looks for them. Most tool schemas have neither, and the walk would only
   * copy them.
   */
  static boolean hasWorkFor(JsonNode node) {
    if (node.isArray()) {
      for (JsonNode item : node) {
        if (hasWorkFor(item)) {
          return true;
        }
      }
      return false;
    }
    if (!node.isObject()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> e : JsonMaps.fieldsOf(node)) {
      String key = e.getKey();
      JsonNode value = e.getValue();
      if (key.equals("$ref") ? value.isTextual() : key.equals("$defs") || key.equals("definitions")) {
        return true;
      }
      if (value.isContainerNode() && !isData(key) && hasWorkFor(value)) {
        return true;
      }
    }
    return false;
  }

  private JsonNode walk(JsonNode node, String path, List<String> expanding) {
    copied++;
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      for (int i = 0; i < node.size(); i++) {
        out.add(walk(node.get(i), path + "/" + i, expanding));
      }
      return out;
    }
    if (!node.isObject()) {
      return node.deepCopy();
    }
    JsonNode ref = node.get("$ref");
    if (ref != null && ref.isTextual()) {
      return reference((ObjectNode) node, ref.textValue(), path, expanding);
    }
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> e : JsonMaps.fieldsOf(node)) {
      String key = e.getKey();
      if (key.equals("$defs") || key.equals("definitions")) {
        continue;
      }
      out.set(key, isData(key) ? e.getValue().deepCopy() : walk(e.getValue(), path + "/" + key, expanding));
    }
    return out;
  }

  /** Whether a keyword's value is data, not schemas: copied as it is. */
  private static boolean isData(String key) {
    return switch (key) {
      case "enum", "const", "default", "examples", "example" -> true;
      default -> false;
    };
  }

  private JsonNode reference(ObjectNode node, String ref, String path, List<String> expanding) {
    ObjectNode siblings = node.deepCopy();
    siblings.remove("$ref");
    String canonical = definitions.canonicalRef(ref);
    JsonNode target = canonical == null ? null : definitions.target(canonical);
    if (target == null) {
      fallback.accept(path, "$ref '" + ref + "' is not a local reference that resolves; any value accepted");
      return walk(siblings, path, expanding);
    }
    JsonNode inlined;
    if (Collections.frequency(expanding, canonical) >= UNFOLDS) {
      inlined = openEnd(target, canonical, path, "is recursive: unfolded " + UNFOLDS + " levels");
    } else if (copied > MAX_NODES) {
      inlined = openEnd(target, canonical, path, "makes the schema too large to inline");
    } else {
      List<String> deeper = new ArrayList<>(expanding);
      deeper.add(canonical);
      inlined = walk(target, path, deeper);
    }
    return withSiblings(inlined, walk(siblings, path, expanding));
  }

  /** Where a reference is not expanded: an open schema saying, in words, what goes there. */
  private JsonNode openEnd(JsonNode target, String canonical, String path, String why) {
    String name = SchemaDefinitions.displayName(canonical, target);
    boolean object = isObject(target);
    if (reported.add(canonical)) {
      fallback.accept(path, "$ref '" + canonical + "' " + why + "; deeper levels accept any "
          + (object ? "object" : "value") + ", described in words");
    }
    ObjectNode open = NODES.objectNode();
    if (object) {
      open.put("type", "object");
      open.put("description", "A further " + name + ": an object of the same shape as the " + name
          + " that contains it (not expanded here).");
    } else {
      open.put("description", "A further " + name + ", of the same shape as the " + name
          + " that contains it (not expanded here).");
    }
    return open;
  }

  /** Whether a definition only ever accepts objects (a union of several types does not). */
  private static boolean isObject(JsonNode target) {
    JsonNode type = target.get("type");
    if (type != null) {
      return type.isTextual() && type.textValue().equals("object");
    }
    return isObjectLike(target) && SchemaNodes.inferType(target) != null
        && !target.has("anyOf") && !target.has("oneOf") && !target.has("allOf");
  }

  /**
   * A reference with other keywords beside it: annotations (description, title, default) of the
   * referring site win over the target's; any other keyword makes an {@code allOf} of both, as
   * JSON Schema 2019-09 and later read it.
   */
  private static JsonNode withSiblings(JsonNode inlined, JsonNode siblings) {
    if (siblings.isEmpty()) {
      return inlined;
    }
    boolean annotationsOnly = true;
    for (String key : (Iterable<String>) siblings::fieldNames) {
      annotationsOnly &= ANNOTATIONS.contains(key) || SchemaDescriptions.isFolded(key) || key.startsWith("x-");
    }
    if (annotationsOnly && inlined.isObject()) {
      ObjectNode merged = ((ObjectNode) inlined).deepCopy();
      siblings.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
      return merged;
    }
    ObjectNode all = ((ObjectNode) siblings).deepCopy();
    JsonNode branches = all.get("allOf");
    (branches instanceof ArrayNode array ? array : all.putArray("allOf")).add(inlined);
    return all;
  }
}
