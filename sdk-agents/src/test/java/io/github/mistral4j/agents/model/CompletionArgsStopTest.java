package io.github.mistral4j.agents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mistral4j.core.internal.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CompletionArgsStop}: a string or an array of strings, kept in the form received. */
class CompletionArgsStopTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  @Test
  void stop_keepsItsForm_andComparesByForm() throws Exception {
    CompletionArgsStop single = MAPPER.readValue("\"END\"", CompletionArgsStop.class);
    CompletionArgsStop many = MAPPER.readValue("[\"A\",\"B\"]", CompletionArgsStop.class);
    CompletionArgsStop none = MAPPER.readValue("[]", CompletionArgsStop.class);

    assertThat(single).isEqualTo(CompletionArgsStop.of("END")).hasSameHashCodeAs(CompletionArgsStop.of("END"));
    assertThat(single.isSingle()).isTrue();
    assertThat(single.sequences()).containsExactly("END");
    assertThat(single).hasToString("END");
    assertThat(many).isEqualTo(CompletionArgsStop.of(List.of("A", "B")));
    assertThat(many.isSingle()).isFalse();
    assertThat(many).hasToString("[A, B]");
    assertThat(none.sequences()).isEmpty();
    assertThat(MAPPER.writeValueAsString(none)).isEqualTo("[]");
    assertThat(CompletionArgsStop.of("A")).isNotEqualTo(CompletionArgsStop.of(List.of("A"))).isNotEqualTo("A");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "true", "{\"a\":\"b\"}", "[\"A\",1]", "[\"A\",null]", "[[\"A\"]]"})
  void stop_ofAnotherShape_failsDecoding(String json) {
    assertThatThrownBy(() -> MAPPER.readValue(json, CompletionArgsStop.class))
        .hasMessageContaining("stop must be a string or an array of strings");
  }

  @Test
  void stop_refusesNulls_andCopiesTheList() {
    ArrayList<String> list = new ArrayList<>(List.of("A"));
    CompletionArgsStop stop = CompletionArgsStop.of(list);
    list.add("B");

    assertThat(stop.sequences()).containsExactly("A");
    assertThatThrownBy(() -> stop.sequences().add("C")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> CompletionArgsStop.of((String) null)).hasMessage("sequence");
    assertThatThrownBy(() -> CompletionArgsStop.of((List<String>) null)).hasMessage("sequences");
    assertThatThrownBy(() -> CompletionArgsStop.of(Arrays.asList("A", null)))
        .isInstanceOf(NullPointerException.class);
  }
}
