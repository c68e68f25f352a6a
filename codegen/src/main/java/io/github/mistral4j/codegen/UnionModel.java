package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
 * @param factories static factories returning a variant
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
   * @param variant the variant it returns
   * @param params the parameters: Java name, type, builder setter and description
   * @param delegate {@code Type.method}, a static method of a class in the union's package that the
   *     factory calls with its parameters (instead of the variant's builder), or empty
   * @param throwsDoc the {@code @throws} text (exception and when), or empty
   */
  public record Factory(
      String name, String javadoc, ClassName variant, List<Param> params, String delegate, String throwsDoc) {}

  /**
   * A factory parameter.
   *
   * @param name the parameter's Java name
   * @param type its Java type; {@code T...} (the last parameter of a factory with a delegate)
   *     takes varargs
   * @param setter the variant builder's setter it goes to (empty for a factory with a delegate)
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
      List<Factory> factories = factories(name, u.path("factories"), v -> variant(name, schemas, v));
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
          factories));
    }
    return unions;
  }

  /**
   * The factories an overlay entry declares.
   *
   * @param union the union's class name, for messages
   * @param nodes the {@code factories} list
   * @param variants the variant class a factory's {@code variant} names
   * @return the factories, in order
   */
  static List<Factory> factories(String union, JsonNode nodes, Function<String, ClassName> variants) {
    List<Factory> factories = new ArrayList<>();
    for (JsonNode f : nodes) {
      String delegate = f.path("delegate").asText("");
      List<Param> params = new ArrayList<>();
      for (JsonNode p : f.path("params")) {
        params.add(new Param(Overlays.required(union, p, "name"), Overlays.required(union, p, "type"),
            delegate.isEmpty() ? Overlays.required(union, p, "setter") : p.path("setter").asText(""),
            Overlays.required(union, p, "doc")));
      }
      factories.add(new Factory(Overlays.required(union, f, "name"), Overlays.required(union, f, "javadoc").strip(),
          variants.apply(Overlays.required(union, f, "variant")), List.copyOf(params), delegate,
          f.path("throws").asText("").strip()));
    }
    return List.copyOf(factories);
  }

  static ClassName variant(String union, JsonNode schemas, String schema) {
    JsonNode java = schemas.path(schema).path("x-java");
    if (!java.has("class")) {
      throw new IllegalArgumentException(union + ": variant schema " + schema + " has no x-java class");
    }
    return ClassName.get(java.path("package").asText(), java.path("class").asText());
  }
}
