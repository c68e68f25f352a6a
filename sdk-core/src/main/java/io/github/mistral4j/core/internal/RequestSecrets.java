package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the secret values a request carries, so that they can be scrubbed from server text that
 * quotes them back (error messages, echoed inputs).
 */
final class RequestSecrets {
  /** A request header outside the allow-list and without a secret-sounding name: its value is scrubbed from this length. */
  private static final int MIN_PLAIN_HEADER_SECRET = 8;
  /** Shorter values are not treated as secrets: scrubbing them would mangle ordinary text. */
  private static final int MIN_SECRET = 4;

  private RequestSecrets() {}

  /**
   * The secret values of a request: the values of its secret headers (and the API key of its
   * {@code Authorization} header), the values of at least 8 characters of every other header whose
   * value is not logged, and every value {@link SecretJson#mask(JsonNode)} would hide in its JSON
   * body.
   *
   * @param request the request as sent
   * @param mapper parser for the body
   * @return the secrets, longest first
   */
  static List<String> of(Request request, ObjectMapper mapper) {
    Set<String> secrets = new HashSet<>();
    request.headers().forEach((name, values) -> {
      if (SecretHeaders.isSecret(name)) {
        for (String v : values) {
          secrets.add(v);
          int space = v.indexOf(' ');
          if (space > 0) {
            secrets.add(v.substring(space + 1).trim());
          }
        }
      } else if (!SecretHeaders.isLoggable(name)) {
        // never logged, so never shown: a header set by the user under a harmless name may hold a secret
        for (String v : values) {
          if (v.length() >= MIN_PLAIN_HEADER_SECRET) {
            secrets.add(v);
          }
        }
      }
    });
    byte[] body = request.body();
    if (body != null && body.length > 0) {
      try {
        JsonNode tree = mapper.readTree(body);
        if (tree != null) {
          collectMasked(tree, SecretJson.mask(tree), secrets);
        }
      } catch (IOException e) {
        // not JSON: nothing to collect
      }
    }
    secrets.removeIf(v -> v.length() < MIN_SECRET || v.equals(SecretMasker.MASK));
    List<String> ordered = new ArrayList<>(secrets);
    ordered.sort((a, b) -> b.length() - a.length());
    return ordered;
  }

  /** Adds to {@code out} the original values of {@code original} that {@code masked} replaced by the mask. */
  static void collectMasked(JsonNode original, JsonNode masked, Set<String> out) {
    if (!original.isValueNode() && masked.isTextual() && SecretMasker.MASK.equals(masked.textValue())) {
      collectLeaves(original, out); // a whole object or array was masked
      return;
    }
    if (original.isValueNode()) {
      if (masked.isTextual() && SecretMasker.MASK.equals(masked.textValue()) && !original.isNull()) {
        out.add(original.asText());
      }
      return;
    }
    if (original.isObject()) {
      JsonMaps.fieldsOf(original).forEach(e -> {
        JsonNode m = masked.get(e.getKey());
        if (m != null) {
          collectMasked(e.getValue(), m, out);
        }
      });
    } else if (original.isArray()) {
      for (int i = 0; i < original.size() && i < masked.size(); i++) {
        collectMasked(original.get(i), masked.get(i), out);
      }
    }
  }

  private static void collectLeaves(JsonNode node, Set<String> out) {
    if (node.isValueNode()) {
      if (!node.isNull()) {
        out.add(node.asText());
      }
    } else {
      node.elements().forEachRemaining(child -> collectLeaves(child, out));
    }
  }
}
