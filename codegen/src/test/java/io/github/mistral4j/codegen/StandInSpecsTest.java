package io.github.mistral4j.codegen;

import static io.github.mistral4j.codegen.StandInDocuments.YAML;
import static io.github.mistral4j.codegen.StandInDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The stand-in's request specs declared by the overlay's {@code x-standin}: model and emitted source. */
class StandInSpecsTest {

  private static final String CONTRACT = """
      paths:
        /things:
          post:
            requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
          patch:
            requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/ThingPatch'}}}}
      components:
        schemas:
          Thing:
            type: object
            required: [name, server]
            additionalProperties: false
            properties:
              name: {type: string, minLength: 1, maxLength: 64, pattern: '^[a-z]+$'}
              server: {type: string, minLength: 1, maxLength: 2083, format: uri}
              issuer: {type: string, minLength: 1, format: uri}
              at: {anyOf: [{type: string, format: date-time}, {type: 'null'}]}
              count: {anyOf: [{type: integer, minimum: 0, maximum: 9}, {type: 'null'}]}
              ratio: {type: number, minimum: -2, maximum: 2}
              floor: {type: number, minimum: 0.5}
              on: {type: boolean, default: true}
              kind: {type: string, enum: [thing], default: thing}
              mode: {type: string, const: fast, default: fast}
              color: {$ref: '#/components/schemas/Color', default: red}
              tags: {type: array, items: {type: string}, minItems: 1, uniqueItems: true}
              codes: {type: array, items: {type: string}, default: [a, b]}
              extra: {type: object, additionalProperties: true}
              labels: {anyOf: [{type: object, additionalProperties: {type: string}}, {type: 'null'}]}
              stop: {$ref: '#/components/schemas/Stop'}
              parts: {type: array, items: {$ref: '#/components/schemas/Part'}}
              rule: {anyOf: [{type: array, items: {type: string}}, {$ref: '#/components/schemas/Expr'}, {type: 'null'}]}
          ThingPatch:
            type: object
            properties:
              name: {anyOf: [{type: string}, {type: 'null'}]}
          Color: {type: string, enum: [red, blue]}
          Stop: {anyOf: [{type: string}, {type: array, items: {type: string}}, {type: 'null'}]}
          Part:
            oneOf: [{$ref: '#/components/schemas/Bolt'}, {$ref: '#/components/schemas/Nut'}]
            discriminator: {propertyName: type, mapping: {nut: '#/components/schemas/Nut', bolt: '#/components/schemas/Bolt'}}
          Bolt: {type: object, additionalProperties: true, properties: {type: {type: string, enum: [bolt]}}}
          Nut: {type: object, properties: {type: {type: string, enum: [nut]}, size: {type: string}}}
          Expr:
            type: object
            required: [op]
            properties:
              op: {type: string, enum: [and, or]}
              of: {type: array, items: {anyOf: [{type: array, items: {type: string}}, {$ref: '#/components/schemas/Expr'}]}}
          Extra: {type: object, properties: {note: {type: string}}}
          Unused: {type: object, properties: {x: {type: string}}}
      """;

  private static final String STANDIN = """
      module: m
      package: p
      class: Specs2
      javadoc: The specs.
      schemas: [Extra]
      partial: [ThingPatch]
      rules:
        Thing.extra: {default: {}}
        ThingPatch.name: {pattern: '^[a-z]{1,8}$'}
        Expr.op: {enum: Operator}
      """;

  private static String emit(String contract, String standin) throws IOException {
    return StandInDocuments.emit(contract, standin);
  }

  private static String emit(String standin) throws IOException {
    return StandInDocuments.emit(CONTRACT, standin);
  }

  @Test
  void theModelReachesEverySchemaOfTheBodiesAndTheListedOnes_inOrder() throws IOException {
    StandInSpecsModel model = StandInSpecsModel.read(document(CONTRACT, STANDIN)).orElseThrow();
    assertThat(model.self().toString()).isEqualTo("p.Specs2");
    assertThat(model.module()).isEqualTo("m");
    assertThat(model.schemas()).containsExactly("Thing", "Color", "Bolt", "Nut", "Expr", "ThingPatch", "Extra");
    assertThat(model.partial()).containsExactly("ThingPatch");
  }

  @Test
  void withoutStandInThereIsNothingToGenerate() throws IOException {
    assertThat(StandInSpecsModel.read(YAML.readTree(CONTRACT))).isEmpty();
  }

  @Test
  void theSourceDeclaresEachSchemaOnceWithTheContractsTypesLimitsAndDefaults() throws IOException {
    String source = emit(STANDIN);
    String flat = source.replaceAll("\\s*\\n\\s*", " ");
    assertThat(source).startsWith("// Generated.\npackage p;\n");
    assertThat(flat)
        .contains("import static io.github.mistral4j.testkit.internal.validation.Specs.tagged;")
        .contains("public static final ObjectSpec THING = object(\"Thing\");")
        .contains("public static final Spec COLOR = oneOf(\"Color\", \"red\", \"blue\");")
        .contains(".required(\"name\", string().minLength(1).maxLength(64).pattern(\"^[a-z]+$\"))")
        .contains(".required(\"server\", url())")
        .contains(".optional(\"issuer\", string().minLength(1))")
        .contains(".optional(\"at\", nullable(dateTime()))")
        .contains(".optional(\"count\", nullable(integer().min(0).max(9)))")
        .contains(".optional(\"ratio\", number().range(-2, 2))")
        .contains(".optional(\"floor\", number().range(0.5, Double.POSITIVE_INFINITY))")
        .contains(".optional(\"on\", bool(), flag(true))")
        .contains(".optional(\"kind\", literal(\"thing\"), text(\"thing\"))")
        .contains(".optional(\"mode\", literal(\"fast\"), text(\"fast\"))")
        .contains(".optional(\"color\", COLOR, text(\"red\"))")
        .contains(".optional(\"tags\", list(string()).minItems(1))")
        .contains(".optional(\"codes\", list(string()), JsonNodeFactory.instance.arrayNode().add(\"a\").add(\"b\"))")
        .contains(".optional(\"extra\", anyObject(), emptyObject())")
        .contains(".optional(\"labels\", nullable(map(string())))")
        .contains(".optional(\"stop\", nullable(anyOf(string(), list(string()))))")
        .contains(".optional(\"parts\", list(tagged(\"type\", variant(\"bolt\", BOLT), variant(\"nut\", NUT))))")
        .contains(".optional(\"rule\", nullable(anyOf(list(string()), EXPR)))")
        .contains(".forbidExtra(); BOLT .optional(\"type\", literal(\"bolt\")) .allowExtra();")
        .contains(".required(\"op\", oneOf(\"Operator\", \"and\", \"or\"))")
        .contains(".optional(\"of\", list(anyOf(list(string()), EXPR)))")
        .contains(".optional(\"name\", nullable(string().pattern(\"^[a-z]{1,8}$\"))) .partial();")
        .contains("EXTRA .optional(\"note\", string());")
        .doesNotContain("UNUSED");
  }

  @Test
  void aKeywordTheSpecsCannotCheckFailsNamingWhere() {
    String contract = CONTRACT.replace("minimum: 0, maximum: 9", "exclusiveMinimum: 0");
    assertThatThrownBy(() -> emit(contract, STANDIN))
        .hasMessage("Thing.count: keyword exclusiveMinimum is not supported by the stand-in's specs");
  }

  @Test
  void anInlineEnumOfSeveralValuesNeedsItsEnumName() {
    assertThatThrownBy(() -> emit(STANDIN.replace("Expr.op: {enum: Operator}", "")))
        .hasMessage("Expr.op: an inline enum of several values; name its enum in x-standin.rules");
  }

  @Test
  void aUnionWithoutDiscriminatorAnUnknownFormatOrDefaultAndAnInlineObjectFail() {
    assertThatThrownBy(() -> emit(CONTRACT.replace("discriminator: {propertyName: type, ", "x-d: {"), STANDIN))
        .hasMessage("Thing.parts[] -> Part: a oneOf without a discriminator");
    assertThatThrownBy(() -> emit(CONTRACT.replace("{nut: '#/components/schemas/Nut', ", "{"), STANDIN))
        .hasMessage("Thing.parts[] -> Part: variant #/components/schemas/Nut has no tag in the discriminator's mapping");
    assertThatThrownBy(() -> emit(CONTRACT.replace("oneOf: [{$ref: '#/components/schemas/Bolt'}", "oneOf: [{type: string}"), STANDIN))
        .hasMessage("Thing.parts[] -> Part: variant {\"type\":\"string\"} is not a named object schema");
    assertThatThrownBy(() -> emit(CONTRACT.replace("format: date-time", "format: email"), STANDIN))
        .hasMessage("Thing.at: format email is not supported by the stand-in's specs");
    assertThatThrownBy(() -> emit(CONTRACT.replace("default: [a, b]", "default: [1]"), STANDIN))
        .hasMessage("Thing.codes: default [1] is not supported by the stand-in's specs");
    assertThatThrownBy(() -> emit(CONTRACT.replace("extra: {type: object,", "extra: {type: object, properties: {a: {type: string}},"), STANDIN))
        .hasMessage("Thing.extra: an inline object with properties; the stand-in's specs need a named schema");
  }

  @Test
  void aRuleMustNameAPropertyAndApply() {
    assertThatThrownBy(() -> emit(STANDIN.replace("Thing.extra:", "Thing.nope:")))
        .hasMessage("x-standin.rules: Thing.nope names no property of a schema the stand-in checks (Schema.property)");
    assertThatThrownBy(() -> emit(STANDIN.replace("Thing.extra:", "Unused.x:")))
        .hasMessage("x-standin.rules: Unused.x names no property of a schema the stand-in checks (Schema.property)");
    assertThatThrownBy(() -> emit(STANDIN.replace("{default: {}}", "{max: 3}")))
        .hasMessageStartingWith("x-standin.rules.Thing.extra: unknown key max");
    assertThatThrownBy(() -> emit(STANDIN.replace("Thing.extra: {default: {}}", "Thing.on: {pattern: x}")))
        .hasMessage("x-standin.rules.Thing.on: pattern applies to no string or inline enum of the property");
  }

  @Test
  void aRuleTheContractNowStatesFails_soThatTheOverlayDoesNotHideIt() {
    assertThatThrownBy(() -> emit(STANDIN.replace("Thing.extra:", "Thing.on:")))
        .hasMessage("Thing.on: the contract now has a default; remove x-standin's");
    assertThatThrownBy(() -> emit(STANDIN.replace("Thing.extra: {default: {}}", "Thing.name: {pattern: x}")))
        .hasMessage("Thing.name: the contract now has a pattern; remove x-standin's");
  }

  @Test
  void partialAndSchemasMustNameSchemasTheStandInChecks() {
    assertThatThrownBy(() -> emit(STANDIN.replace("partial: [ThingPatch]", "partial: [Unused]")))
        .hasMessage("x-standin.partial: Unused is no object schema the stand-in checks");
    assertThatThrownBy(() -> emit(STANDIN.replace("schemas: [Extra]", "schemas: [Missing]")))
        .hasMessage("x-standin.schemas: no schema Missing in the contract");
    assertThatThrownBy(() -> emit(STANDIN.replace("class: Specs2", "")))
        .hasMessage("x-standin.class is missing");
  }

  @Test
  void constantNamesAreTheSchemaNamesInUpperSnakeCase() {
    assertThat(SpecExpressions.constant("CreateAgentRequest")).isEqualTo("CREATE_AGENT_REQUEST");
    assertThat(SpecExpressions.constant("ExtendedOAuthServerMetadata")).isEqualTo("EXTENDED_OAUTH_SERVER_METADATA");
    assertThat(SpecExpressions.constant("APIKeyAuth")).isEqualTo("API_KEY_AUTH");
    assertThat(SpecExpressions.constant("ModerationLLMV1Config")).isEqualTo("MODERATION_LLMV1_CONFIG");
  }
}
