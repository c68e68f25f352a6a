package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnershipTest {
  /** Records whether ownership was granted while Jackson decoded it. */
  @JsonDeserialize(using = Probe.Reader.class)
  record Probe(boolean granted) {
    static final class Reader extends JsonDeserializer<Probe> {
      @Override
      public Probe deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        p.skipChildren();
        return new Probe(Ownership.granted());
      }
    }
  }

  /** Fails while being decoded. */
  @JsonDeserialize(using = Broken.Reader.class)
  record Broken() {
    static final class Reader extends JsonDeserializer<Broken> {
      @Override
      public Broken deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        throw new IOException("broken");
      }
    }
  }

  private static Response ok(String body) {
    Request request = Request.create(Request.HttpMethod.GET, "https://api.example.com/v1/x", Map.of(), null,
        StandardCharsets.UTF_8, null);
    return Response.builder().status(200).request(request).headers(Map.of()).body(body, StandardCharsets.UTF_8).build();
  }

  @Test
  void granted_onlyWhileTheSdksDecoderReadsABody() throws IOException {
    assertThat(Ownership.granted()).isFalse();

    Object decoded = new JsonCodec(Json.mapper()).decode(ok("{}"), Probe.class);

    assertThat(decoded).isEqualTo(new Probe(true));
    assertThat(Ownership.granted()).isFalse();
    assertThat(Json.mapper().readValue("{}", Probe.class)).isEqualTo(new Probe(false));
  }

  @Test
  void granted_endsWhenDecodingFails() {
    assertThatThrownBy(() -> new JsonCodec(Json.mapper()).decode(ok("{}"), Broken.class))
        .hasMessageContaining("Could not decode");

    assertThat(Ownership.granted()).isFalse();
  }

  @Test
  void node_owned_keepsTheTree_notOwned_copiesIt() {
    ObjectNode tree = Json.mapper().createObjectNode().put("a", 1);

    assertThat(Models.node(tree, true)).isSameAs(tree);
    JsonNode copy = Models.node(tree, false);
    assertThat(copy).isEqualTo(tree).isNotSameAs(tree);
    tree.put("a", 2);
    assertThat(copy.get("a").intValue()).isEqualTo(1);
    assertThat(Models.node(NullNode.getInstance(), true)).isNull();
    assertThat(Models.node(null, true)).isNull();
  }

  @Test
  void list_owned_isTheBuildersListReadOnly_notOwned_isACopy() {
    List<String> builders = new ArrayList<>(List.of("a", "b"));

    List<String> owned = Models.list(builders, true);
    List<String> copied = Models.list(builders, false);
    builders.add("c");

    assertThat(owned).containsExactly("a", "b", "c"); // a view: only for lists nobody else holds
    assertThat(copied).containsExactly("a", "b");
    assertThatThrownBy(() -> owned.add("d")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copied.add("d")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Models.list(null, true)).isEmpty();
  }

  @Test
  void list_owned_refusesNullItemsAsTheCopyDoes() {
    List<String> withNull = new ArrayList<>();
    withNull.add(null);

    assertThatThrownBy(() -> Models.list(withNull, true)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Models.list(withNull, false)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void map_owned_isReadOnly_notOwned_isACopy() {
    Map<String, Integer> builders = new LinkedHashMap<>(Map.of("a", 1));

    Map<String, Integer> owned = Models.map(builders, true);
    Map<String, Integer> copied = Models.map(builders, false);
    builders.put("b", 2);

    assertThat(copied).containsOnlyKeys("a");
    assertThatThrownBy(() -> owned.put("c", 3)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Models.map(null, true)).isEmpty();
  }

  @Test
  void nodes_owned_keepsTheTrees_notOwned_copiesEachTree() {
    ArrayNode tree = Json.mapper().createArrayNode().add(1);
    Map<String, JsonNode> builders = new LinkedHashMap<>();
    builders.put("t", tree);
    builders.put("n", null);

    Map<String, JsonNode> copied = Models.nodes(builders, false);
    Map<String, JsonNode> owned = Models.nodes(builders, true);
    tree.add(2);

    assertThat(owned.get("t")).isSameAs(tree);
    assertThat(owned.get("n")).isEqualTo(NullNode.getInstance());
    assertThat(copied.get("t")).hasSize(1);
    assertThat(copied.get("n")).isEqualTo(NullNode.getInstance());
    assertThatThrownBy(() -> owned.put("x", tree)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copied.put("x", tree)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void treesOf_keepsTreesForTheBuilderToCopy_andConvertsOtherValues() {
    ObjectNode tree = Json.mapper().createObjectNode();
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("tree", tree);
    given.put("list", List.of(1, 2));
    given.put("none", null);

    Map<String, JsonNode> trees = JsonMaps.treesOf(given);

    assertThat(trees.get("tree")).isSameAs(tree);
    assertThat(trees.get("list").toString()).isEqualTo("[1,2]");
    assertThat(trees.get("none")).isEqualTo(NullNode.getInstance());
    assertThat(JsonMaps.asTree(tree)).isSameAs(tree);
  }
}
