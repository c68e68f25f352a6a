package io.github.mistral4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Feign interfaces declared in the overlay's {@code x-java-apis}: model, failures and emitted source. */
class ApiTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final String CONTRACT = """
      paths:
        /things:
          post:
            operationId: create_thing
            requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
            responses: {'201': {content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}}
          get:
            operationId: list_things
            parameters:
              - {name: filters, in: query, schema: {$ref: '#/components/schemas/Filters'}}
              - {name: page, in: query, schema: {type: integer, default: 0}}
              - {name: kind, in: query, schema: {anyOf: [{$ref: '#/components/schemas/Kind'}, {type: 'null'}]}}
              - {name: tags, in: query, schema: {anyOf: [{type: array, items: {$ref: '#/components/schemas/Kind'}}, {type: 'null'}]}}
              - {name: meta, in: query, content: {application/json: {schema: {type: object}}}}
            responses: {'200': {content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Thing'}}}}}}
        /things/{thing_id}#id:
          delete:
            operationId: delete_thing
            parameters:
              - {name: thing_id, in: path, required: true, schema: {type: string}}
              - {name: version, in: query, required: true, schema: {type: integer}}
              - {name: code, in: query, schema: {anyOf: [{type: integer}, {type: string}, {type: 'null'}]}}
            responses: {'204': {description: gone}}
        /owners/{owner_id}/me/things:
          get:
            operationId: list_me_things
            parameters: [{name: owner_id, in: path, required: true, schema: {type: string}}]
            responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}}
        /owners/{owner_id}/all/things:
          get:
            operationId: list_all_things
            parameters: [{name: owner_id, in: path, required: true, schema: {type: string}}]
            responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}}
      components:
        schemas:
          Thing: {type: object, properties: {name: {type: string}}, x-java: {module: m, package: p.model, class: Thing}}
          Kind: {type: string, enum: [a, b], x-java: {module: m, package: p.model, class: Kind}}
          Filters: {type: object, properties: {active: {anyOf: [{type: boolean}, {type: 'null'}]}, label: {type: string}}}
      """;

  private static final String APIS = """
      - module: m
        package: p.internal
        class: ThingsApi
        javadoc: The things.
        methods:
          - {operation: create_thing, name: create, nonIdempotent: true}
          - operation: list_things
            name: list
            doc: Lists things.
            form: [filters]
            skip: [filters.label]
            params: {meta: {name: metaJson}}
            order: [page, filters.active, kind, tags, meta]
          - operation: list_things
            name: listAsJson
            returns: List<JsonNode>
            skip: [filters, kind, tags, meta]
          - operation: delete_thing
            name: delete
            params: {code: {type: String}}
            body: p.internal.DeleteBody
          - {operation: 'list_{scope}_things', name: listScoped, expand: {scope: [me, all]}}
      """;

  private static List<ApiModel> models(String apis) throws IOException {
    return models(CONTRACT, apis);
  }

  private static List<ApiModel> models(String contract, String apis) throws IOException {
    ObjectNode doc = (ObjectNode) YAML.readTree(contract);
    ObjectNode overlay = YAML.createObjectNode().put("overlay", "1.0.0");
    ObjectNode action = overlay.putArray("actions").addObject().put("target", "$");
    action.putObject("update").set("x-java-apis", YAML.readTree(apis));
    OverlayApplier.apply(doc, overlay);
    return ApiModel.all(doc);
  }

  @Test
  void theModelTakesPathsParametersAndTypesFromTheContract() throws IOException {
    ApiModel model = models(APIS).get(0);
    assertThat(model.self().toString()).isEqualTo("p.internal.ThingsApi");
    assertThat(model.methods()).extracting(ApiModel.Method::requestLine).containsExactly(
        "POST /things",
        "GET /things?page={page}&active={active}&kind={kind}&tags={tags}&meta={meta}",
        "GET /things?page={page}",
        "DELETE /things/{thing_id}?version={version}&code={code}",
        "GET /owners/{owner_id}/{scope}/things");
    ApiModel.Method list = model.methods().get(1);
    assertThat(list.params()).extracting(ApiParam::name).containsExactly("page", "active", "kind", "tags", "metaJson");
    assertThat(list.params()).extracting(p -> p.type().toString())
        .containsExactly("java.lang.Integer", "java.lang.Boolean", "java.lang.String", "java.util.List<java.lang.String>",
            "java.lang.String");
    assertThat(list.params()).allMatch(p -> p.nullable() && p.query());
    assertThat(list.returns().toString()).isEqualTo("java.util.List<p.model.Thing>");
    ApiModel.Method delete = model.methods().get(3);
    assertThat(delete.params()).extracting(p -> p.type().toString()).containsExactly("java.lang.String", "int",
        "java.lang.String");
    assertThat(delete.params()).extracting(ApiParam::nullable).containsExactly(false, false, true);
    assertThat(delete.returns().toString()).isEqualTo("void");
    assertThat(delete.body()).hasToString("p.internal.DeleteBody");
    ApiModel.Method scoped = model.methods().get(4);
    assertThat(scoped.operationId()).isEqualTo("list_{scope}_things");
    assertThat(scoped.params()).extracting(ApiParam::wire).containsExactly("owner_id", "scope");
    assertThat(scoped.doc()).isEqualTo("{@code list_{scope}_things}.");
  }

  @Test
  void theEmitterWritesTheInterface() throws IOException {
    String source = ApiEmitter.emit(models(APIS).get(0), "h").toString();
    assertThat(source)
        .contains("// h\npackage p.internal;")
        .contains("/**\n * The things.\n */\npublic interface ThingsApi {")
        .contains("  /**\n   * {@code create_thing}.\n   */\n  @NonIdempotent\n  @OperationId(\"create_thing\")\n"
            + "  @RequestLine(\"POST /things\")\n  Thing create(Thing body);")
        .contains("   * Lists things.\n")
        .contains("List<Thing> list(@Param(\"page\") @Nullable Integer page, @Param(\"active\") @Nullable Boolean active,")
        .contains("@Param(\"tags\") @Nullable List<String> tags,\n      @Param(\"meta\") @Nullable String metaJson);")
        .contains("List<JsonNode> listAsJson(@Param(\"page\") @Nullable Integer page);")
        .contains("void delete(@Param(\"thing_id\") String thingId, @Param(\"version\") int version,\n"
            + "      @Param(\"code\") @Nullable String code, DeleteBody body);")
        .contains("@OperationId(\"list_{scope}_things\")")
        .contains("Thing listScoped(@Param(\"owner_id\") String ownerId, @Param(\"scope\") String scope);")
        .contains("import org.jspecify.annotations.Nullable;")
        .contains("import feign.Param;");
    assertThat(source.indexOf("@NonIdempotent")).isEqualTo(source.lastIndexOf("@NonIdempotent"));
  }

  @Test
  void anUnknownOperationFails() {
    assertThatThrownBy(() -> models("[{module: m, package: p, class: A, javadoc: x, methods: [{operation: nope, name: n}]}]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A.n: no operation nope in the contract");
  }

  @Test
  void aQueryParameterNeitherMappedNorSkippedFails() {
    String apis = "[{module: m, package: p, class: A, javadoc: x, methods: [{operation: list_things, name: n}]}]";
    assertThatThrownBy(() -> models(apis))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A.n: query parameter filters maps to no query type (object): give params.filters.type, list it"
            + " in form, or skip it");
    String union = "[{module: m, package: p, class: A, javadoc: x, methods: [{operation: delete_thing, name: n}]}]";
    assertThatThrownBy(() -> models(union))
        .hasMessage("A.n: query parameter code maps to no query type (a union): give params.code.type, list it in"
            + " form, or skip it");
  }

  @Test
  void aFormPropertyNeitherSentNorSkippedIsSent_andOverlayKeysNamingNothingFail() throws IOException {
    String sent = "[{module: m, package: p, class: A, javadoc: x, methods: [{operation: list_things, name: n,"
        + " form: [filters], skip: [kind, tags, meta]}]}]";
    assertThat(models(sent).get(0).methods().get(0).requestLine())
        .isEqualTo("GET /things?active={active}&label={label}&page={page}");
    String skipped = "[{module: m, package: p, class: A, javadoc: x, methods: [{operation: list_things, name: n,"
        + " skip: [filters, kind, tags, meta, nope]}]}]";
    assertThatThrownBy(() -> models(skipped)).hasMessage("A.n: skip names nope, which is no query parameter of it");
    String params = "[{module: m, package: p, class: A, javadoc: x, methods: [{operation: list_things, name: n,"
        + " skip: [filters, kind, tags, meta], params: {filters.active: {name: x}}}]}]";
    assertThatThrownBy(() -> models(params))
        .hasMessage("A.n: params names filters.active, which is no query parameter of it");
    String order = "[{module: m, package: p, class: A, javadoc: x, methods: [{operation: list_things, name: n,"
        + " form: [filters], skip: [kind, tags, meta], order: [page]}]}]";
    assertThatThrownBy(() -> models(order)).hasMessage("A.n: order lacks some of [filters.active, filters.label, page]");
  }

  @Test
  void twoMethodsWithTheSameSignatureFail() {
    String apis = "[{module: m, package: p, class: A, javadoc: x, methods: [{operation: create_thing, name: c},"
        + " {operation: create_thing, name: c, returns: List<JsonNode>}]}]";
    assertThatThrownBy(() -> models(apis))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A: two methods c(p.model.Thing)");
  }

  @Test
  void aPlaceholderNeedsItsValues_andOperationsThatDiffer() {
    String none = "[{module: m, package: p, class: A, javadoc: x, methods: [{operation: 'list_{scope}_things', name: l}]}]";
    assertThatThrownBy(() -> models(none)).hasMessage("A.l: list_{scope}_things needs expand: {scope: [values]}");
    String missing = "[{module: m, package: p, class: A, javadoc: x, methods: [{operation: 'list_{scope}_things',"
        + " name: l, expand: {scope: [me, some]}}]}]";
    assertThatThrownBy(() -> models(missing)).hasMessage("A.l: no operation list_some_things in the contract");
    String differing = CONTRACT.replace("/owners/{owner_id}/all/things:\n    get:", "/owners/{owner_id}/all/things:\n    put:");
    String apis = "[{module: m, package: p, class: A, javadoc: x, methods: [{operation: 'list_{scope}_things',"
        + " name: l, expand: {scope: [me, all]}}]}]";
    assertThatThrownBy(() -> models(differing, apis))
        .hasMessage("A.l: list_all_things differs from the other operations of list_{scope}_things");
  }

  @Test
  void aUnionResponseNeedsItsType() {
    String contract = CONTRACT.replace(
        "{schema: {type: array, items: {$ref: '#/components/schemas/Thing'}}}}}}",
        "{schema: {anyOf: [{type: string}, {type: array, items: {$ref: '#/components/schemas/Thing'}}]}}}}}");
    String apis = "[{module: m, package: p, class: A, javadoc: x, methods: [{operation: list_things, name: l,"
        + " skip: [filters, kind, tags, meta]}]}]";
    assertThatThrownBy(() -> models(contract, apis)).hasMessage("A.l (response): a union; give its Java type as returns");
  }

  @Test
  void aPathParameterTheContractDoesNotDeclareFails() {
    String contract = CONTRACT.replace("name: thing_id, in: path", "name: thing, in: path");
    String apis = "[{module: m, package: p, class: A, javadoc: x, methods: [{operation: delete_thing, name: d,"
        + " skip: [code]}]}]";
    assertThatThrownBy(() -> models(contract, apis))
        .hasMessage("A.d: /things/{thing_id} has {thing_id}, no parameter of delete_thing");
  }
}
