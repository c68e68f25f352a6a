package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Masks secrets in headers and JSON bodies before they are logged. */
public final class SecretMasker {
  /** What a masked value is replaced with. */
  public static final String MASK = "****";

  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key");
  private static final Set<String> SECRET_MEMBERS =
      Set.of(
          "access_token",
          "refresh_token",
          "id_token",
          "bearer_token",
          "client_secret",
          "api_key",
          "apikey",
          "password",
          "secret",
          "token",
          "connection_secrets",
          "connection_credentials",
          "oauth2_metadata_secrets");
  /** Members whose every value is secret (header maps, authorization objects), except a {@code type}. */
  private static final Set<String> ALL_SECRET_MEMBERS = Set.of("headers", "global_headers", "authorization");

  private SecretMasker() {}

  /**
   * Whether a header's value must never be shown.
   *
   * @param name header name, any case
   * @return true for authorization, cookies and any name mentioning a key, token, secret or
   *     credential
   */
  public static boolean isSecretHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return SECRET_HEADERS.contains(n)
        || n.contains("token")
        || n.contains("secret")
        || n.contains("key")
        || n.contains("credential")
        || n.contains("auth");
  }

  /**
   * The header value as it may be shown.
   *
   * @param name header name
   * @param value header value
   * @return the value, or {@link #MASK} for a secret header
   */
  public static String headerValue(String name, String value) {
    return isSecretHeader(name) ? MASK : value;
  }

  /**
   * Whether a JSON member holds a secret.
   *
   * @param name member name, any case
   * @return true for tokens, client secrets, passwords and API keys
   */
  public static boolean isSecretMember(String name) {
    return SECRET_MEMBERS.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * A JSON body as it may be shown: secret members and header values replaced by {@link #MASK}.
   *
   * @param mapper parser
   * @param body raw body
   * @return the masked JSON, or a size note when the body is not JSON (it could not be masked)
   */
  public static String maskJsonBody(ObjectMapper mapper, byte[] body) {
    if (body.length == 0) {
      return "";
    }
    try {
      JsonNode tree = mapper.readTree(body);
      if (tree == null) {
        return "";
      }
      return mapper.writeValueAsString(mask(tree));
    } catch (IOException e) {
      return "<" + body.length + " bytes, not JSON: not shown>";
    }
  }

  /**
   * A copy of a JSON tree with secrets masked.
   *
   * @param node any JSON
   * @return the masked copy
   */
  public static JsonNode mask(JsonNode node) {
    JsonNode copy = node.deepCopy();
    maskInPlace(copy, false);
    return copy;
  }

  /**
   * The secret values a request carries: the API key of its {@code Authorization} header and every
   * value {@link #mask(JsonNode)} would hide in its JSON body. Used to scrub them from server text
   * that quotes them back (error messages, echoed inputs).
   *
   * @param request the request as sent
   * @param mapper parser for the body
   * @return the secrets, longest first
   */
  public static java.util.List<String> secretsOf(feign.Request request, ObjectMapper mapper) {
    java.util.Set<String> secrets = new java.util.HashSet<>();
    request.headers().forEach((name, values) -> {
      if (isSecretHeader(name)) {
        for (String v : values) {
          secrets.add(v);
          int space = v.indexOf(' ');
          if (space > 0) {
            secrets.add(v.substring(space + 1).trim());
          }
        }
      }
    });
    byte[] body = request.body();
    if (body != null && body.length > 0) {
      try {
        JsonNode tree = mapper.readTree(body);
        if (tree != null) {
          collectMasked(tree, mask(tree), secrets);
        }
      } catch (IOException e) {
        // not JSON: nothing to collect
      }
    }
    secrets.removeIf(v -> v.length() < 4 || v.equals(MASK));
    java.util.List<String> ordered = new java.util.ArrayList<>(secrets);
    ordered.sort((a, b) -> b.length() - a.length());
    return ordered;
  }

  /**
   * Replaces every occurrence of the given secrets in a text with {@link #MASK}.
   *
   * @param text any text
   * @param secrets values to hide, longest first
   * @return the scrubbed text
   */
  public static String scrub(String text, java.util.List<String> secrets) {
    String out = text;
    for (String secret : secrets) {
      if (out.contains(secret)) {
        out = out.replace(secret, MASK);
      }
    }
    return out;
  }

  private static void collectMasked(JsonNode original, JsonNode masked, java.util.Set<String> out) {
    if (!original.isValueNode() && masked.isTextual() && MASK.equals(masked.textValue())) {
      collectLeaves(original, out); // a whole object or array was masked
      return;
    }
    if (original.isValueNode()) {
      if (masked.isTextual() && MASK.equals(masked.textValue()) && !original.isNull()) {
        out.add(original.asText());
      }
      return;
    }
    if (original.isObject()) {
      original.properties().forEach(e -> {
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

  private static void collectLeaves(JsonNode node, java.util.Set<String> out) {
    if (node.isValueNode()) {
      if (!node.isNull()) {
        out.add(node.asText());
      }
    } else {
      node.elements().forEachRemaining(child -> collectLeaves(child, out));
    }
  }

  private static boolean isAllSecret(String member) {
    return ALL_SECRET_MEMBERS.contains(member.toLowerCase(Locale.ROOT));
  }

  private static void maskInPlace(JsonNode node, boolean allLeaves) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = field.getKey();
        JsonNode value = field.getValue();
        if (isSecretMember(name) && !value.isNull() && !value.isBoolean()) {
          field.setValue(TextNode.valueOf(MASK));
        } else if (value.isValueNode() && !value.isNull() && (allLeaves && !name.equals("type") || isAllSecret(name))) {
          field.setValue(TextNode.valueOf(MASK));
        } else {
          maskInPlace(value, allLeaves || isAllSecret(name));
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        if (allLeaves && item.isValueNode() && !item.isNull()) {
          array.set(i, TextNode.valueOf(MASK));
        } else {
          maskInPlace(item, allLeaves);
        }
      }
    }
  }
}
