package io.github.mistral4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** An open enum whose {@code x-java.include} adds the values of other enum schemas. */
class EnumIncludeTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void anEnumIncludesTheValuesOfOtherEnumSchemas_afterItsOwn() throws IOException {
    ObjectNode doc = (ObjectNode) YAML.readTree("components: {schemas: {"
        + "Out: {type: string, enum: [a, b], x-java: {module: m, package: p, class: Kind, javadoc: j,"
        + " include: [In], values: {c: the c}}},"
        + "In: {type: string, enum: [c]}, Num: {type: integer}, Twice: {type: string, enum: [a]}}}");

    EnumModel model = EnumModel.all(doc).get(0);

    assertThat(model.values()).extracting(EnumModel.Value::wire).containsExactly("a", "b", "c");
    assertThat(model.values().get(2).description()).isEqualTo("the c");
    ((com.fasterxml.jackson.databind.node.ArrayNode) doc.at("/components/schemas/Out/x-java/include")).add("Twice");
    assertThatThrownBy(() -> EnumModel.all(doc)).hasMessageContaining("Out: value 'a' twice");
    ((com.fasterxml.jackson.databind.node.ArrayNode) doc.at("/components/schemas/Out/x-java/include")).set(1,
        YAML.getNodeFactory().textNode("Num"));
    assertThatThrownBy(() -> EnumModel.all(doc)).hasMessageContaining("Out: x-java on a schema, or including one,");
  }
}
