package io.github.mistral4j.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.mistral4j.connectors.model.ConsumerType;
import io.github.mistral4j.core.internal.Json;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ConsumerType} on its own: strings and integer codes, read and written, with the SDK's
 * mapper and with a plain Jackson mapper (a caller's own).
 */
class ConsumerTypeTest {
  static Stream<ObjectMapper> mappers() {
    return Stream.of(Json.mapper(), new ObjectMapper());
  }

  @ParameterizedTest
  @MethodSource("mappers")
  void stringsDecodeToTheConstants_andUnknownStringsKeepTheirText(ObjectMapper mapper) throws Exception {
    assertThat(mapper.readValue("\"workspace\"", ConsumerType.class)).isSameAs(ConsumerType.WORKSPACE);
    ConsumerType team = mapper.readValue("\"team\"", ConsumerType.class);

    assertThat(team.isKnown()).isFalse();
    assertThat(team.code()).isNull();
    assertThat(mapper.writeValueAsString(team)).isEqualTo("\"team\"");
    assertThat(mapper.writeValueAsString(ConsumerType.SYSTEM)).isEqualTo("\"system\"");
    assertThat(mapper.writeValueAsString(Map.of("owner", List.of(ConsumerType.ORG, ConsumerType.ofCode(3)))))
        .isEqualTo("{\"owner\":[\"org\",3]}");
  }

  @ParameterizedTest
  @MethodSource("mappers")
  void integerCodesDecodeToValuesOfTheirOwn_andAreWrittenBackAsNumbers(ObjectMapper mapper) throws Exception {
    ConsumerType two = mapper.readValue("2", ConsumerType.class);

    assertThat(two.code()).isEqualTo(2);
    assertThat(two.value()).isEqualTo("2");
    assertThat(two.isKnown()).isTrue();
    assertThat(two).isEqualTo(ConsumerType.ofCode(2)).hasSameHashCodeAs(ConsumerType.ofCode(2))
        .isNotEqualTo(ConsumerType.ORG);
    assertThat(mapper.writeValueAsString(two)).isEqualTo("2");
    assertThat(mapper.readValue("null", ConsumerType.class)).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5, -1, Integer.MAX_VALUE})
  void codesOutsideOneToFour_areUnknown(int code) throws Exception {
    ConsumerType value = Json.mapper().readValue(Integer.toString(code), ConsumerType.class);

    assertThat(value.isKnown()).isFalse();
    assertThat(value.code()).isEqualTo(code);
    assertThat(Json.mapper().writeValueAsString(value)).isEqualTo(Integer.toString(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "1.5", "{}", "[\"user\"]"})
  void otherJson_failsNamingTheType(String json) {
    assertThatThrownBy(() -> Json.mapper().readValue(json, ConsumerType.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining(ConsumerType.class.getName());
  }

  @ParameterizedTest
  @ValueSource(strings = {"4294967297", "-4294967297"})
  void aNumberBeyondAnInt_fails(String json) {
    assertThatThrownBy(() -> Json.mapper().readValue(json, ConsumerType.class))
        .isInstanceOf(InputCoercionException.class)
        .hasMessageContaining("out of range of int");
  }

  @Test
  void knownValues_areTheNamedConstants_andOfRefusesNull() {
    assertThat(ConsumerType.knownValues())
        .containsExactly(ConsumerType.USER, ConsumerType.ORG, ConsumerType.WORKSPACE, ConsumerType.SYSTEM);
    assertThat(ConsumerType.knownValues()).allSatisfy(v -> assertThat(v.code()).isNull());
    assertThatThrownBy(() -> ConsumerType.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
  }
}
