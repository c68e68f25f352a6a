package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An object model to generate: an object schema of the contract with an {@code x-java} mapping
 * from the overlay. See {@code contract/overlay.yaml} for the keys.
 *
 * @param schema the contract's schema name
 * @param module the folder of the owning Maven module
 * @param self the class
 * @param javadoc the class description
 * @param properties the properties, in the contract's order
 * @param interfaces the interfaces the class implements
 * @param validator a static method {@code Type.method} called with each built object, or empty
 * @param factories static factory methods
 * @param patch whether it is a PATCH request whose optional fields are tri-state
 */
public record ObjectModel(
    String schema,
    String module,
    ClassName self,
    String javadoc,
    List<Property> properties,
    List<ClassName> interfaces,
    String validator,
    List<Factory> factories,
    boolean patch) {

  /**
   * A static factory: builds the object from some properties, with others set to fixed values.
   *
   * @param name the method name
   * @param javadoc what it makes
   * @param params the properties it takes, by JSON name, in order
   * @param fixed Java expressions for other properties, by JSON name
   */
  public record Factory(String name, String javadoc, List<String> params, Map<String, String> fixed) {}

  /** {@return the discriminator property, if any} */
  public Optional<Property> discriminator() {
    return properties.stream().filter(p -> p.constant() != null).findFirst();
  }

  /**
   * The object models of a contract to which the overlay was applied, in the contract's order.
   *
   * @param document the contract with its overlay
   * @return the object schemas with an {@code x-java} class
   */
  public static List<ObjectModel> all(JsonNode document) {
    TypeMapper types = new TypeMapper(document);
    Set<String> requests = requestBodies(document);
    List<ObjectModel> models = new ArrayList<>();
    document.path("components").path("schemas").fields().forEachRemaining(e -> {
      JsonNode java = e.getValue().get("x-java");
      if (java != null && java.has("class") && "object".equals(e.getValue().path("type").asText())) {
        boolean checks = java.path("checks").asBoolean(requests.contains(e.getKey()));
        models.add(of(e.getKey(), e.getValue(), java, java, types, checks));
        for (JsonNode copy : java.path("copies")) {
          models.add(of(e.getKey(), e.getValue(), java, copy, types, checks));
        }
      }
    });
    return models;
  }

  private static ObjectModel of(
      String schema, JsonNode node, JsonNode java, JsonNode target, TypeMapper types, boolean checks) {
    String module = Overlays.required(schema, target, "module");
    Set<String> required = new HashSet<>();
    node.path("required").forEach(r -> required.add(r.asText()));
    JsonNode overrides = target.has("properties") ? target.get("properties") : java.path("properties");
    List<Property> properties = new ArrayList<>();
    node.path("properties").fields().forEachRemaining(e -> properties.add(PropertyReader.read(
        module, schema, e.getKey(), e.getValue(), overrides.path(e.getKey()), required.contains(e.getKey()),
        java.path("tristate").asBoolean(false), java.path("explicitNulls").asBoolean(false), checks, types)));
    overrides.fieldNames().forEachRemaining(name -> {
      if (!node.path("properties").has(name)) {
        throw new IllegalArgumentException(schema + ": x-java.properties." + name + " is not a property");
      }
    });
    List<ClassName> interfaces = new ArrayList<>();
    java.path("implements").forEach(i -> interfaces.add((ClassName) JavaType.parse(i.asText()).boxed()));
    JsonNode doc = target.has("javadoc") ? target.get("javadoc") : java.get("javadoc");
    String description = doc != null ? doc.asText() : node.path("description").asText("");
    if (description.isBlank()) {
      throw new IllegalArgumentException(schema + ": no description in the contract; give x-java.javadoc");
    }
    String javadoc = doc != null ? description.strip() : JavaDocs.sentence(description);
    return new ObjectModel(
        schema,
        module,
        ClassName.get(Overlays.required(schema, target, "package"), Overlays.required(schema, target, "class")),
        javadoc + "\n\n<p>Contract schema {@code " + schema + "}.",
        List.copyOf(properties),
        List.copyOf(interfaces),
        java.path("validate").asText(""),
        factories(schema, java.path("factories")),
        java.path("tristate").asBoolean(false));
  }

  private static List<Factory> factories(String schema, JsonNode nodes) {
    List<Factory> factories = new ArrayList<>();
    for (JsonNode f : nodes) {
      List<String> params = new ArrayList<>();
      f.path("params").forEach(p -> params.add(p.asText()));
      Map<String, String> fixed = new LinkedHashMap<>();
      f.path("set").fields().forEachRemaining(e -> fixed.put(e.getKey(), e.getValue().asText()));
      factories.add(new Factory(Overlays.required(schema, f, "name"), Overlays.required(schema, f, "javadoc").strip(),
          List.copyOf(params), fixed));
    }
    return List.copyOf(factories);
  }

  private static Set<String> requestBodies(JsonNode document) {
    Set<String> names = new HashSet<>();
    document.path("paths").forEach(path -> path.forEach(op -> op.path("requestBody").path("content")
        .forEach(media -> {
          String ref = media.path("schema").path("$ref").asText("");
          if (!ref.isEmpty()) {
            names.add(ref.substring(ref.lastIndexOf('/') + 1));
          }
        })));
    return names;
  }
}
