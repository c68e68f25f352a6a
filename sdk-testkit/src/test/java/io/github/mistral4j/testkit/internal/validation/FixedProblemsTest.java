package io.github.mistral4j.testkit.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.testkit.internal.http.StandInJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The exact 422 entries of the problems several specs share: missing, dict_type, model_attributes_type. */
class FixedProblemsTest {

  private static List<String> problems(Spec spec, Loc loc, String input) throws Exception {
    Issues issues = new Issues();
    JsonNode out = spec.check(StandInJson.parse(input), loc, issues);
    assertThat(out).isNull();
    return issues.all().stream()
        .map(i -> new String(StandInJson.bytes(i.toJson()), StandardCharsets.UTF_8))
        .collect(Collectors.toList());
  }

  @Test
  void aMapOrAnyObjectThatIsNoObject_isDictType() throws Exception {
    String expected = "{\"type\":\"dict_type\",\"loc\":[\"body\",\"m\"],\"msg\":\"Input should be a valid"
        + " dictionary\",\"input\":[1]}";

    assertThat(problems(Specs.map(Specs.string()), Loc.of("body").child("m"), "[1]"))
        .containsExactly(expected);
    assertThat(problems(Specs.anyObject(), Loc.of("body").child("m"), "[1]"))
        .containsExactly(expected);
  }

  @Test
  void aModelThatIsNoObject_isModelAttributesTypeAtTheRoot_andModelTypeInside() throws Exception {
    ObjectSpec model = Specs.object("Thing").required("a", Specs.string());

    assertThat(problems(model, Loc.of("body"), "[]"))
        .containsExactly("{\"type\":\"model_attributes_type\",\"loc\":[\"body\"],\"msg\":\"Input should be a"
            + " valid dictionary or object to extract fields from\",\"input\":[]}");
    assertThat(problems(model, Loc.of("body").child("t"), "1"))
        .containsExactly("{\"type\":\"model_type\",\"loc\":[\"body\",\"t\"],\"msg\":\"Input should be a"
            + " valid dictionary or instance of Thing\",\"input\":1,\"ctx\":{\"class_name\":\"Thing\"}}");
    assertThat(problems(
            Specs.tagged("type", Specs.variant("a", model)), Loc.of("body").child("t"), "\"x\""))
        .containsExactly("{\"type\":\"model_attributes_type\",\"loc\":[\"body\",\"t\"],\"msg\":\"Input should"
            + " be a valid dictionary or object to extract fields from\",\"input\":\"x\"}");
  }

  @Test
  void anAbsentRequiredField_isMissing_withTheWholeObjectAsInput() throws Exception {
    ObjectSpec model = Specs.object("Thing").required("a", Specs.string());

    assertThat(problems(model, Loc.of("body"), "{\"b\":1}"))
        .containsExactly("{\"type\":\"missing\",\"loc\":[\"body\",\"a\"],\"msg\":\"Field required\","
            + "\"input\":{\"b\":1}}");
  }
}
