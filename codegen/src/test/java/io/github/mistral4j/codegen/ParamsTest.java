package io.github.mistral4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parameter classes declared in the overlay's {@code x-java-params}: model and emitted source. */
class ParamsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final String CONTRACT = """
      paths:
        /things:
          get:
            operationId: list_things
            parameters:
              - {name: page, in: query, description: Page number., schema: {type: integer, minimum: 0, maximum: 10, default: 0}}
              - {name: size, in: query, schema: {type: integer}}
              - {name: flag, in: query, schema: {anyOf: [{type: boolean}, {type: 'null'}]}}
              - {name: label, in: query, schema: {anyOf: [{type: string, pattern: '^[a-z]+$', maxLength: 64}, {type: 'null'}]}}
              - {name: filters, in: query, schema: {$ref: '#/components/schemas/Filters'}}
              - {name: tags, in: query, schema: {anyOf: [{type: array, items: {type: string}}, {type: 'null'}]}}
              - {name: meta, in: query, content: {application/json: {schema: {type: object, additionalProperties: true}}}}
              - {name: pretty, in: query, schema: {type: boolean}}
              - {name: id, in: path, required: true, schema: {type: string}}
        /other:
          get:
            operationId: list_others
            parameters:
              - {name: page, in: query, schema: {type: integer, minimum: 1}}
      components:
        schemas:
          Filters: {type: object, properties: {active: {anyOf: [{type: boolean}, {type: 'null'}], description: Only active ones.}}}
      """;

  private static final String PARAMS = """
      - module: m
        package: p
        class: ThingParams
        operations: [list_things]
        javadoc: Things.
        none: nothing set
        skip: [pretty]
        parameters:
          flag: {doc: a flag, boxedSetter: true, unset: for both}
          page: {}
          size: {doc: the size, minimum: 1}
          label: {doc: a label, check: [name]}
          filters.active: {}
          tags: {doc: the tags}
          meta: {doc: the metadata}
      """;

  private static List<ParamsModel> models(String params) throws IOException {
    ObjectNode doc = (ObjectNode) YAML.readTree(CONTRACT);
    ObjectNode overlay = YAML.createObjectNode().put("overlay", "1.0.0");
    ObjectNode action = overlay.putArray("actions").addObject().put("target", "$");
    action.putObject("update").set("x-java-params", YAML.readTree(params));
    OverlayApplier.apply(doc, overlay);
    return ParamsModel.all(doc);
  }

  @Test
  void theModelTakesTypesLimitsAndDocsFromTheContract_andTheRestFromTheOverlay() throws IOException {
    ParamsModel model = models(PARAMS).get(0);
    assertThat(model.javadoc()).isEqualTo("Things.\n\n<p>Contract operation {@code list_things}.");
    assertThat(model.params()).extracting(QueryParam::name)
        .containsExactly("flag", "page", "size", "label", "active", "tags", "meta");
    QueryParam page = model.params().get(1);
    assertThat(page.doc()).isEqualTo("page number");
    assertThat(page.checks()).containsExactly("Checks.range(\"page\", $V, 0, 10)");
    assertThat(page.limits()).isEqualTo("from 0 to 10");
    assertThat(page.unset()).isEqualTo("when not set (the server's default: {@code 0})");
    assertThat(page.primitiveSetter()).isTrue();
    QueryParam size = model.params().get(2);
    assertThat(size.checks()).containsExactly("Checks.range(\"size\", $V, 1, 2147483647)");
    assertThat(size.limits()).isEqualTo("1 or more");
    assertThat(model.params().get(0).primitiveSetter()).isFalse();
    assertThat(model.params().get(0).unset()).isEqualTo("for both");
    assertThat(model.params().get(3).checks())
        .containsExactly("Checks.length(\"label\", $V, 0, 64)", "Checks.name(\"label\", $V)");
    QueryParam active = model.params().get(4);
    assertThat(active.wire()).isEqualTo("filters.active");
    assertThat(active.doc()).isEqualTo("only active ones");
    assertThat(model.params().get(5).type().kind()).isEqualTo(JavaType.Kind.LIST);
    assertThat(model.params().get(5).singular()).isEqualTo("tag");
    assertThat(model.params().get(6).json()).isTrue();
  }

  @Test
  void theEmitterWritesTheClassAndItsBuilder() throws IOException {
    String source = ParamsEmitter.emit(models(PARAMS).get(0), "h").toString();
    assertThat(source)
        .contains("// h\npackage p;")
        .contains("private static final ThingParams NONE = builder().build();")
        .contains("{@return nothing set}")
        .contains("public Builder flag(@Nullable Boolean flag) {")
        .contains("public Builder page(int page) {\n      Checks.range(\"page\", page, 0, 10);\n      this.page = page;")
        .contains("if (label != null) {\n        Checks.length(\"label\", label, 0, 64);\n        Checks.name(\"label\", label);")
        .contains("{@return {@code filters.active}: only active ones, or {@code null} when not set}")
        .contains("public Builder tags(List<String> tags) {")
        .contains("public Builder addTag(String tag) {\n      this.tags.add(Objects.requireNonNull(tag, \"tag\"));")
        .contains("this.tags = List.copyOf(b.tags);")
        .contains("public List<String> tags() {")
        .contains("public Builder meta(@Nullable Map<String, ?> meta) {")
        .contains("Replaces {@code meta}, sent as one JSON object in the query string.")
        .contains("public Builder putMeta(String key, @Nullable Object value) {")
        .contains("this.meta = b.meta == null ? null : JsonMaps.freeze(b.meta);")
        .contains("public @Nullable Map<String, JsonNode> meta() {")
        .contains("return \"ThingParams{\"\n        + \"flag=\" + flag\n        + \", page=\" + page")
        .contains("&& Objects.equals(meta, other.meta);")
        .doesNotContain("pretty");
  }

  @Test
  void withoutNoneThereIsNoNone() throws IOException {
    String source = ParamsEmitter.emit(models(PARAMS.replace("  none: nothing set\n", "")).get(0), "h").toString();
    assertThat(source).doesNotContain("NONE").doesNotContain("none()");
  }

  @Test
  void everyQueryParameterIsTakenOrSkipped() throws IOException {
    assertThatThrownBy(() -> models(PARAMS.replace("  skip: [pretty]\n", "")))
        .hasMessage("ThingParams: query parameter pretty of list_things is neither in x-java-params.parameters nor in skip");
    assertThatThrownBy(() -> models(PARAMS.replace("    filters.active: {}\n", "")))
        .hasMessageContaining("query parameter filters.active of list_things is neither");
    assertThatThrownBy(() -> models(PARAMS.replace("[pretty]", "[pretty, gone]")))
        .hasMessage("ThingParams: skip names gone, which no operation has");
  }

  @Test
  void declarationsTheContractDoesNotBackFail() throws IOException {
    assertThatThrownBy(() -> models(PARAMS.replace("[list_things]", "[list_nothing]")))
        .hasMessage("ThingParams: no operation list_nothing in the contract");
    assertThatThrownBy(() -> models(PARAMS.replace("[list_things]", "[list_things, list_others]")))
        .hasMessageContaining("list_others has no query parameter flag");
    assertThatThrownBy(() -> models(PARAMS.replace("    page: {}\n", "    page: {minimum: 1}\n")))
        .hasMessage("ThingParams.page: the contract states minimum; drop it from the overlay");
    assertThatThrownBy(() -> models(PARAMS.replace(", check: [name]", "")))
        .hasMessageContaining("ThingParams.label: the contract's pattern ^[a-z]+$ needs a check");
    assertThatThrownBy(() -> models(PARAMS.replace("    filters.active: {}\n", "    filters.active: {}\n    filters.gone: {}\n")))
        .hasMessage("ThingParams.filters.gone: no such property of the parameter's schema");
    assertThatThrownBy(() -> models(PARAMS.replace("{doc: a label,", "{doc: a label, boxedSetter: true,")))
        .hasMessage("ThingParams.label: boxedSetter applies to numbers and booleans only");
    assertThatThrownBy(() -> models(PARAMS.replace("{doc: the tags}", "{doc: the tags, check: [name]}")))
        .hasMessage("ThingParams.tags: checks on a list or map are not supported");
    assertThatThrownBy(() -> models(PARAMS.replace("{doc: the size, minimum: 1}", "{minimum: 1}")))
        .hasMessage("ThingParams.size: no description in the contract; give doc");
    assertThatThrownBy(() -> models(PARAMS.replace("    page: {}\n", "    page: {name: build}\n")))
        .hasMessage("ThingParams.page: 'build' cannot be a Java name; give name");
    assertThatThrownBy(() -> models(PARAMS.replace("    page: {}\n", "    page: {name: flag}\n")))
        .hasMessage("ThingParams: two parameters named flag");
  }

  @Test
  void aParameterSharedByOperationsMustBeTheSameInEach() throws IOException {
    String both = """
        - module: m
          package: p
          class: PageParams
          operations: [list_things, list_others]
          javadoc: Pages.
          parameters:
            page: {}
        """;
    assertThatThrownBy(() -> models(both)).hasMessage("PageParams: query parameter page differs between operations");
  }
}
