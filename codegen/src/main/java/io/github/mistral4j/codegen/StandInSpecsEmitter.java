package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the stand-in's request specs ({@link StandInSpecsModel}): one constant per named object
 * or string enum schema, the objects declared empty and their fields added in a static block (so
 * that schemas may refer to each other in any order, recursively), in the declaration form of the
 * testkit's {@code Specs} factories; then one constant per parameter {@code x-standin} lists.
 */
public final class StandInSpecsEmitter {
  /** The package of the stand-in's spec types and factories. */
  private static final String VALIDATION = "io.github.mistral4j.testkit.internal.validation";
  private static final ClassName SPECS = ClassName.get(VALIDATION, "Specs");
  private static final ClassName SPEC = ClassName.get(VALIDATION, "Spec");
  private static final ClassName OBJECT_SPEC = ClassName.get(VALIDATION, "ObjectSpec");

  private StandInSpecsEmitter() {}

  /**
   * The generated source.
   *
   * @param model what to generate
   * @param document the contract with its overlay
   * @param header the file's one-line comment
   * @return the file
   */
  public static JavaFile emit(StandInSpecsModel model, JsonNode document, String header) {
    JsonNode schemas = document.path("components").path("schemas");
    SpecExpressions specs = new SpecExpressions(SPECS, schemas, new HashSet<>(model.schemas()));
    TypeSpec.Builder type = TypeSpec.classBuilder(model.self())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L\n", model.javadoc());
    CodeBlock.Builder fill = CodeBlock.builder();
    for (String name : model.schemas()) {
      JsonNode schema = schemas.get(name);
      boolean object = schema.path("properties").size() > 0;
      CodeBlock init = object ? CodeBlock.of("$T.object($S)", SPECS, name) : specs.namedEnum(name, schema);
      type.addField(FieldSpec.builder(object ? OBJECT_SPEC : SPEC, SpecExpressions.constant(name),
              Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("{@code $L}.\n", name)
          .initializer(init)
          .build());
      if (object) {
        fill.add(fields(name, schema, model, specs));
      }
    }
    for (StandInParameter parameter : model.parameters()) {
      type.addField(parameter(parameter, model, specs));
    }
    for (Map.Entry<String, JsonNode> rule : model.rules().entrySet()) {
      for (Iterator<String> it = rule.getValue().fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!key.equals("default") && !specs.applied(rule.getKey() + "/" + key)) {
          throw new IllegalArgumentException(StandInSpecsModel.KEY + ".rules." + rule.getKey() + ": " + key
              + " applies to no string or inline enum of the property");
        }
      }
    }
    type.addStaticBlock(fill.build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    JavaFile.Builder file = PoetParts.file(model.self().packageName(), type.build(), header);
    Set<String> used = new HashSet<>(specs.used());
    used.add("object");
    used.stream().sorted().forEach(f -> file.addStaticImport(SPECS, f));
    return file.build();
  }

  /**
   * The constant of a parameter, named after it: the spec of its value, which every operation
   * declaring it must give alike.
   */
  private static FieldSpec parameter(StandInParameter parameter, StandInSpecsModel model, SpecExpressions specs) {
    String where = StandInSpecsModel.KEY + ".parameters." + parameter.name();
    String constant = parameter.name().toUpperCase(Locale.ROOT);
    if (model.schemas().stream().anyMatch(s -> SpecExpressions.constant(s).equals(constant))) {
      throw new IllegalArgumentException(where + ": its constant " + constant + " is a schema's too");
    }
    CodeBlock spec = null;
    String first = null;
    for (Map.Entry<String, JsonNode> declared : parameter.schemas().entrySet()) {
      String at = declared.getKey() + "." + parameter.name();
      CodeBlock next = specs.of(at, StandInParameter.value(declared.getValue()), parameter.rule());
      for (Iterator<String> it = parameter.rule().fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!specs.applied(at + "/" + key)) {
          throw new IllegalArgumentException(where + ": " + key + " applies to no string or inline enum of " + at);
        }
      }
      if (spec == null) {
        spec = next;
        first = declared.getKey();
      } else if (!spec.toString().equals(next.toString())) {
        throw new IllegalArgumentException(where + ": declared differently in " + first + " (" + shown(spec)
            + ") and " + declared.getKey() + " (" + shown(next) + ")");
      }
    }
    return FieldSpec.builder(SPEC, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The {@code $L} parameter, as the operations declare it.\n", parameter.name())
        .initializer(spec)
        .build();
  }

  /** An expression as the generated source writes it, its factories imported. */
  private static String shown(CodeBlock expression) {
    return expression.toString().replace(SPECS + ".", "");
  }

  private static CodeBlock fields(String name, JsonNode schema, StandInSpecsModel model, SpecExpressions specs) {
    CodeBlock.Builder b = CodeBlock.builder().add("$L$>$>", SpecExpressions.constant(name));
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      String where = name + "." + p.getKey();
      JsonNode rule = model.rules().get(where);
      CodeBlock spec = specs.of(where, p.getValue(), rule);
      JsonNode def = p.getValue().get("default");
      if (rule != null && rule.has("default")) {
        if (def != null) {
          throw new IllegalArgumentException(where + ": the contract now has a default; remove x-standin's");
        }
        def = rule.get("default");
      }
      if (required.contains(p.getKey())) {
        if (def != null) {
          throw new IllegalArgumentException(where + ": required with a default");
        }
        b.add("\n.required($S, $L)", p.getKey(), spec);
      } else if (def == null || def.isNull()) {
        b.add("\n.optional($S, $L)", p.getKey(), spec);
      } else {
        b.add("\n.optional($S, $L, $L)", p.getKey(), spec, specs.defaultValue(where, def));
      }
    }
    JsonNode additional = schema.path("additionalProperties");
    if (additional.isBoolean()) {
      b.add(additional.asBoolean() ? "\n.allowExtra()" : "\n.forbidExtra()");
    } else if (!additional.isMissingNode()) {
      throw new IllegalArgumentException(name + ": additionalProperties with properties is not supported by the stand-in's specs");
    }
    if (model.partial().contains(name)) {
      b.add("\n.partial()");
    }
    return b.add(";\n$<$<").build();
  }
}
