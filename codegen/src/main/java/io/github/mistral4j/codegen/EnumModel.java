package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An open enum to generate: a string {@code enum} schema of the contract with an {@code x-java}
 * mapping from the overlay ({@code module}, {@code package}, {@code class}, {@code javadoc}, {@code
 * values}: a description per wire value, optional, and {@code include}: other enum schemas whose
 * values it also has, optional; {@code integerCodes}: integer codes the server also sends,
 * optional).
 *
 * @param schema the contract's schema name
 * @param module the folder of the owning Maven module
 * @param packageName the Java package
 * @param className the simple class name
 * @param javadoc the class description
 * @param values the values, in the contract's order
 * @param integerCodes the integer codes that also decode, or {@code null} for strings only
 */
public record EnumModel(
    String schema, String module, String packageName, String className, String javadoc, List<Value> values,
    @Nullable IntegerCodes integerCodes) {

  /**
   * One value.
   *
   * @param wire the wire value
   * @param constant the Java constant name
   * @param description what it means, or empty
   */
  public record Value(String wire, String constant, String description) {}

  /**
   * Integer codes the server sends besides the contract's strings ({@code x-java.integerCodes}). A
   * code decodes to a value of its own (its text is the number, not mapped to a named constant) and
   * is written back as a JSON number.
   *
   * @param from the lowest code that counts as known
   * @param to the highest code that counts as known
   * @param doc who sends the codes: the phrase after "The value for an integer code, "
   */
  public record IntegerCodes(int from, int to, String doc) {
    static @Nullable IntegerCodes read(String schema, JsonNode java) {
      JsonNode codes = java.get("integerCodes");
      if (codes == null) {
        return null;
      }
      int from = integer(schema, codes, "from");
      int to = integer(schema, codes, "to");
      if (from > to) {
        throw new IllegalArgumentException(schema + ": x-java.integerCodes.from (" + from
            + ") is above x-java.integerCodes.to (" + to + ")");
      }
      return new IntegerCodes(from, to, required(schema, java, "integerCodes.doc").strip());
    }

    private static int integer(String schema, JsonNode codes, String field) {
      JsonNode value = codes.get(field);
      if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
        throw new IllegalArgumentException(schema + ": x-java.integerCodes." + field + " is missing or not an int");
      }
      return value.intValue();
    }
  }

  /**
   * The open enums of a contract to which the overlay was applied, in the contract's order.
   *
   * @param document the contract with its overlay
   * @return the enums with an {@code x-java} class
   */
  public static List<EnumModel> all(JsonNode document) {
    List<EnumModel> enums = new ArrayList<>();
    JsonNode schemas = document.path("components").path("schemas");
    schemas.fields().forEachRemaining(e -> {
      JsonNode java = e.getValue().get("x-java");
      if (java != null && java.has("class") && !"object".equals(e.getValue().path("type").asText())) {
        enums.add(of(e.getKey(), e.getValue(), java, schemas));
      }
    });
    return enums;
  }

  private static EnumModel of(String schema, JsonNode node, JsonNode java, JsonNode schemas) {
    List<JsonNode> enumSchemas = new ArrayList<>(List.of(node));
    java.path("include").forEach(name -> enumSchemas.add(schemas.path(name.asText())));
    JsonNode descriptions = java.path("values");
    List<Value> values = new ArrayList<>();
    for (JsonNode s : enumSchemas) {
      if (!"string".equals(s.path("type").asText()) || !s.path("enum").isArray()) {
        throw new IllegalArgumentException(schema + ": x-java on a schema, or including one, that is not a string enum");
      }
      for (JsonNode v : s.get("enum")) {
        if (values.stream().anyMatch(known -> known.wire().equals(v.asText()))) {
          throw new IllegalArgumentException(schema + ": value '" + v.asText() + "' twice");
        }
        values.add(new Value(v.asText(), JavaNames.constantName(v.asText()), descriptions.path(v.asText()).asText("")));
      }
    }
    descriptions.fieldNames().forEachRemaining(name -> {
      if (values.stream().noneMatch(v -> v.wire().equals(name))) {
        throw new IllegalArgumentException(schema + ": the overlay describes '" + name + "', not a contract value");
      }
    });
    IntegerCodes codes = IntegerCodes.read(schema, java);
    for (Value v : values) {
      if (codes != null && v.wire().matches("-?[0-9]+")) {
        throw new IllegalArgumentException(schema + ": value '" + v.wire() + "' reads as an integer code (x-java.integerCodes)");
      }
    }
    return new EnumModel(
        schema, required(schema, java, "module"), required(schema, java, "package"),
        required(schema, java, "class"), required(schema, java, "javadoc").strip(), List.copyOf(values), codes);
  }

  private static String required(String schema, JsonNode java, String field) {
    String value = java.at("/" + field.replace('.', '/')).asText("");
    if (value.isBlank()) {
      throw new IllegalArgumentException(schema + ": x-java." + field + " is missing");
    }
    return value;
  }
}
