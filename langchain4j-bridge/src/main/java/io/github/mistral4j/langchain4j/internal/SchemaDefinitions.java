package io.github.mistral4j.langchain4j.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the local {@code $ref}s of one tool schema: {@code #} plus a JSON pointer, such as
 * {@code #/$defs/Block}, {@code #/definitions/Args}, {@code #/properties/node} or {@code #} for
 * the root. Remote references and plain-name anchors do not resolve.
 */
final class SchemaDefinitions {
  private final JsonNode root;

  SchemaDefinitions(JsonNode root) {
    this.root = root;
  }

  /**
   * A local reference as {@code #} plus a decoded JSON pointer, or {@code null} if not local.
   *
   * @param ref the {@code $ref} value
   * @return the canonical form, or {@code null}
   */
  @Nullable String canonicalRef(String ref) {
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

  /**
   * The sub-schema a canonical reference points at, or {@code null}.
   *
   * @param canonical a reference from {@link #canonicalRef(String)}
   * @return the target, or {@code null}
   */
  @Nullable JsonNode target(String canonical) {
    try {
      JsonNode node = root.at(JsonPointer.compile(canonical.substring(1)));
      return node.isMissingNode() ? null : node;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * How a definition is named in words: its {@code title}, else the last segment of its pointer,
   * else "argument object" for the root.
   *
   * @param canonical the canonical reference
   * @param target what it points at
   * @return the name
   */
  static String displayName(String canonical, JsonNode target) {
    JsonNode title = target.get("title");
    if (title != null && title.isTextual() && !title.textValue().isBlank()) {
      return SafeName.of(title.textValue());
    }
    String pointer = canonical.substring(1);
    if (pointer.isEmpty()) {
      return "argument object";
    }
    String last = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    return SafeName.of(last);
  }

  /** Names shown to a model: printable, at most 64 characters. */
  private static final class SafeName {
    private SafeName() {}

    static String of(String name) {
      StringBuilder b = new StringBuilder();
      name.codePoints().limit(64).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
      String out = b.toString().strip();
      return out.isEmpty() ? "definition" : out;
    }
  }
}
