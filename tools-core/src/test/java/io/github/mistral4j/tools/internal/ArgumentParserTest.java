package io.github.mistral4j.tools.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistral4j.tools.internal.ArgumentParser.InvalidArgumentsException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentParserTest {

  @Test
  void parse_readsAnObjectKeepingOrderAndTypes() throws Exception {
    Map<String, Object> args = ArgumentParser.parse("t", "{\"city\":\"Paris\",\"days\":3,\"metric\":true,\"tags\":[\"a\"],\"at\":{\"lat\":1.5}}");

    assertThat(args).containsExactly(
        Map.entry("city", "Paris"), Map.entry("days", 3), Map.entry("metric", true),
        Map.entry("tags", List.of("a")), Map.entry("at", Map.of("lat", 1.5)));
  }

  @Test
  void parse_treatsBlankAndNullAsNoArguments() throws Exception {
    assertThat(ArgumentParser.parse("t", null)).isEmpty();
    assertThat(ArgumentParser.parse("t", "  ")).isEmpty();
    assertThat(ArgumentParser.parse("t", "null")).isEmpty();
  }

  @Test
  void parse_unwrapsAnObjectThatTheModelSentAsAJsonString() throws Exception {
    assertThat(ArgumentParser.parse("t", "\"{\\\"city\\\":\\\"Paris\\\"}\"")).containsExactly(Map.entry("city", "Paris"));
  }

  @Test
  void parse_rejectsMalformedJsonWithALocationAndWhatToDo() {
    assertThatThrownBy(() -> ArgumentParser.parse("forecast", "{\"city\": \"Paris\",}"))
        .isInstanceOf(InvalidArgumentsException.class)
        .hasMessageStartingWith("The arguments of tool 'forecast' are not valid JSON (line 1, column 18): ")
        .hasMessageEndingWith("Call the tool again with the arguments as one valid JSON object.")
        .hasNoCause();
  }

  @Test
  void parse_rejectsTrailingGarbage() {
    assertThatThrownBy(() -> ArgumentParser.parse("t", "{\"a\":1} {\"b\":2}"))
        .isInstanceOf(InvalidArgumentsException.class)
        .hasMessageContaining("are not valid JSON");
  }

  @Test
  void parse_rejectsJsonThatIsNotAnObject() {
    assertThatThrownBy(() -> ArgumentParser.parse("t", "[1,2]"))
        .isInstanceOf(InvalidArgumentsException.class)
        .hasMessage("The arguments of tool 't' must be one JSON object, but they are an array. "
            + "Call the tool again with a JSON object whose fields are the tool's parameters.");
    assertThatThrownBy(() -> ArgumentParser.parse("t", "\"Paris\""))
        .hasMessageContaining("but they are a string");
  }
}
