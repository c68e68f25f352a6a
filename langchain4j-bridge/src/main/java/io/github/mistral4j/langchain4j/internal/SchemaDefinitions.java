package io.github.mistral4j.langchain4j.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.core.internal.JsonMaps;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the local {@code $ref}s of one tool schema to named definitions. LangChain4j writes
 * every reference as {@code #/$defs/<name>}, so each referenced sub-schema gets a name: the root's
 * {@code $defs} and {@code definitions} keep theirs (made safe for a JSON pointer), and a pointer
 * anywhere else ({@code #}, {@code #/properties/node}) is hoisted under a name derived from its last
 * segment. Recursion needs no special care: a reference is a name, never an expansion. A
 * definition is converted only once something references it, so unused ones are dropped.
 */
final class SchemaDefinitions {
  /** A definition waiting to be converted. */
  record Pending(String name, JsonNode node, String path) {}

  private final JsonNode root;
  private final Map<String, String> nameByRef = new HashMap<>();
  private final Map<String, Pending> declared = new HashMap<>();
  private final Set<String> names = new HashSet<>();
  private final Deque<Pending> pending = new ArrayDeque<>();

  SchemaDefinitions(JsonNode root) {
    this.root = root;
    registerAll("$defs");
    registerAll("definitions");
  }

  private void registerAll(String keyword) {
    JsonNode defs = root.get(keyword);
    if (defs == null || !defs.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : JsonMaps.fieldsOf(defs)) {
      String pointer = "/" + keyword + "/" + escape(e.getKey());
      String name = uniqueName(e.getKey());
      nameByRef.put("#" + pointer, name);
      declared.put(name, new Pending(name, e.getValue(), pointer));
    }
  }

  /**
   * The definition name a reference resolves to, registering a hoisted definition on first use,
   * or {@code null} when the reference is not local or points at nothing.
   */
  @Nullable String nameFor(String ref) {
    String canonical = canonical(ref);
    if (canonical == null) {
      return null;
    }
    String known = nameByRef.get(canonical);
    if (known != null) {
      Pending first = declared.remove(known);
      if (first != null) {
        pending.add(first);
      }
      return known;
    }
    JsonNode target = at(canonical);
    if (target == null) {
      return null;
    }
    String pointer = canonical.substring(1);
    String hint = pointer.isEmpty() ? "root" : pointer.substring(pointer.lastIndexOf('/') + 1);
    return register(canonical, unescape(hint), target, pointer);
  }

  /** The sub-schema a local reference points at, or {@code null}. */
  @Nullable JsonNode target(String ref) {
    String canonical = canonical(ref);
    return canonical == null ? null : at(canonical);
  }

  /** The node itself, or what its chain of {@code $ref}s points at; {@code null} if it breaks. */
  @Nullable JsonNode deref(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; current.has("$ref") && hops < SchemaNodes.MAX_DEPTH; hops++) {
      current = target(current.path("$ref").asText());
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  /** The next definition to convert, or {@code null} when all are done. */
  @Nullable Pending poll() {
    return pending.poll();
  }

  private String register(String canonical, String hint, JsonNode node, String pointer) {
    String name = uniqueName(hint);
    nameByRef.put(canonical, name);
    pending.add(new Pending(name, node, pointer));
    return name;
  }

  private String uniqueName(String hint) {
    StringBuilder b = new StringBuilder();
    hint.codePoints()
        .forEach(c -> b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.') ? (char) c : '_'));
    String base = b.length() == 0 ? "def" : b.toString();
    String name = base;
    for (int i = 2; !names.add(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }

  private @Nullable JsonNode at(String canonical) {
    try {
      JsonNode node = root.at(JsonPointer.compile(canonical.substring(1)));
      return node.isMissingNode() ? null : node;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A local reference as {@code #} plus a decoded JSON pointer, or {@code null} if not local. */
  private static @Nullable String canonical(String ref) {
    if (!ref.startsWith("#")) {
      return null;
    }
    String fragment = ref.substring(1);
    if (fragment.contains("%")) {
      try {
        fragment = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    if (!fragment.isEmpty() && !fragment.startsWith("/")) {
      return null; // a plain-name anchor, which tool schemas do not use
    }
    return "#" + fragment;
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  private static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }
}
