package io.github.mistral4j.testkit.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.testkit.internal.http.StandInJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The exact 422 entries of values past a bound (numbers, lengths, sizes), as pydantic writes them. */
class BoundProblemsTest {

  private static JsonNode json(String text) {
    try {
      return StandInJson.parse(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** The single problem a rejected value gets, serialised as the stand-in sends it. */
  private static String problem(Spec spec, String input) {
    Issues issues = new Issues();
    JsonNode out = spec.check(json(input), Loc.of("body").child("x"), issues);
    assertThat(out).as("normalised value of a rejected input").isNull();
    assertThat(issues.size()).isEqualTo(1);
    return new String(StandInJson.bytes(issues.all().get(0).toJson()), StandardCharsets.UTF_8);
  }

  private static JsonNode accepted(Spec spec, String input) {
    Issues issues = new Issues();
    JsonNode out = spec.check(json(input), Loc.of("body").child("x"), issues);
    assertThat(issues.isEmpty()).as(issues.all().toString()).isTrue();
    assertThat(out).isNotNull();
    return out;
  }

  @Test
  void integerBounds_writeTheBoundAsAWholeNumber() {
    assertThat(problem(Specs.integer().min(1), "0"))
        .isEqualTo("{\"type\":\"greater_than_equal\",\"loc\":[\"body\",\"x\"],\"msg\":\"Input should be"
            + " greater than or equal to 1\",\"input\":0,\"ctx\":{\"ge\":1}}");
    assertThat(problem(Specs.integer().max(10), "11.0"))
        .isEqualTo("{\"type\":\"less_than_equal\",\"loc\":[\"body\",\"x\"],\"msg\":\"Input should be"
            + " less than or equal to 10\",\"input\":11.0,\"ctx\":{\"le\":10}}");
    assertThat(problem(Specs.integer().min(-5), "-6"))
        .contains("greater than or equal to -5\"", "\"ctx\":{\"ge\":-5}");
  }

  @Test
  void integerBounds_areInclusive() {
    IntegerSpec spec = Specs.integer().min(1).max(3);

    assertThat(accepted(spec, "1").longValue()).isEqualTo(1);
    assertThat(accepted(spec, "3.0").isIntegralNumber()).isTrue();
    assertThat(spec.bounds(4, json("\"4\""), Loc.of("query").child("n"), new Issues())).isFalse();
    assertThat(spec.bounds(2, json("\"2\""), Loc.of("query").child("n"), new Issues())).isTrue();
  }

  @Test
  void numberBounds_writeTheBoundAsPythonPrintsIt_andAFloatInTheContext() {
    assertThat(problem(Specs.number().range(0, 2), "-0.5"))
        .isEqualTo("{\"type\":\"greater_than_equal\",\"loc\":[\"body\",\"x\"],\"msg\":\"Input should be"
            + " greater than or equal to 0\",\"input\":-0.5,\"ctx\":{\"ge\":0.0}}");
    assertThat(problem(Specs.number().range(0, 1.5), "2"))
        .isEqualTo("{\"type\":\"less_than_equal\",\"loc\":[\"body\",\"x\"],\"msg\":\"Input should be"
            + " less than or equal to 1.5\",\"input\":2,\"ctx\":{\"le\":1.5}}");
    assertThat(accepted(Specs.number().range(0, 1.5), "1.5").doubleValue()).isEqualTo(1.5);
  }

  @Test
  void stringLengths_countCharacters_singularForOne() {
    assertThat(problem(Specs.string().minLength(1), "\"\""))
        .isEqualTo("{\"type\":\"string_too_short\",\"loc\":[\"body\",\"x\"],\"msg\":\"String should have"
            + " at least 1 character\",\"input\":\"\",\"ctx\":{\"min_length\":1}}");
    assertThat(problem(Specs.string().minLength(3), "\"ab\""))
        .contains("\"msg\":\"String should have at least 3 characters\"", "{\"min_length\":3}");
    assertThat(problem(Specs.string().maxLength(1), "\"ab\""))
        .isEqualTo("{\"type\":\"string_too_long\",\"loc\":[\"body\",\"x\"],\"msg\":\"String should have"
            + " at most 1 character\",\"input\":\"ab\",\"ctx\":{\"max_length\":1}}");
    assertThat(problem(Specs.string().maxLength(2), "\"\uD83D\uDE00ab\""))
        .contains("\"msg\":\"String should have at most 2 characters\"", "{\"max_length\":2}");
    assertThat(accepted(Specs.string().minLength(2).maxLength(2), "\"\uD83D\uDE00a\"").textValue())
        .isEqualTo("\uD83D\uDE00a");
  }

  @Test
  void urlLength_isLimitedTo2083Characters() {
    String url = "https://x.example.com/" + "a".repeat(2083 - 22);

    assertThat(accepted(Specs.url(), "\"" + url + "\"").textValue()).isEqualTo(url);
    assertThat(problem(Specs.url(), "\"" + url + "a\""))
        .isEqualTo("{\"type\":\"url_too_long\",\"loc\":[\"body\",\"x\"],\"msg\":\"URL should have at most"
            + " 2083 characters\",\"input\":\"" + url + "a\",\"ctx\":{\"max_length\":2083}}");
  }

  @Test
  void listSize_reportsTheActualLength() {
    assertThat(problem(Specs.list(Specs.string()).minItems(1), "[]"))
        .isEqualTo("{\"type\":\"too_short\",\"loc\":[\"body\",\"x\"],\"msg\":\"List should have at least"
            + " 1 item after validation, not 0\",\"input\":[],\"ctx\":{\"field_type\":\"List\","
            + "\"min_length\":1,\"actual_length\":0}}");
  }
}
