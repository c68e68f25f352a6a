package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies an OpenAPI Overlay 1.0 document ({@code overlay: 1.0.0}, {@code info}, {@code actions})
 * to a contract, in place.
 *
 * <p>Supported, and nothing else: actions with {@code update} (no {@code remove}) whose {@code
 * target} is {@code $.components.schemas.NAME} (a schema by name) or {@code $} (the document's root,
 * for the SDK's own root keys such as {@code x-java-unions}). An update is merged as the
 * specification says: objects recursively, arrays appended, other values replaced. Unlike the
 * specification, a target that matches nothing is an error, so that a schema renamed in the
 * contract cannot silently drop its mapping.
 */
public final class OverlayApplier {
  private static final Pattern SCHEMA = Pattern.compile("\\$\\.components\\.schemas\\.([A-Za-z0-9_-]+)");

  private OverlayApplier() {}

  /**
   * Applies every action of the overlay to the document.
   *
   * @param document the contract, changed in place
   * @param overlay the overlay document
   */
  public static void apply(ObjectNode document, JsonNode overlay) {
    if (!overlay.path("overlay").asText().startsWith("1.0")) {
      throw new IllegalArgumentException("not an Overlay 1.0 document: overlay=" + overlay.path("overlay"));
    }
    for (JsonNode action : overlay.path("actions")) {
      String target = action.path("target").asText();
      if (action.has("remove")) {
        throw new IllegalArgumentException(target + ": remove actions are not supported");
      }
      JsonNode update = action.get("update");
      if (!(update instanceof ObjectNode)) {
        throw new IllegalArgumentException(target + ": the update must be a mapping");
      }
      merge(resolve(document, target), (ObjectNode) update);
    }
  }

  private static ObjectNode resolve(ObjectNode document, String target) {
    if ("$".equals(target)) {
      return document;
    }
    Matcher m = SCHEMA.matcher(target);
    if (!m.matches()) {
      throw new IllegalArgumentException("unsupported target " + target + " (only $ and $.components.schemas.NAME)");
    }
    JsonNode schema = document.path("components").path("schemas").get(m.group(1));
    if (!(schema instanceof ObjectNode)) {
      throw new IllegalArgumentException(target + ": no such schema in the contract");
    }
    return (ObjectNode) schema;
  }

  private static void merge(ObjectNode into, ObjectNode update) {
    for (Iterator<Map.Entry<String, JsonNode>> it = update.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode existing = into.get(e.getKey());
      if (existing instanceof ObjectNode && e.getValue() instanceof ObjectNode) {
        merge((ObjectNode) existing, (ObjectNode) e.getValue());
      } else if (existing instanceof ArrayNode && e.getValue() instanceof ArrayNode) {
        ((ArrayNode) existing).addAll((ArrayNode) e.getValue());
      } else {
        into.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }
}
