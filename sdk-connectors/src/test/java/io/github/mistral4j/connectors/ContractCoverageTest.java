package io.github.mistral4j.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.github.mistral4j.connectors.internal.CallToolBody;
import io.github.mistral4j.connectors.mcp.Annotations;
import io.github.mistral4j.connectors.mcp.AudioContent;
import io.github.mistral4j.connectors.mcp.BlobResourceContents;
import io.github.mistral4j.connectors.mcp.ClientCapabilities;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallMetadata;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.ConnectorToolResultMetadata;
import io.github.mistral4j.connectors.mcp.EmbeddedResource;
import io.github.mistral4j.connectors.mcp.ImageContent;
import io.github.mistral4j.connectors.mcp.McpPrompt;
import io.github.mistral4j.connectors.mcp.McpResource;
import io.github.mistral4j.connectors.mcp.McpServerAuthenticationRequirement;
import io.github.mistral4j.connectors.mcp.McpServerCard;
import io.github.mistral4j.connectors.mcp.McpServerCardMeta;
import io.github.mistral4j.connectors.mcp.McpServerIcon;
import io.github.mistral4j.connectors.mcp.McpServerRemote;
import io.github.mistral4j.connectors.mcp.McpServerRemoteHeader;
import io.github.mistral4j.connectors.mcp.McpServerRepository;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.connectors.mcp.McpToolMeta;
import io.github.mistral4j.connectors.mcp.McpUiToolMeta;
import io.github.mistral4j.connectors.mcp.PromptArgument;
import io.github.mistral4j.connectors.mcp.ResourceLink;
import io.github.mistral4j.connectors.mcp.ServerCapabilities;
import io.github.mistral4j.connectors.mcp.TextContent;
import io.github.mistral4j.connectors.mcp.TextResourceContents;
import io.github.mistral4j.connectors.mcp.ToolAnnotations;
import io.github.mistral4j.connectors.mcp.ToolExecution;
import io.github.mistral4j.connectors.mcp.TurbineLocale;
import io.github.mistral4j.connectors.mcp.TurbineMeta;
import io.github.mistral4j.connectors.mcp.TurbineToolMeta;
import io.github.mistral4j.connectors.mcp.TurbineToolType;
import io.github.mistral4j.connectors.model.AuthData;
import io.github.mistral4j.connectors.model.AuthDirection;
import io.github.mistral4j.connectors.model.AuthStatus;
import io.github.mistral4j.connectors.model.AuthUrlResponse;
import io.github.mistral4j.connectors.model.AuthenticationConfiguration;
import io.github.mistral4j.connectors.model.AuthenticationMethodCreateOrUpdateRequest;
import io.github.mistral4j.connectors.model.AuthenticationType;
import io.github.mistral4j.connectors.model.ConnectionConfigType;
import io.github.mistral4j.connectors.model.ConnectionCredentials;
import io.github.mistral4j.connectors.model.ConnectionPreference;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.connectors.model.ConnectorAuthenticationHeader;
import io.github.mistral4j.connectors.model.ConnectorLocale;
import io.github.mistral4j.connectors.model.ConnectorProtocol;
import io.github.mistral4j.connectors.model.ConnectorTool;
import io.github.mistral4j.connectors.model.ConsumerType;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.CredentialsCreateOrUpdate;
import io.github.mistral4j.connectors.model.CredentialsResponse;
import io.github.mistral4j.connectors.model.CredentialsStatus;
import io.github.mistral4j.connectors.model.CredentialsStatusErrorReason;
import io.github.mistral4j.connectors.model.ExecutionConfig;
import io.github.mistral4j.connectors.model.ExecutionTool;
import io.github.mistral4j.connectors.model.ExtendedOAuthServerMetadata;
import io.github.mistral4j.connectors.model.FunctionDefinition;
import io.github.mistral4j.connectors.model.FunctionTool;
import io.github.mistral4j.connectors.model.GlobalHeaderValue;
import io.github.mistral4j.connectors.model.LogicalExpression;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.OAuth2MetadataSecrets;
import io.github.mistral4j.connectors.model.OAuth2Token;
import io.github.mistral4j.connectors.model.OAuthMetadataSource;
import io.github.mistral4j.connectors.model.PaginatedConnectors;
import io.github.mistral4j.connectors.model.PaginationResponse;
import io.github.mistral4j.connectors.model.PublicAuthenticationMethod;
import io.github.mistral4j.connectors.model.PublicConnectionConfig;
import io.github.mistral4j.connectors.model.PublicConnectorExecutionData;
import io.github.mistral4j.connectors.model.PublicExecutionConnectionConfig;
import io.github.mistral4j.connectors.model.PublicExecutionConnector;
import io.github.mistral4j.connectors.model.PublicExecutionEnv;
import io.github.mistral4j.connectors.model.ResourceVisibility;
import io.github.mistral4j.connectors.model.ToolExecutionConfiguration;
import io.github.mistral4j.connectors.model.ToolProperties;
import io.github.mistral4j.connectors.model.UpdateConnectorRequest;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.Json;
import io.github.mistral4j.core.model.OpenEnum;
import io.github.mistral4j.testsupport.OpenApiDocument;
import io.github.mistral4j.testsupport.OpenApiDocument.Operation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fails when the contract has a {@code beta.connectors} operation without an SDK method, a query
 * or path parameter the method cannot send, or a schema property the SDK's models do not carry.
 * Model property names come from Jackson's own introspection of the model classes.
 */
class ContractCoverageTest {
  private static final String TAG = "beta.connectors";
  private static final ObjectMapper MAPPER = Json.mapper();

  /** The SDK method of every operation (the sync one; the async twin is checked to match). */
  private static final Map<String, Op> OPERATIONS = new LinkedHashMap<>();

  /** The model class of every object schema the operations reach. */
  private static final Map<String, Class<?>> SCHEMAS = new LinkedHashMap<>();

  /** The open enum of every string enum schema the operations reach. */
  private static final Map<String, Class<? extends OpenEnum>> ENUMS = new LinkedHashMap<>();

  /** Object schemas the SDK deliberately does not model as classes, and why. */
  private static final Map<String, String> NOT_MODELLED = new LinkedHashMap<>();

  private record Op(Class<?> type, String method, Class<?>... params) {
    Method sync() throws NoSuchMethodException {
      return type.getMethod(method, params);
    }
  }

  static {
    Class<?> c = ConnectorsClient.class;
    Class<?> t = ToolsService.class;
    Class<?> a = ActivationsService.class;
    Class<?> cr = CredentialsService.class;
    Class<?> ro = RequestOptions.class;
    OPERATIONS.put("connector_create_v1", new Op(c, "create", CreateConnectorRequest.class, ro));
    OPERATIONS.put("connector_list_v1", new Op(c, "list", ListConnectorsParams.class, ro));
    OPERATIONS.put("connector_get_v1", new Op(c, "get", String.class, GetConnectorParams.class, ro));
    OPERATIONS.put("connector_update_v1", new Op(c, "update", String.class, UpdateConnectorRequest.class, ro));
    OPERATIONS.put("connector_delete_v1", new Op(c, "delete", String.class, ro));
    OPERATIONS.put("connector_get_auth_url_v1", new Op(c, "getAuthUrl", String.class, GetAuthUrlParams.class, ro));
    OPERATIONS.put("connector_get_authentication_methods_v1", new Op(c, "getAuthenticationMethods", String.class, ro));
    OPERATIONS.put("connector_share_v1", new Op(c, "share", String.class, ro));
    OPERATIONS.put("connector_unshare_v1", new Op(c, "unshare", String.class, ro));
    OPERATIONS.put("connector_activate_for_consumer_v1", new Op(a, "activate", String.class, Scope.class, ro));
    OPERATIONS.put("connector_deactivate_for_consumer_v1", new Op(a, "deactivate", String.class, Scope.class, ro));
    OPERATIONS.put("connector_list_tools_v1", new Op(t, "list", String.class, ListToolsParams.class, ro));
    OPERATIONS.put(
        "connector_call_tool_v1", new Op(t, "call", String.class, String.class, Map.class, String.class, ro));
    for (String scope : List.of("organization", "workspace", "user")) {
      OPERATIONS.put(
          "connector_list_" + scope + "_credentials_v1",
          new Op(cr, "list", String.class, Scope.class, ListCredentialsParams.class, ro));
      OPERATIONS.put(
          "connector_create_or_update_" + scope + "_credentials_v1",
          new Op(cr, "createOrUpdate", String.class, Scope.class, CredentialsCreateOrUpdate.class, ro));
      OPERATIONS.put(
          "connector_delete_" + scope + "_credentials_v1",
          new Op(cr, "delete", String.class, Scope.class, String.class, ro));
    }
    OPERATIONS.put("connector_delete_all_user_credentials_v1", new Op(cr, "deleteAllUser", String.class, ro));

    SCHEMAS.put("CreateConnectorRequest", CreateConnectorRequest.class);
    SCHEMAS.put("GlobalHeaderValue", GlobalHeaderValue.class);
    SCHEMAS.put("AuthData", AuthData.class);
    SCHEMAS.put("ExtendedOAuthServerMetadata", ExtendedOAuthServerMetadata.class);
    SCHEMAS.put("Connector", Connector.class);
    SCHEMAS.put("MCPServerCard", McpServerCard.class);
    SCHEMAS.put("ServerCapabilities", ServerCapabilities.class);
    SCHEMAS.put("ClientCapabilities", ClientCapabilities.class);
    SCHEMAS.put("MCPServerRepository", McpServerRepository.class);
    SCHEMAS.put("MCPServerIcon", McpServerIcon.class);
    SCHEMAS.put("MCPServerRemote", McpServerRemote.class);
    SCHEMAS.put("MCPServerRemoteHeader", McpServerRemoteHeader.class);
    SCHEMAS.put("MCPServerAuthenticationRequirement", McpServerAuthenticationRequirement.class);
    SCHEMAS.put("MCPResource", McpResource.class);
    SCHEMAS.put("Annotations", Annotations.class);
    SCHEMAS.put("MCPServerCardTool", McpTool.class);
    SCHEMAS.put("MCPTool", McpTool.class);
    SCHEMAS.put("ToolAnnotations", ToolAnnotations.class);
    SCHEMAS.put("MCPToolMeta", McpToolMeta.class);
    SCHEMAS.put("MCPUIToolMeta", McpUiToolMeta.class);
    SCHEMAS.put("TurbineToolMeta", TurbineToolMeta.class);
    SCHEMAS.put("TurbineToolLocale", TurbineLocale.class);
    SCHEMAS.put("ServerLocale", TurbineLocale.class);
    SCHEMAS.put("ToolExecution", ToolExecution.class);
    SCHEMAS.put("MCPPrompt", McpPrompt.class);
    SCHEMAS.put("PromptArgument", PromptArgument.class);
    SCHEMAS.put("MCPServerCardMeta", McpServerCardMeta.class);
    SCHEMAS.put("TurbineMeta", TurbineMeta.class);
    SCHEMAS.put("ConnectorLocale", ConnectorLocale.class);
    SCHEMAS.put("ConnectorToolLocale", ConnectorLocale.class);
    SCHEMAS.put("PublicAuthenticationMethod", PublicAuthenticationMethod.class);
    SCHEMAS.put("ConnectorAuthenticationHeader", ConnectorAuthenticationHeader.class);
    SCHEMAS.put("ConnectionPreference", ConnectionPreference.class);
    SCHEMAS.put("ToolExecutionConfiguration", ToolExecutionConfiguration.class);
    SCHEMAS.put("LogicalExpression", LogicalExpression.class);
    SCHEMAS.put("ToolProperties", ToolProperties.class);
    SCHEMAS.put("AuthenticationConfiguration", AuthenticationConfiguration.class);
    SCHEMAS.put("CredentialsStatus", CredentialsStatus.class);
    SCHEMAS.put("ConnectorTool", ConnectorTool.class);
    SCHEMAS.put("ExecutionConfig", ExecutionConfig.class);
    SCHEMAS.put("PublicConnectionConfig", PublicConnectionConfig.class);
    SCHEMAS.put("PublicExecutionEnv", PublicExecutionEnv.class);
    SCHEMAS.put("Tool", FunctionTool.class);
    SCHEMAS.put("Function", FunctionDefinition.class);
    SCHEMAS.put("PublicConnectorExecutionData", PublicConnectorExecutionData.class);
    SCHEMAS.put("PublicExecutionConnector", PublicExecutionConnector.class);
    SCHEMAS.put("PublicExecutionConnectionConfig", PublicExecutionConnectionConfig.class);
    SCHEMAS.put("ExecutionTool", ExecutionTool.class);
    SCHEMAS.put("PaginatedConnectors", PaginatedConnectors.class);
    SCHEMAS.put("PaginationResponse", PaginationResponse.class);
    SCHEMAS.put("AuthUrlResponse", AuthUrlResponse.class);
    SCHEMAS.put("MessageResponse", MessageResponse.class);
    SCHEMAS.put("ConnectorCallToolRequest", CallToolBody.class);
    SCHEMAS.put("ConnectorToolCallResponse", ConnectorToolCallResponse.class);
    SCHEMAS.put("TextContent", TextContent.class);
    SCHEMAS.put("ImageContent", ImageContent.class);
    SCHEMAS.put("AudioContent", AudioContent.class);
    SCHEMAS.put("ResourceLink", ResourceLink.class);
    SCHEMAS.put("EmbeddedResource", EmbeddedResource.class);
    SCHEMAS.put("TextResourceContents", TextResourceContents.class);
    SCHEMAS.put("BlobResourceContents", BlobResourceContents.class);
    SCHEMAS.put("ConnectorToolCallMetadata", ConnectorToolCallMetadata.class);
    SCHEMAS.put("ConnectorToolResultMetadata", ConnectorToolResultMetadata.class);
    SCHEMAS.put("CredentialsResponse", CredentialsResponse.class);
    SCHEMAS.put("CredentialsCreateOrUpdate", CredentialsCreateOrUpdate.class);
    SCHEMAS.put("ConnectionCredentials", ConnectionCredentials.class);
    SCHEMAS.put("OAuth2Token", OAuth2Token.class);
    SCHEMAS.put("UpdateConnectorRequest", UpdateConnectorRequest.class);
    SCHEMAS.put("AuthenticationMethodCreateOrUpdateRequest", AuthenticationMethodCreateOrUpdateRequest.class);
    SCHEMAS.put("Oauth2MetadataSecrets", OAuth2MetadataSecrets.class);

    ENUMS.put("PublicResourceVisibility", ResourceVisibility.class);
    ENUMS.put("ResourceVisibility", ResourceVisibility.class);
    ENUMS.put("OAuthMetadataSource", OAuthMetadataSource.class);
    ENUMS.put("ConnectorProtocol", ConnectorProtocol.class);
    ENUMS.put("ToolType", TurbineToolType.class);
    ENUMS.put("ConsumerType", ConsumerType.class);
    ENUMS.put("OutboundAuthenticationType", AuthenticationType.class);
    ENUMS.put("InboundAuthenticationType", AuthenticationType.class);
    ENUMS.put("AuthStatus", AuthStatus.class);
    ENUMS.put("CredentialsStatusErrorReason", CredentialsStatusErrorReason.class);
    ENUMS.put("ConnectionConfigType", ConnectionConfigType.class);
    ENUMS.put("AuthDirection", AuthDirection.class);

    NOT_MODELLED.put("HTTPValidationError", "422 bodies: sdk-core's UnprocessableEntityException.validationErrors()");
    NOT_MODELLED.put("ValidationError", "422 bodies: sdk-core's ValidationError");
    NOT_MODELLED.put("ConnectorsQueryFilters", "a query parameter object: checked against ListConnectorsParams below");
  }

  /** Capability objects of server cards are JSON trees (listed in the module README). */
  private static boolean isJsonTree(String schema) {
    return schema.endsWith("Capability");
  }

  /** Plain string or integer schemas that need no class (map keys, HTTP status, a one-value tool type). */
  private static final Set<String> PLAIN_VALUES =
      Set.of("MCPSupportedLanguage", "ConnectorSupportedLanguage", "HTTPStatus", "ToolTypes");

  private OpenApiDocument doc;

  @BeforeEach
  void load() {
    doc = OpenApiDocument.load();
  }

  @Test
  void everyOperationHasASyncAndAnAsyncMethod() throws Exception {
    List<Operation> ops = doc.operations(TAG);
    assertThat(ops).as("operations tagged %s", TAG).hasSize(23);
    List<String> missing = new ArrayList<>();
    for (Operation op : ops) {
      Op sdk = OPERATIONS.get(op.operationId());
      if (sdk == null) {
        missing.add(op.operationId() + " (" + op.method() + " " + op.cleanPath() + ")");
        continue;
      }
      Method sync = sdk.sync();
      Method async = asyncTwin(sdk.type()).getMethod(sdk.method(), sdk.params());
      assertThat(async.getReturnType()).as("async %s", op.operationId()).isEqualTo(CompletableFuture.class);
      assertThat(sync.getReturnType()).as("sync %s", op.operationId()).isNotEqualTo(CompletableFuture.class);
    }
    assertThat(missing).as("contract operations without an SDK method").isEmpty();
    assertThat(OPERATIONS.keySet())
        .as("SDK table entries naming no contract operation")
        .isSubsetOf(ops.stream().map(Operation::operationId).toList());
  }

  @Test
  void everyParameterCanBeSent() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Operation op : doc.operations(TAG)) {
      Op sdk = OPERATIONS.get(op.operationId());
      if (sdk == null) {
        continue;
      }
      Method method = sdk.sync();
      Set<String> names = javaNames(method);
      for (String path : op.parameters("path")) {
        boolean scope = path.equals("consumer_scope") && Arrays.asList(method.getParameterTypes()).contains(Scope.class);
        if (!scope && !names.contains(camel(path))) {
          missing.add(op.operationId() + ": path " + path);
        }
      }
      for (String query : op.parameters("query")) {
        for (String name : queryNames(op, query)) {
          if (!names.contains(camel(name)) && !coveredElsewhere(op.operationId(), name)) {
            missing.add(op.operationId() + ": query " + query + (name.equals(query) ? "" : "." + name));
          }
        }
      }
    }
    assertThat(missing).as("contract parameters the SDK cannot send").isEmpty();
  }

  @Test
  void everySchemaPropertyHasAModelCounterpart() {
    Set<String> reached = new TreeSet<>();
    for (Operation op : doc.operations(TAG)) {
      reached.addAll(doc.reachableSchemas(op));
    }
    List<String> problems = new ArrayList<>();
    for (String schema : reached) {
      JsonNode node = doc.schema(schema);
      if (node.has("enum")) {
        checkEnum(schema, node, problems);
        continue;
      }
      if (isJsonTree(schema) || NOT_MODELLED.containsKey(schema) || PLAIN_VALUES.contains(schema)) {
        continue;
      }
      Class<?> model = SCHEMAS.get(schema);
      if (model == null) {
        problems.add(schema + ": no model class");
        continue;
      }
      Set<String> contract = doc.properties(schema);
      Set<String> sdk = jsonProperties(model);
      for (String property : contract) {
        if (!sdk.contains(property)) {
          problems.add(schema + "." + property + ": missing in " + model.getSimpleName());
        }
      }
      for (String property : sdk) {
        if (!contract.contains(property)) {
          problems.add(model.getSimpleName() + "." + property + ": not in the contract's " + schema);
        }
      }
    }
    assertThat(problems).as("schema properties without an SDK counterpart").isEmpty();
    assertThat(reached).as("schemas reached").contains("Connector", "MCPTool", "ConnectorToolCallResponse");
  }

  @Test
  void theJsonTreeSchemasAreTheCapabilitiesTheReadmeLists() {
    Set<String> reached = new TreeSet<>();
    for (Operation op : doc.operations(TAG)) {
      reached.addAll(doc.reachableSchemas(op));
    }
    Set<String> trees = reached.stream().filter(ContractCoverageTest::isJsonTree).collect(Collectors.toCollection(TreeSet::new));
    String readme = Fixtures.readme();
    assertThat(trees).isNotEmpty().allSatisfy(s -> assertThat(readme).contains("`" + s + "`"));
  }

  private void checkEnum(String schema, JsonNode node, List<String> problems) {
    if (PLAIN_VALUES.contains(schema)) {
      return;
    }
    Class<? extends OpenEnum> type = ENUMS.get(schema);
    if (type == null) {
      problems.add(schema + ": no enum class");
      return;
    }
    Set<String> known;
    try {
      @SuppressWarnings("unchecked")
      List<? extends OpenEnum> values = (List<? extends OpenEnum>) type.getMethod("knownValues").invoke(null);
      known = values.stream().map(OpenEnum::value).collect(Collectors.toSet());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    for (JsonNode value : node.get("enum")) {
      if (!known.contains(value.asText())) {
        problems.add(schema + " value " + value.asText() + ": not a constant of " + type.getSimpleName());
      }
    }
  }

  /** The names a method can send: its parameter names and the builder setters of its parameter objects. */
  private static Set<String> javaNames(Method method) {
    Set<String> names = new LinkedHashSet<>();
    for (Parameter p : method.getParameters()) {
      names.add(p.getName());
      if (p.getType().getSimpleName().endsWith("Params")) {
        for (Method m : p.getType().getMethods()) {
          if (m.getParameterCount() == 0 && !m.getDeclaringClass().equals(Object.class)) {
            names.add(m.getName());
          }
        }
      }
    }
    return names;
  }

  /** A query parameter's names on the wire: its own, or the properties of an object parameter sent in form style. */
  private List<String> queryNames(Operation op, String query) {
    for (JsonNode p : op.node().path("parameters")) {
      if (query.equals(p.path("name").asText())) {
        String ref = p.path("schema").path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
          String schema = ref.substring("#/components/schemas/".length());
          if (doc.schema(schema).path("type").asText().equals("object")) {
            return new ArrayList<>(doc.properties(schema));
          }
        }
      }
    }
    return List.of(query);
  }

  /** {@code pretty=true} has its own method, as its answer has another type. */
  private static boolean coveredElsewhere(String operationId, String query) throws NoSuchMethodException {
    if (operationId.equals("connector_list_tools_v1") && query.equals("pretty")) {
      return ToolsService.class.getMethod("listPretty", String.class, ListToolsParams.class, RequestOptions.class) != null;
    }
    return false;
  }

  private static Class<?> asyncTwin(Class<?> sync) {
    if (sync == ConnectorsClient.class) {
      return ConnectorsAsyncClient.class;
    }
    try {
      return Class.forName(sync.getName().replace("Service", "AsyncService"));
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no async twin of " + sync.getSimpleName(), e);
    }
  }

  private static Set<String> jsonProperties(Class<?> type) {
    JavaType javaType = MAPPER.constructType(type);
    return MAPPER.getSerializationConfig().introspect(javaType).findProperties().stream()
        .map(BeanPropertyDefinition::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char ch : snake.toCharArray()) {
      if (ch == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
        upper = false;
      }
    }
    return out.toString();
  }
}
