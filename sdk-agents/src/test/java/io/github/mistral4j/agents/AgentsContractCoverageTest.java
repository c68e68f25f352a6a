package io.github.mistral4j.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.AgentAliasResponse;
import io.github.mistral4j.agents.model.AgentListPage;
import io.github.mistral4j.agents.model.AgentTool;
import io.github.mistral4j.agents.model.ApiKeyAuth;
import io.github.mistral4j.agents.model.CodeInterpreterTool;
import io.github.mistral4j.agents.model.CompletionArgs;
import io.github.mistral4j.agents.model.CompletionArgsStop;
import io.github.mistral4j.agents.model.ConnectorAuthorization;
import io.github.mistral4j.agents.model.ConnectorTool;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.DocumentLibraryTool;
import io.github.mistral4j.agents.model.FunctionDefinition;
import io.github.mistral4j.agents.model.FunctionTool;
import io.github.mistral4j.agents.model.GuardrailConfig;
import io.github.mistral4j.agents.model.ImageGenerationTool;
import io.github.mistral4j.agents.model.JsonSchema;
import io.github.mistral4j.agents.model.ModerationLlmAction;
import io.github.mistral4j.agents.model.ModerationLlmV1CategoryThresholds;
import io.github.mistral4j.agents.model.ModerationLlmV1Config;
import io.github.mistral4j.agents.model.ModerationLlmV2CategoryThresholds;
import io.github.mistral4j.agents.model.ModerationLlmV2Config;
import io.github.mistral4j.agents.model.OAuth2TokenAuth;
import io.github.mistral4j.agents.model.Prediction;
import io.github.mistral4j.agents.model.ReasoningEffort;
import io.github.mistral4j.agents.model.RequestSource;
import io.github.mistral4j.agents.model.ResponseFormat;
import io.github.mistral4j.agents.model.ResponseFormatType;
import io.github.mistral4j.agents.model.ToolChoice;
import io.github.mistral4j.agents.model.ToolConfiguration;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import io.github.mistral4j.agents.model.WebSearchPremiumTool;
import io.github.mistral4j.agents.model.WebSearchTool;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.core.model.OpenEnum;
import io.github.mistral4j.core.model.Tristate;
import io.github.mistral4j.testsupport.OpenApiDocument;
import io.github.mistral4j.testsupport.OpenApiDocument.Operation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the contract and fails when a {@code beta.agents} operation, parameter or schema property
 * has no counterpart in the SDK. Model JSON names come from Jackson's own introspection of the
 * classes, so a renamed or forgotten property is caught.
 */
class AgentsContractCoverageTest {
  private static final String TAG = "beta.agents";
  private static final ObjectMapper MAPPER = Json.mapper();

  /**
   * operationId to the {@link AgentsClient} / {@link AgentsAsyncClient} method name, prefixed with
   * {@code versions().} or {@code aliases().} for the operations of a sub-service.
   */
  static final Map<String, String> OPERATIONS =
      Map.ofEntries(
          Map.entry("agents_api_v1_agents_create", "create"),
          Map.entry("agents_api_v1_agents_list", "list"),
          Map.entry("agents_api_v1_agents_list_pages", "list"),
          Map.entry("agents_api_v1_agents_get", "get"),
          Map.entry("agents_api_v1_agents_update", "update"),
          Map.entry("agents_api_v1_agents_delete", "delete"),
          Map.entry("agents_api_v1_agents_update_version", "versions().update"),
          Map.entry("agents_api_v1_agents_list_versions", "versions().list"),
          Map.entry("agents_api_v1_agents_get_version", "versions().get"),
          Map.entry("agents_api_v1_agents_create_or_update_alias", "aliases().createOrUpdate"),
          Map.entry("agents_api_v1_agents_list_version_aliases", "aliases().list"),
          Map.entry("agents_api_v1_agents_delete_alias", "aliases().delete"));

  /** Contract schema to model class. */
  static final Map<String, Class<?>> SCHEMAS = new LinkedHashMap<>();

  /** Schemas the agents module deliberately has no class for, and why. */
  static final Map<String, String> NOT_MODELLED =
      Map.of(
          "MetadataDict", "free-form JSON object, modelled as Map<String, JsonNode>",
          "HTTPValidationError",
              "error body, decoded by sdk-core into UnprocessableEntityException",
          "ValidationError", "error body item, decoded by sdk-core into core ValidationError");

  static {
    SCHEMAS.put("Agent", Agent.class);
    SCHEMAS.put("AgentListPage", AgentListPage.class);
    SCHEMAS.put("AgentAliasResponse", AgentAliasResponse.class);
    SCHEMAS.put("CreateAgentRequest", CreateAgentRequest.class);
    SCHEMAS.put("UpdateAgentRequest", UpdateAgentRequest.class);
    SCHEMAS.put("FunctionTool", FunctionTool.class);
    SCHEMAS.put("Function", FunctionDefinition.class);
    SCHEMAS.put("WebSearchTool", WebSearchTool.class);
    SCHEMAS.put("WebSearchPremiumTool", WebSearchPremiumTool.class);
    SCHEMAS.put("CodeInterpreterTool", CodeInterpreterTool.class);
    SCHEMAS.put("ImageGenerationTool", ImageGenerationTool.class);
    SCHEMAS.put("DocumentLibraryTool", DocumentLibraryTool.class);
    SCHEMAS.put("CustomConnector", ConnectorTool.class);
    SCHEMAS.put("ToolConfiguration", ToolConfiguration.class);
    SCHEMAS.put("OAuth2TokenAuth", OAuth2TokenAuth.class);
    SCHEMAS.put("APIKeyAuth", ApiKeyAuth.class);
    SCHEMAS.put("CompletionArgs", CompletionArgs.class);
    SCHEMAS.put("CompletionArgsStop", CompletionArgsStop.class);
    SCHEMAS.put("Prediction", Prediction.class);
    SCHEMAS.put("ResponseFormat", ResponseFormat.class);
    SCHEMAS.put("ResponseFormats", ResponseFormatType.class);
    SCHEMAS.put("JsonSchema", JsonSchema.class);
    SCHEMAS.put("ToolChoiceEnum", ToolChoice.class);
    SCHEMAS.put("ReasoningEffort", ReasoningEffort.class);
    SCHEMAS.put("GuardrailConfig", GuardrailConfig.class);
    SCHEMAS.put("ModerationLLMV1Config", ModerationLlmV1Config.class);
    SCHEMAS.put("ModerationLLMV1CategoryThresholds", ModerationLlmV1CategoryThresholds.class);
    SCHEMAS.put("ModerationLLMV2Config", ModerationLlmV2Config.class);
    SCHEMAS.put("ModerationLLMV2CategoryThresholds", ModerationLlmV2CategoryThresholds.class);
    SCHEMAS.put("ModerationLLMAction", ModerationLlmAction.class);
    SCHEMAS.put("RequestSource", RequestSource.class);
  }

  private static OpenApiDocument doc;
  private static List<Operation> operations;

  @BeforeAll
  static void load() {
    doc = OpenApiDocument.load();
    operations = doc.operations(TAG);
  }

  @Test
  void tagHasTheTwelveOperations_andEachIsMapped() {
    Set<String> ids =
        operations.stream()
            .map(Operation::operationId)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(ids).hasSize(12).isEqualTo(new TreeSet<>(OPERATIONS.keySet()));
  }

  @Test
  void everyOperation_hasSyncAndAsyncMethods_withARequestOptionsOverload() {
    for (Operation op : operations) {
      String target = OPERATIONS.get(op.operationId());
      String name = methodName(target);
      List<Method> sync = publicMethods(syncType(target), name);
      List<Method> async = publicMethods(asyncType(target), name);
      assertThat(sync).as("AgentsClient.%s for %s", name, op.operationId()).isNotEmpty();
      assertThat(async).as("AgentsAsyncClient.%s for %s", name, op.operationId()).isNotEmpty();
      assertThat(sync)
          .as("RequestOptions overload of AgentsClient.%s", name)
          .anyMatch(AgentsContractCoverageTest::takesOptions);
      assertThat(async)
          .as("RequestOptions overload of AgentsAsyncClient.%s", name)
          .anyMatch(AgentsContractCoverageTest::takesOptions);
      assertThat(async)
          .allMatch(
              m -> m.getReturnType() == CompletableFuture.class,
              "async methods return CompletableFuture");
      for (Method m : sync) {
        Class<?>[] params = m.getParameterTypes();
        assertThat(async)
            .as("async twin of %s", m)
            .anyMatch(a -> Arrays.equals(a.getParameterTypes(), params));
      }
    }
  }

  @Test
  void everyList_returnsAPage_andEveryListAll_anAutoPager() {
    for (Class<?> type :
        List.of(AgentsClient.class, AgentVersionsClient.class, AgentAliasesClient.class)) {
      for (Method m : type.getMethods()) {
        if (m.getName().startsWith("list") && !m.getName().equals("listAll")) {
          assertThat(m.getReturnType()).as("%s", m).isEqualTo(io.github.mistral4j.core.page.Page.class);
        } else if (m.getName().equals("listAll")) {
          assertThat(m.getReturnType()).as("%s", m).isEqualTo(io.github.mistral4j.core.page.AutoPager.class);
        }
      }
    }
    for (Class<?> type :
        List.of(AgentsAsyncClient.class, AgentVersionsAsyncClient.class, AgentAliasesAsyncClient.class)) {
      for (Method m : type.getMethods()) {
        if (m.getName().startsWith("list") && !m.getName().equals("listAll")) {
          assertThat(m.getGenericReturnType().getTypeName())
              .as("%s", m)
              .startsWith("java.util.concurrent.CompletableFuture<io.github.mistral4j.core.page.AsyncPage<");
        } else if (m.getName().equals("listAll")) {
          assertThat(m.getReturnType()).as("%s", m).isEqualTo(io.github.mistral4j.core.page.AsyncAutoPager.class);
        }
      }
    }
  }

  @Test
  void subServices_coverTheirOperations() {
    assertThat(methodNames(AgentVersionsClient.class)).contains("update", "list", "listAll", "get");
    assertThat(methodNames(AgentVersionsAsyncClient.class)).contains("update", "list", "get");
    assertThat(methodNames(AgentAliasesClient.class)).contains("createOrUpdate", "list", "delete");
    assertThat(methodNames(AgentAliasesAsyncClient.class))
        .contains("createOrUpdate", "list", "delete");
    assertThat(methodNames(AgentsClient.class)).contains("listAll");
  }

  @Test
  void everyParameter_hasACounterpart() {
    for (Operation op : operations) {
      String target = OPERATIONS.get(op.operationId());
      Set<String> sdkNames = new LinkedHashSet<>();
      for (Method m : publicMethods(syncType(target), methodName(target))) {
        for (Parameter p : m.getParameters()) {
          sdkNames.add(p.getName());
          if (p.getType().getSimpleName().endsWith("Params")) {
            sdkNames.addAll(methodNames(p.getType()));
          }
        }
      }
      List<String> params = new ArrayList<>(op.parameters("path"));
      params.addAll(op.parameters("query"));
      for (String param : params) {
        assertThat(sdkNames).as("%s parameter %s", op.operationId(), param).contains(camel(param));
      }
    }
  }

  @Test
  void everyReachableSchema_isModelledOrExplained() {
    Set<String> reachable = new TreeSet<>();
    operations.forEach(op -> reachable.addAll(doc.reachableSchemas(op)));

    for (String schema : reachable) {
      assertThat(SCHEMAS.containsKey(schema) || NOT_MODELLED.containsKey(schema))
          .as("schema %s has no model class", schema)
          .isTrue();
    }
    assertThat(reachable).containsAll(SCHEMAS.keySet());
  }

  @Test
  void everySchemaProperty_hasTheSameJsonName_inTheModel() {
    for (Map.Entry<String, Class<?>> e : SCHEMAS.entrySet()) {
      Set<String> contract = doc.properties(e.getKey());
      if (contract.isEmpty()) {
        continue;
      }
      Class<?> model = e.getValue();
      assertThat(serialisedNames(model))
          .as("JSON properties written by %s", model.getSimpleName())
          .isEqualTo(contract);
      if (model.isAnnotationPresent(JsonDeserialize.class)) {
        assertThat(deserialisedNames(model))
            .as("JSON properties read by %s", model.getSimpleName())
            .isEqualTo(contract);
      }
    }
  }

  @Test
  void accessorNullness_followsTheContract() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Class<?>> e : SCHEMAS.entrySet()) {
      JsonNode schema = doc.schema(e.getKey());
      Set<String> required = new LinkedHashSet<>();
      schema.path("required").forEach(r -> required.add(r.asText()));
      Class<?> model = e.getValue();
      for (String property : doc.properties(e.getKey())) {
        Method getter = getter(model, property);
        if (getter == null || getter.getReturnType() == Tristate.class) {
          continue;
        }
        boolean nullable = getter.getAnnotatedReturnType().isAnnotationPresent(Nullable.class);
        boolean collection =
            Collection.class.isAssignableFrom(getter.getReturnType())
                || Map.class.isAssignableFrom(getter.getReturnType());
        boolean contractAllowsAbsence =
            !required.contains(property) || allowsNull(schema.path("properties").path(property));
        boolean constant = property.equals("type") && hasTypeConstant(model);
        if (required.contains(property)
            && !allowsNull(schema.path("properties").path(property))
            && nullable) {
          problems.add(
              model.getSimpleName()
                  + "."
                  + getter.getName()
                  + " is @Nullable but "
                  + property
                  + " is required");
        }
        if (contractAllowsAbsence && !nullable && !collection && !constant) {
          problems.add(
              model.getSimpleName()
                  + "."
                  + getter.getName()
                  + " must be @Nullable: "
                  + property
                  + " may be absent");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void enumSchemas_haveEveryValue() throws Exception {
    for (Map.Entry<String, Class<?>> e : SCHEMAS.entrySet()) {
      JsonNode values = doc.schema(e.getKey()).path("enum");
      if (!values.isArray() || !OpenEnum.class.isAssignableFrom(e.getValue())) {
        continue;
      }
      List<String> contract = new ArrayList<>();
      values.forEach(v -> contract.add(v.asText()));
      List<?> known = (List<?>) e.getValue().getMethod("knownValues").invoke(null);
      assertThat(known.stream().map(Object::toString).toList()).as(e.getKey()).isEqualTo(contract);
    }
  }

  @Test
  void unionDiscriminators_mapToTheVariantsOfTheSealedTypes() throws Exception {
    JsonNode tools = doc.schema("Agent").path("properties").path("tools").path("items");
    assertDiscriminator(tools.path("discriminator").path("mapping"), AgentTool.class);
    JsonNode auth =
        doc.schema("CustomConnector").path("properties").path("authorization").path("anyOf").get(0);
    assertDiscriminator(auth.path("discriminator").path("mapping"), ConnectorAuthorization.class);
  }

  @Test
  void readme_documentsEveryOperation() throws Exception {
    Path readme = Path.of("README.md");
    assertThat(readme).exists();
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    for (Map.Entry<String, String> e : OPERATIONS.entrySet()) {
      assertThat(text)
          .as("README row for %s", e.getKey())
          .containsPattern("`" + e.getKey() + "`.*`" + Pattern.quote(e.getValue() + "("));
    }
  }

  private static void assertDiscriminator(JsonNode mapping, Class<?> union) throws Exception {
    assertThat(mapping.size()).isPositive();
    Set<Class<?>> permitted = Set.of(union.getPermittedSubclasses());
    for (Map.Entry<String, JsonNode> m : mapping.properties()) {
      String schema = m.getValue().asText().substring("#/components/schemas/".length());
      Class<?> variant = SCHEMAS.get(schema);
      assertThat(permitted)
          .as("variant of %s for %s", union.getSimpleName(), m.getKey())
          .contains(variant);
      assertThat(variant.getField("TYPE").get(null)).isEqualTo(m.getKey());
      Object decoded;
      try {
        decoded = MAPPER.readValue("{\"type\":\"" + m.getKey() + "\"}", union);
      } catch (com.fasterxml.jackson.databind.JsonMappingException routedToVariantButIncomplete) {
        decoded = null; // the variant was chosen and rejected the missing required fields
      }
      assertThat(decoded)
          .as("decoding type %s", m.getKey())
          .satisfiesAnyOf(d -> assertThat(d).isNull(), d -> assertThat(d).isInstanceOf(variant));
    }
  }

  private static boolean allowsNull(JsonNode property) {
    for (JsonNode branch : property.path("anyOf")) {
      if ("null".equals(branch.path("type").asText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasTypeConstant(Class<?> model) {
    try {
      return Modifier.isStatic(model.getField("TYPE").getModifiers());
    } catch (NoSuchFieldException e) {
      return false;
    }
  }

  private static @Nullable Method getter(Class<?> model, String property) {
    for (Method m : model.getMethods()) {
      JsonProperty p = m.getAnnotation(JsonProperty.class);
      if (p != null && p.value().equals(property) && m.getParameterCount() == 0) {
        return m;
      }
    }
    return null;
  }

  private static Set<String> serialisedNames(Class<?> model) {
    BeanDescription desc = MAPPER.getSerializationConfig().introspect(MAPPER.constructType(model));
    return desc.findProperties().stream()
        .filter(BeanPropertyDefinition::couldSerialize)
        .map(BeanPropertyDefinition::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> deserialisedNames(Class<?> model) {
    Class<?> builder = model.getAnnotation(JsonDeserialize.class).builder();
    DeserializationConfig config = MAPPER.getDeserializationConfig();
    JavaType type = MAPPER.constructType(model);
    BeanDescription desc =
        config.introspectForBuilder(MAPPER.constructType(builder), config.introspect(type));
    return desc.findProperties().stream()
        .filter(BeanPropertyDefinition::couldDeserialize)
        .map(BeanPropertyDefinition::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean takesOptions(Method m) {
    Class<?>[] params = m.getParameterTypes();
    return params.length > 0 && params[params.length - 1] == RequestOptions.class;
  }

  private static String methodName(String target) {
    return target.substring(target.lastIndexOf('.') + 1);
  }

  private static Class<?> syncType(String target) {
    if (target.startsWith("versions().")) {
      return AgentVersionsClient.class;
    }
    return target.startsWith("aliases().") ? AgentAliasesClient.class : AgentsClient.class;
  }

  private static Class<?> asyncType(String target) {
    if (target.startsWith("versions().")) {
      return AgentVersionsAsyncClient.class;
    }
    return target.startsWith("aliases().") ? AgentAliasesAsyncClient.class : AgentsAsyncClient.class;
  }

  private static List<Method> publicMethods(Class<?> type, String name) {
    List<Method> out = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && !Modifier.isStatic(m.getModifiers())) {
        out.add(m);
      }
    }
    return out;
  }

  private static Set<String> methodNames(Class<?> type) {
    return Arrays.stream(type.getMethods()).map(Method::getName).collect(Collectors.toSet());
  }

  private static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
        upper = false;
      }
    }
    return out.toString();
  }
}
