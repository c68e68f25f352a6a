package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kind of each JSON failure, as {@link JsonProblems#kind} names it: fixed kinds first, subclasses before parents. */
class JsonProblemsKindTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JavaType STRING = TypeFactory.defaultInstance().constructType(String.class);

  @Test
  void kind_ofParserFailures_namesTheProblem() {
    assertThat(JsonProblems.kind(failure(() -> MAPPER.readTree("{\"a\":")))).isEqualTo("unexpected end of input");
    assertThat(JsonProblems.kind(failure(() -> MAPPER.readValue("99999999999", int.class))))
        .isEqualTo("number out of range");
    assertThat(JsonProblems.kind(failure(() -> MAPPER.readTree("{x}")))).isEqualTo("unexpected token (malformed JSON)");
    assertThat(JsonProblems.kind(new JsonGenerationException("m", (JsonGenerator) null)))
        .isEqualTo("cannot be written as JSON");
  }

  @Test
  void kind_ofMappingFailures_namesTheProblem_subclassesBeforeTheirParents() throws Exception {
    JsonParser none = null;
    JsonParser parser = MAPPER.createParser("{}");
    assertThat(JsonProblems.kind(InvalidTypeIdException.from(none, "m", STRING, "id"))).isEqualTo("unknown or missing type id");
    assertThat(JsonProblems.kind(InvalidNullException.from(null, PropertyName.construct("a"), STRING)))
        .isEqualTo("null not allowed");
    assertThat(JsonProblems.kind(InvalidFormatException.from(none, "m", "v", String.class))).isEqualTo("invalid format");
    assertThat(JsonProblems.kind(UnrecognizedPropertyException.from(parser, Object.class, "a", List.of())))
        .isEqualTo("unknown member");
    assertThat(JsonProblems.kind(IgnoredPropertyException.from(parser, Object.class, "a", List.of())))
        .isEqualTo("unknown member");
    assertThat(JsonProblems.kind(InvalidDefinitionException.from(none, "m", STRING)))
        .isEqualTo("unsupported type definition");
  }

  @Test
  void kind_ofOtherMappingFailures_isWorkedOutFromTheFailure() {
    JsonParser none = null;
    assertThat(JsonProblems.kind(MismatchedInputException.from(none, String.class, "No content to map")))
        .isEqualTo("no content");
    assertThat(JsonProblems.kind(MismatchedInputException.from(none, String.class, "Missing required creator property")))
        .isEqualTo("missing value");
    assertThat(JsonProblems.kind(MismatchedInputException.from(none, String.class, "Cannot deserialize \"sk-1\"")))
        .isEqualTo("wrong type");
    assertThat(JsonProblems.kind(ValueInstantiationException.from(none, "m", STRING,
        new IllegalStateException("Agent.name is required")))).isEqualTo("missing required member: Agent.name is required");
    assertThat(JsonProblems.kind(ValueInstantiationException.from(none, "m", STRING, new IllegalStateException("sk-1"))))
        .isEqualTo("invalid value");
    assertThat(JsonProblems.kind(JsonMappingException.from(none, "m"))).isEqualTo("invalid value");
    assertThat(JsonProblems.kind(JsonMappingException.from(none, "m", new ArithmeticException())))
        .isEqualTo("invalid value (ArithmeticException)");
    assertThat(JsonProblems.kind(new JsonProcessingException("m") {})).isEqualTo("invalid JSON");
    assertThat(JsonProblems.kind(new IllegalStateException("sk-1"))).isEqualTo("IllegalStateException");
  }

  private interface Parse {
    void run() throws Exception;
  }

  private static Exception failure(Parse parse) {
    try {
      parse.run();
    } catch (Exception e) {
      return e;
    }
    throw new AssertionError("no failure");
  }
}
