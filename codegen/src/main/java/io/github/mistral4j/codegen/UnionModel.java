package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;

/**
 * A union told apart by a discriminator member, from the overlay's root {@code x-java-unions}: a
 * sealed interface over generated variant classes, an unknown variant keeping the raw JSON, and the
 * deserializer choosing between them.
 *
 * @param module the folder of the owning Maven module
 * @param self the interface
 * @param javadoc the interface's description
 * @param typeDoc what the discriminator accessor returns, a phrase
 * @param discriminator the discriminator's JSON name
 * @param variants the variant classes, from the variant schemas' {@code x-java}
 * @param unknown the unknown variant class
 * @param unknownJavadoc the unknown variant's description
 * @param secret whether the unknown variant's {@code toString()} shows only the discriminator
 * @param factories static factories building a variant from some of its properties
 */
public record UnionModel(
    String module,
    ClassName self,
    String javadoc,
    String typeDoc,
    String discriminator,
    List<ClassName> variants,
    ClassName unknown,
    String unknownJavadoc,
    boolean secret,
    List<Factory> factories) {

  /**
   * A static factory of the union.
   *
   * @param name the method name
   * @param javadoc what it makes
   * @param variant the variant it builds
   * @param params the parameters: Java name, type, builder setter and description
   */
  public record Factory(String name, String javadoc, ClassName variant, List<Param> params) {}

  /**
   * A factory parameter.
   *
   * @param name the parameter's Java name
   * @param type its Java type
   * @param setter the variant builder's setter it goes to
   * @param doc its description
   */
  public record Param(String name, String type, String setter, String doc) {}

  /**
   * The unions of a contract to which the overlay was applied.
   *
   * @param document the contract with its overlay
   * @return the unions, in the overlay's order
   */
  public static List<UnionModel> all(JsonNode document) {
    JsonNode schemas = document.path("components").path("schemas");
    List<UnionModel> unions = new ArrayList<>();
    for (JsonNode u : document.path("x-java-unions")) {
      String name = Overlays.required("x-java-unions", u, "class");
      String pkg = Overlays.required(name, u, "package");
      List<ClassName> variants = new ArrayList<>();
      for (JsonNode v : u.path("variants")) {
        variants.add(variant(name, schemas, v.asText()));
      }
      List<Factory> factories = new ArrayList<>();
      for (JsonNode f : u.path("factories")) {
        List<Param> params = new ArrayList<>();
        for (JsonNode p : f.path("params")) {
          params.add(new Param(Overlays.required(name, p, "name"), Overlays.required(name, p, "type"),
              Overlays.required(name, p, "setter"), Overlays.required(name, p, "doc")));
        }
        factories.add(new Factory(Overlays.required(name, f, "name"), Overlays.required(name, f, "javadoc").strip(),
            variant(name, schemas, Overlays.required(name, f, "variant")), List.copyOf(params)));
      }
      unions.add(new UnionModel(
          Overlays.required(name, u, "module"),
          ClassName.get(pkg, name),
          Overlays.required(name, u, "javadoc").strip(),
          Overlays.required(name, u, "typeDoc").strip(),
          u.path("discriminator").asText("type"),
          List.copyOf(variants),
          ClassName.get(pkg, Overlays.required(name, u, "unknown")),
          Overlays.required(name, u, "unknownJavadoc").strip(),
          u.path("secret").asBoolean(false),
          List.copyOf(factories)));
    }
    return unions;
  }

  private static ClassName variant(String union, JsonNode schemas, String schema) {
    JsonNode java = schemas.path(schema).path("x-java");
    if (!java.has("class")) {
      throw new IllegalArgumentException(union + ": variant schema " + schema + " has no x-java class");
    }
    return ClassName.get(java.path("package").asText(), java.path("class").asText());
  }
}
