package io.github.mistral4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.mistral4j.core.internal.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelSupportTest {
  private final ObjectMapper mapper = Json.mapper();

  /** A PATCH body with tri-state fields. */
  static final class Patch {
    @JsonProperty("title") @JsonInclude(JsonInclude.Include.NON_EMPTY) final Tristate<String> title;
    @JsonProperty("tags") @JsonInclude(JsonInclude.Include.NON_EMPTY) final Tristate<List<String>> tags;
    @JsonProperty("empty") @JsonInclude(JsonInclude.Include.NON_EMPTY) final Tristate<String> empty;

    Patch(Tristate<String> title, Tristate<List<String>> tags, Tristate<String> empty) {
      this.title = title;
      this.tags = tags;
      this.empty = empty;
    }
  }

  @Test
  void tristate_absentIsLeftOut_clearedIsNull_valueIsWritten() throws Exception {
    String json = mapper.writeValueAsString(new Patch(Tristate.cleared(), Tristate.of(List.of()), Tristate.absent()));
    assertThat(json).isEqualTo("{\"title\":null,\"tags\":[]}");
    assertThat(mapper.writeValueAsString(new Patch(Tristate.of("x"), Tristate.absent(), Tristate.of("")))).isEqualTo("{\"title\":\"x\",\"empty\":\"\"}");
  }

  @Test
  void tristate_statesAndMapping() {
    assertThat(Tristate.absent().isAbsent()).isTrue();
    assertThat(Tristate.cleared().isCleared()).isTrue();
    assertThat(Tristate.of(2).map(i -> i * 2)).isEqualTo(Tristate.of(4));
    assertThat(Tristate.<Integer>cleared().map(i -> i * 2).isCleared()).isTrue();
    assertThat(Tristate.<Integer>absent().map(i -> i * 2).isAbsent()).isTrue();
    assertThatThrownBy(() -> Tristate.of(null)).isInstanceOf(NullPointerException.class);
  }

  /** An open enum. */
  static final class Color extends OpenEnum {
    static final Color RED = new Color("red", true);
    private Color(String v, boolean known) { super(v, known); }
    @JsonCreator static Color of(String v) { return v.equals("red") ? RED : new Color(v, false); }
  }

  @Test
  void openEnum_decodesUnknownValues_keepingTheRawString() throws Exception {
    assertThat(mapper.readValue("\"red\"", Color.class)).isSameAs(Color.RED);
    Color mauve = mapper.readValue("\"mauve\"", Color.class);
    assertThat(mauve.isKnown()).isFalse();
    assertThat(mauve.value()).isEqualTo("mauve");
    assertThat(mapper.writeValueAsString(mauve)).isEqualTo("\"mauve\"");
    assertThat(mauve).isEqualTo(Color.of("mauve")).isNotEqualTo(Color.RED);
  }

  @JsonDeserialize(using = ShapeDeserializer.class)
  sealed interface Shape permits Circle, UnknownShape {}

  @JsonDeserialize(using = JsonDeserializer.None.class)
  record Circle(@JsonProperty("type") String type, @JsonProperty("r") double r) implements Shape {}

  record UnknownShape(@JsonValue JsonNode raw) implements Shape {}

  static final class ShapeDeserializer extends UnionDeserializer<Shape> {
    private static final long serialVersionUID = 1L;
    ShapeDeserializer() { super(Shape.class, "type", Map.of("circle", Circle.class)); }
    @Override protected Shape unknown(JsonNode raw) { return new UnknownShape(raw); }
  }

  @Test
  void union_decodesKnownVariants_andKeepsUnknownOnesVerbatim() throws Exception {
    List<Shape> shapes = mapper.readValue(
        "[{\"type\":\"circle\",\"r\":2},{\"type\":\"hexagon\",\"side\":1,\"n\":[1,2]},{\"r\":1},\"odd\"]",
        mapper.getTypeFactory().constructCollectionType(List.class, Shape.class));
    assertThat(shapes.get(0)).isEqualTo(new Circle("circle", 2));
    assertThat(shapes.get(1)).isInstanceOf(UnknownShape.class);
    assertThat(mapper.writeValueAsString(shapes.get(1))).isEqualTo("{\"type\":\"hexagon\",\"side\":1,\"n\":[1,2]}");
    assertThat(shapes.get(2)).isInstanceOf(UnknownShape.class);
    assertThat(shapes.get(3)).isInstanceOf(UnknownShape.class);
  }
}
