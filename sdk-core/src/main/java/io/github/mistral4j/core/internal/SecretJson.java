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

/**
 * Masks the secrets of JSON documents: the values of secret members (tokens, client secrets,
 * passwords, API keys) at any depth, and every value below header maps and authorization objects
 * (except a {@code type}).
 */
final class SecretJson {
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

  private SecretJson() {}

  /**
   * Whether a JSON member holds a secret.
   *
   * @param name member name, any case
   * @return true for tokens, client secrets, passwords and API keys
   */
  static boolean isSecretMember(String name) {
    return SECRET_MEMBERS.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * A JSON body as it may be shown.
   *
   * @param mapper parser
   * @param body raw body
   * @return the masked JSON, or a size note when the body is not JSON (it could not be masked)
   */
  static String maskBody(ObjectMapper mapper, byte[] body) {
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
   * A copy of a JSON tree with secrets replaced by {@link SecretMasker#MASK}.
   *
   * @param node any JSON
   * @return the masked copy
   */
  static JsonNode mask(JsonNode node) {
    JsonNode copy = node.deepCopy();
    maskInPlace(copy, false);
    return copy;
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
          field.setValue(TextNode.valueOf(SecretMasker.MASK));
        } else if (value.isValueNode() && !value.isNull() && (allLeaves && !name.equals("type") || isAllSecret(name))) {
          field.setValue(TextNode.valueOf(SecretMasker.MASK));
        } else {
          maskInPlace(value, allLeaves || isAllSecret(name));
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        if (allLeaves && item.isValueNode() && !item.isNull()) {
          array.set(i, TextNode.valueOf(SecretMasker.MASK));
        } else {
          maskInPlace(item, allLeaves);
        }
      }
    }
  }
}
