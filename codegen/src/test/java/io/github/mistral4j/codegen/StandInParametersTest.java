package io.github.mistral4j.codegen;

import static io.github.mistral4j.codegen.StandInDocuments.YAML;
import static io.github.mistral4j.codegen.StandInDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The stand-in's specs of the parameters the operations declare inline ({@code x-standin.parameters}). */
class StandInParametersTest {

  private static final String CONTRACT = """
      paths:
        /things/{scope}:
          post:
            operationId: put_thing
            requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
            parameters:
              - {name: scope, in: path, required: true, schema: {type: string, title: Scope, enum: [me, all]}}
              - {name: alias, in: query, required: true, schema: {type: string, minLength: 1, maxLength: 8, pattern: '^[a-z]+$'}}
              - {name: label, in: query, schema: {anyOf: [{type: string, pattern: '^[a-z]{1,4}$'}, {type: 'null'}]}}
              - {name: meta, in: query, content: {application/json: {schema: {type: object}}}}
          delete:
            operationId: delete_thing
            parameters:
              - {name: scope, in: path, required: true, schema: {type: string, title: Scope, enum: [me, all]}}
              - {name: label, in: path, required: true, schema: {type: string, title: Label, pattern: '^[a-z]{1,4}$'}}
              - {name: code, in: query, schema: {anyOf: [{type: string}, {type: integer}, {type: 'null'}]}}
              - {name: note, in: query, schema: {anyOf: [{type: string}, {type: 'null'}]}}
      components:
        schemas:
          Thing: {type: object, properties: {name: {type: string}}}
      """;

  private static final String STANDIN = """
      module: m
      package: p
      class: Specs2
      javadoc: The specs.
      parameters:
        alias: {}
        scope: {enum: Scope}
        label: {}
        code: {}
        note: {pattern: '^[a-z]*$'}
      """;

  private static String emit(String contract, String standin) throws IOException {
    return StandInDocuments.emit(contract, standin);
  }

  private static String emit(String standin) throws IOException {
    return StandInDocuments.emit(CONTRACT, standin);
  }

  @Test
  void theModelListsEachParameterWithTheOperationsDeclaringIt_inTheOverlaysOrder() throws IOException {
    StandInSpecsModel model = StandInSpecsModel.read(document(CONTRACT, STANDIN)).orElseThrow();
    assertThat(model.parameters()).extracting(StandInParameter::name)
        .containsExactly("alias", "scope", "label", "code", "note");
    assertThat(model.parameters().get(1).schemas()).containsOnlyKeys("put_thing", "delete_thing");
    assertThat(model.parameters().get(0).schemas()).containsOnlyKeys("put_thing");
  }

  @Test
  void eachParameterGetsOneConstantAfterTheSchemas_itsNullAlternativeBeingItsAbsence() throws IOException {
    String flat = emit(STANDIN).replaceAll("\\s*\\n\\s*", " ");
    assertThat(flat)
        .contains("public static final ObjectSpec THING = object(\"Thing\");")
        .contains("/** * The {@code alias} parameter, as the operations declare it. */ "
            + "public static final Spec ALIAS = string().minLength(1).maxLength(8).pattern(\"^[a-z]+$\");")
        .contains("public static final Spec SCOPE = oneOf(\"Scope\", \"me\", \"all\");")
        .contains("public static final Spec LABEL = string().pattern(\"^[a-z]{1,4}$\");")
        .contains("public static final Spec CODE = anyOf(string(), integer());")
        .contains("public static final Spec NOTE = string().pattern(\"^[a-z]*$\");")
        .doesNotContain("META");
    assertThat(flat.indexOf("THING = ")).isLessThan(flat.indexOf("ALIAS = "));
  }

  @Test
  void withoutParametersNoneIsGenerated() throws IOException {
    String standin = STANDIN.substring(0, STANDIN.indexOf("parameters:"));
    assertThat(StandInSpecsModel.read(document(CONTRACT, standin)).orElseThrow().parameters()).isEmpty();
    assertThat(emit(standin)).doesNotContain("ALIAS").doesNotContain("SCOPE");
  }

  @Test
  void aParameterDeclaredDifferentlyInTwoOperationsFailsNamingBoth() {
    String contract = CONTRACT.replace("title: Label, pattern: '^[a-z]{1,4}$'", "title: Label, pattern: '^[a-z]{1,5}$'");
    assertThatThrownBy(() -> emit(contract, STANDIN))
        .hasMessage("x-standin.parameters.label: declared differently in put_thing (string().pattern(\"^[a-z]{1,4}$\"))"
            + " and delete_thing (string().pattern(\"^[a-z]{1,5}$\"))");
    String enums = CONTRACT.replaceFirst("enum: \\[me, all]", "enum: [me, all, none]");
    assertThatThrownBy(() -> emit(enums, STANDIN))
        .hasMessageStartingWith("x-standin.parameters.scope: declared differently in put_thing (");
  }

  @Test
  void aParameterNoOperationDeclaresOrDeclaresWithoutASchemaFails() {
    assertThatThrownBy(() -> emit(STANDIN + "  missing: {}\n"))
        .hasMessage("x-standin.parameters: no operation declares missing");
    assertThatThrownBy(() -> emit(STANDIN + "  meta: {}\n"))
        .hasMessage("x-standin.parameters.meta: put_thing declares it without a schema");
    String ref = CONTRACT.replace("- {name: note, in: query,", "- {$ref: '#/components/parameters/Note'}\n"
        + "        - {name: other, in: query,");
    assertThatThrownBy(() -> emit(ref, STANDIN.replace("  note: {pattern: '^[a-z]*$'}\n", "")))
        .hasMessage("x-standin: a parameter of /things/{scope} without a name ($ref parameters are not supported)");
  }

  @Test
  void aRuleMustBeKnownAndApply() {
    assertThatThrownBy(() -> emit(STANDIN.replace("alias: {}", "alias: {default: a}")))
        .hasMessageStartingWith("x-standin.parameters.alias: unknown key default");
    assertThatThrownBy(() -> emit(STANDIN.replace("code: {}", "code: {enum: Code}")))
        .hasMessage("x-standin.parameters.code: enum applies to no string or inline enum of delete_thing.code");
    assertThatThrownBy(() -> emit(STANDIN.replace("alias: {}", "alias: {pattern: x}")))
        .hasMessage("put_thing.alias: the contract now has a pattern; remove x-standin's");
  }

  @Test
  void anInlineEnumWithoutItsNameOrAConstantClashingWithASchemasFails() {
    assertThatThrownBy(() -> emit(STANDIN.replace("scope: {enum: Scope}", "scope: {}")))
        .hasMessage("put_thing.scope: an inline enum of several values; name its enum in x-standin.rules");
    String clash = CONTRACT.replace("Thing: {type: object", "Alias: {type: string, enum: [a, b]}\n"
        + "    Thing: {type: object, properties: {alias: {$ref: '#/components/schemas/Alias'}}}\n"
        + "    Other: {type: object");
    assertThatThrownBy(() -> emit(clash, STANDIN))
        .hasMessage("x-standin.parameters.alias: its constant ALIAS is a schema's too");
  }

  @Test
  void aListedParameterOfAPathIsRefused_anUnlistedOneIgnored() throws IOException {
    String listed = CONTRACT.replace("  /things/{scope}:\n", "  /things/{scope}:\n    parameters: [{name: alias, in: query, schema: {type: string}}]\n");
    assertThatThrownBy(() -> emit(listed, STANDIN))
        .hasMessage("x-standin.parameters.alias: the path /things/{scope} declares it for all its operations, which is not supported");
    String other = CONTRACT.replace("  /things/{scope}:\n", "  /things/{scope}:\n    parameters: [{name: other, in: query, schema: {type: string}}]\n");
    assertThat(emit(other, STANDIN)).contains("ALIAS = ");
  }

  @Test
  void anOperationWithoutIdIsNamedByMethodAndPath() {
    String contract = CONTRACT.replace("operationId: delete_thing", "summary: Delete")
        .replace("title: Label, pattern: '^[a-z]{1,4}$'", "title: Label, pattern: '^[a-z]{1,5}$'");
    assertThatThrownBy(() -> emit(contract, STANDIN))
        .hasMessageContaining("and delete /things/{scope} (string()");
  }
}
