package io.github.mistral4j.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.agents.model.AgentTool;
import io.github.mistral4j.agents.model.ConnectorAuthorization;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import io.github.mistral4j.connectors.GetAuthUrlParams;
import io.github.mistral4j.connectors.Scope;
import io.github.mistral4j.connectors.model.AuthData;
import io.github.mistral4j.connectors.model.AuthenticationMethodCreateOrUpdateRequest;
import io.github.mistral4j.connectors.model.AuthenticationType;
import io.github.mistral4j.connectors.model.ConnectionCredentials;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.CredentialsCreateOrUpdate;
import io.github.mistral4j.connectors.model.GlobalHeaderValue;
import io.github.mistral4j.connectors.model.OAuth2MetadataSecrets;
import io.github.mistral4j.connectors.model.OAuth2Token;
import io.github.mistral4j.connectors.model.UpdateConnectorRequest;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.LogLevel;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With logging at its most verbose ({@link LogLevel#BODY}, every SDK logger at {@code ALL}),
 * every credential-bearing operation runs against answers that echo the secrets back, and no
 * secret may appear in the captured logs, in an exception's message, {@code toString()} or causes,
 * or in the {@code toString()} of a request or response model, of the client or call options.
 */
class SecretHygieneTest {
  // every secret is distinct, so that a leak names its source
  static final String API_KEY = "sk-api-key-SECRET-0001";
  static final String DEFAULT_HEADER = "default-header-SECRET-0002";
  static final String CALL_HEADER = "call-header-SECRET-0003";
  static final String CLIENT_SECRET = "client-secret-SECRET-0004";
  static final String CONNECTOR_HEADER = "connector-header-SECRET-0005";
  static final String GLOBAL_HEADER = "global-header-SECRET-0006";
  static final String OAUTH_CLIENT_SECRET = "oauth-client-secret-SECRET-0007";
  static final String BEARER = "bearer-token-SECRET-0008";
  static final String CREDENTIALS_HEADER = "credentials-header-SECRET-0009";
  static final String ACCESS_TOKEN = "access-token-SECRET-0010";
  static final String REFRESH_TOKEN = "refresh-token-SECRET-0011";
  static final String TOOL_TOKEN = "tool-argument-token-SECRET-0012";
  static final String AGENT_API_KEY = "agent-api-key-SECRET-0013";
  static final String AGENT_OAUTH = "agent-oauth-token-SECRET-0014";
  /** A secret that JSON escapes: it shows escaped wherever a server quotes it inside a JSON string. */
  static final String QUOTED_BEARER = "bearer-\"quoted\\-SECRET-0015";
  /** A token the server issues (the request does not carry it). */
  static final String SERVER_TOKEN = "server_issued_token_SECRET_0016";
  static final List<String> ALL_SECRETS = List.of(
      API_KEY, DEFAULT_HEADER, CALL_HEADER, CLIENT_SECRET, CONNECTOR_HEADER, GLOBAL_HEADER, OAUTH_CLIENT_SECRET,
      BEARER, CREDENTIALS_HEADER, ACCESS_TOKEN, REFRESH_TOKEN, TOOL_TOKEN, AGENT_API_KEY, AGENT_OAUTH, QUOTED_BEARER,
      SERVER_TOKEN);

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** Held strongly: JUL forgets the level of a logger nobody references. */
  private static final Logger SDK_LOGS = Logger.getLogger("io.github.mistral4j");
  private static final LogCapture logs = new LogCapture();
  private static Level previousLevel;
  private static boolean previousUseParent;

  private static final ClientOptions OPTIONS_TEMPLATE =
      ClientOptions.builder().apiKey(API_KEY).putDefaultHeader("X-Api-Key", DEFAULT_HEADER).build();
  private static final RequestOptions CALL =
      RequestOptions.builder().putHeader("X-Custom-Token", CALL_HEADER).maxRetries(1).build();
  private static Clients clients;

  @BeforeAll
  static void verboseLogging() {
    previousLevel = SDK_LOGS.getLevel();
    previousUseParent = SDK_LOGS.getUseParentHandlers();
    SDK_LOGS.setLevel(Level.ALL);
    SDK_LOGS.setUseParentHandlers(false);
    SDK_LOGS.addHandler(logs);
    clients = Clients.of(OPTIONS_TEMPLATE.toBuilder()
        .baseUrl(wm.baseUrl())
        .logLevel(LogLevel.BODY)
        .sleeper(d -> {})
        .build());
  }

  @AfterAll
  static void restoreLogging() {
    clients.close();
    SDK_LOGS.removeHandler(logs);
    SDK_LOGS.setLevel(previousLevel);
    SDK_LOGS.setUseParentHandlers(previousUseParent);
  }

  @BeforeEach
  void clearLogs() {
    logs.clear();
  }

  // ---- the credential-bearing operations ---------------------------------------------------

  /**
   * An operation that carries secrets.
   *
   * @param name how it is called
   * @param method HTTP method
   * @param path URL path
   * @param request the request model holding the secrets (printed too), or null
   * @param call invokes it with the per-call options
   * @param echo a success body echoing the secrets in the members that hold them
   */
  record SecretOperation(
      String name, String method, String path, @Nullable Object request, Function<RequestOptions, Object> call,
      String echo) {
    @Override
    public String toString() {
      return name;
    }
  }

  static CreateConnectorRequest connectorWithSecrets() {
    return CreateConnectorRequest.builder()
        .name("weather")
        .description("Weather tools")
        .server("https://mcp.example.com/mcp")
        .authData(AuthData.builder().clientId("public-client-id").clientSecret(CLIENT_SECRET).build())
        .putHeader("X-Api-Key", CONNECTOR_HEADER)
        .putGlobalHeader("X-Tenant", GlobalHeaderValue.secret(GLOBAL_HEADER))
        .build();
  }

  static UpdateConnectorRequest connectorUpdateWithSecrets() {
    return UpdateConnectorRequest.builder()
        .authMethods(List.of(AuthenticationMethodCreateOrUpdateRequest.builder()
            .methodType(AuthenticationType.OAUTH2)
            .putGlobalHeader("X-Tenant", GlobalHeaderValue.secret(GLOBAL_HEADER))
            .oauth2MetadataSecrets(OAuth2MetadataSecrets.builder()
                .clientId("public-client-id")
                .clientSecret(OAUTH_CLIENT_SECRET)
                .build())
            .build()))
        .build();
  }

  static CredentialsCreateOrUpdate credentialsWithSecrets() {
    return CredentialsCreateOrUpdate.builder()
        .name("work")
        .credentials(ConnectionCredentials.builder()
            .bearerToken(BEARER)
            .putHeader("X-Api-Key", CREDENTIALS_HEADER)
            .oauth(OAuth2Token.builder()
                .accessToken(ACCESS_TOKEN)
                .tokenType("Bearer")
                .refreshToken(REFRESH_TOKEN)
                .build())
            .build())
        .build();
  }

  static List<AgentTool> agentToolsWithSecrets() {
    return List.of(
        AgentTool.connector(Fixtures.CONNECTOR_ID, ConnectorAuthorization.apiKey(AGENT_API_KEY)),
        AgentTool.connector("conn_2", ConnectorAuthorization.oauth2Token(AGENT_OAUTH)));
  }

  static List<SecretOperation> operations() {
    List<SecretOperation> ops = new ArrayList<>();
    CreateConnectorRequest create = connectorWithSecrets();
    ops.add(new SecretOperation("connectors.create", "POST", "/v1/connectors", create,
        o -> clients.connectors().create(create, o),
        withMembers(Fixtures.CONNECTOR, Map.of(
            "auth_data", Map.of("client_id", "public-client-id", "client_secret", CLIENT_SECRET),
            "oauth2_metadata_secrets", Map.of("client_secret", CLIENT_SECRET)))));
    UpdateConnectorRequest update = connectorUpdateWithSecrets();
    ops.add(new SecretOperation("connectors.update", "PATCH", "/v1/connectors/" + Fixtures.CONNECTOR_ID, update,
        o -> clients.connectors().update(Fixtures.CONNECTOR_ID, update, o),
        withMembers(Fixtures.CONNECTOR, Map.of("auth_methods", List.of(Map.of(
            "method_type", "oauth2",
            "global_headers", Map.of("X-Tenant", Map.of("is_secret", true, "value", GLOBAL_HEADER)),
            "oauth2_metadata_secrets", Map.of("client_id", "public-client-id", "client_secret", OAUTH_CLIENT_SECRET)))))));
    for (Scope scope : Scope.values()) {
      CredentialsCreateOrUpdate credentials = credentialsWithSecrets();
      ops.add(new SecretOperation("credentials.createOrUpdate(" + scope.name().toLowerCase(Locale.ROOT) + ")", "POST",
          "/v1/connectors/weather/" + scope.pathSegment() + "/credentials", credentials,
          o -> clients.connectors().credentials().createOrUpdate("weather", scope, credentials, o),
          withMembers(Fixtures.MESSAGE, Map.of("credentials", Map.of(
              "bearer_token", BEARER,
              "headers", Map.of("X-Api-Key", CREDENTIALS_HEADER),
              "oauth", Map.of("access_token", ACCESS_TOKEN, "token_type", "Bearer", "refresh_token", REFRESH_TOKEN))))));
    }
    GetAuthUrlParams authParams = GetAuthUrlParams.builder().credentialsName("work").appReturnUrl("https://app.example.com/cb").build();
    ops.add(new SecretOperation("connectors.getAuthUrl", "GET", "/v1/connectors/weather/auth_url", authParams,
        o -> clients.connectors().getAuthUrl("weather", authParams, o),
        withMembers(Fixtures.AUTH_URL, Map.of("oauth", Map.of("access_token", ACCESS_TOKEN, "refresh_token", REFRESH_TOKEN)))));
    Map<String, Object> arguments = Map.of("city", "Paris", "token", TOOL_TOKEN);
    ops.add(new SecretOperation("tools.call", "POST", "/v1/connectors/weather/tools/forecast/call", null,
        o -> clients.connectors().tools().call("weather", "forecast", arguments, "work", o),
        "{\"content\":[{\"type\":\"text\",\"text\":\"Sunny\"}],\"metadata\":{\"mcp_meta\":{\"structuredContent\":"
            + "{\"token\":\"" + TOOL_TOKEN + "\"},\"_meta\":{\"access_token\":\"" + ACCESS_TOKEN + "\"}}}}"));
    CreateAgentRequest agent = CreateAgentRequest.builder()
        .model("mistral-medium-latest").name("weather").tools(agentToolsWithSecrets()).build();
    ops.add(new SecretOperation("agents.create", "POST", "/v1/agents", agent,
        o -> clients.agents().create(agent, o), agentEcho()));
    UpdateAgentRequest agentUpdate = UpdateAgentRequest.builder().tools(agentToolsWithSecrets()).build();
    ops.add(new SecretOperation("agents.update", "PATCH", "/v1/agents/" + Fixtures.AGENT_ID, agentUpdate,
        o -> clients.agents().update(Fixtures.AGENT_ID, agentUpdate, o), agentEcho()));
    ops.add(new SecretOperation("async agents.create", "POST", "/v1/agents", agent,
        o -> clients.agents().async().create(agent, o).join(), agentEcho()));
    return ops;
  }

  private static String agentEcho() {
    return Fixtures.AGENT
        .replace("sk-secret-1", AGENT_API_KEY)
        .replace("tok-secret-2", AGENT_OAUTH)
        .replace("tm-secret-3", AGENT_API_KEY);
  }

  // ---- the answers -------------------------------------------------------------------------

  /** How the server answers; each echoes secrets. */
  enum Answer {
    /** Success, echoing every secret in the members that hold it (and unknown members). */
    SUCCESS_ECHO,
    /** 422 whose {@code input} is the request object, secrets in their own members. */
    VALIDATION_ERROR_WITH_INPUT_OBJECT,
    /** 401 whose detail is an object holding the credentials. */
    UNAUTHORIZED_WITH_CREDENTIALS_OBJECT,
    /** 500 with a plain message (retried once, when the operation may be). */
    SERVER_ERROR,
    /** The connection is reset: an I/O failure (retried once, when the operation may be). */
    CONNECTION_RESET,
    /** 401 whose detail text quotes the API key. */
    UNAUTHORIZED_QUOTING_THE_KEY,
    /** 500 whose message text quotes a secret of the request. */
    SERVER_ERROR_QUOTING_A_SECRET,
    /** 422 whose {@code input} is the secret string itself (pydantic does this for a field that fails). */
    VALIDATION_ERROR_WITH_SECRET_INPUT;

    int status() {
      return switch (this) {
        case SUCCESS_ECHO -> 200;
        case VALIDATION_ERROR_WITH_INPUT_OBJECT, VALIDATION_ERROR_WITH_SECRET_INPUT -> 422;
        case UNAUTHORIZED_WITH_CREDENTIALS_OBJECT, UNAUTHORIZED_QUOTING_THE_KEY -> 401;
        case SERVER_ERROR, SERVER_ERROR_QUOTING_A_SECRET, CONNECTION_RESET -> 500;
      };
    }

    String body(SecretOperation op) {
      String secret = secretsOf(op).get(0);
      return switch (this) {
        case SUCCESS_ECHO -> op.echo();
        case VALIDATION_ERROR_WITH_INPUT_OBJECT -> "{\"detail\":[{\"loc\":[\"body\"],\"msg\":\"Input should be valid\","
            + "\"type\":\"model_type\",\"input\":" + requestJson(op) + "}]}";
        case UNAUTHORIZED_WITH_CREDENTIALS_OBJECT -> "{\"detail\":{\"message\":\"bad credentials\",\"credentials\":"
            + "{\"bearer_token\":\"" + BEARER + "\",\"client_secret\":\"" + CLIENT_SECRET + "\",\"api_key\":\"" + API_KEY
            + "\"}}}";
        case SERVER_ERROR, CONNECTION_RESET -> "{\"message\":\"Internal error, request id 42\"}";
        case UNAUTHORIZED_QUOTING_THE_KEY -> "{\"detail\":\"Invalid API key: " + API_KEY + "\"}";
        case SERVER_ERROR_QUOTING_A_SECRET -> "{\"message\":\"Upstream server refused the credential " + secret + "\"}";
        case VALIDATION_ERROR_WITH_SECRET_INPUT -> "{\"detail\":[{\"loc\":[\"body\",\"credential\"],"
            + "\"msg\":\"String should have at most 16 characters\",\"type\":\"string_too_long\",\"input\":\"" + secret
            + "\",\"ctx\":{\"max_length\":16}}]}";
      };
    }
  }

  static Stream<Arguments> maskedCases() {
    return Stream.of(Answer.SUCCESS_ECHO, Answer.VALIDATION_ERROR_WITH_INPUT_OBJECT,
            Answer.UNAUTHORIZED_WITH_CREDENTIALS_OBJECT, Answer.SERVER_ERROR, Answer.CONNECTION_RESET)
        .flatMap(a -> operations().stream().map(op -> Arguments.of(op, a)));
  }

  static Stream<Arguments> quotedCases() {
    return Stream.of(Answer.UNAUTHORIZED_QUOTING_THE_KEY, Answer.SERVER_ERROR_QUOTING_A_SECRET)
        .flatMap(a -> operations().stream().map(op -> Arguments.of(op, a)));
  }

  static Stream<SecretOperation> secretOperations() {
    return operations().stream();
  }

  // ---- the tests ---------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} answered {1}")
  @MethodSource("maskedCases")
  void credentialBearingOperation_atBodyLogLevel_showsNoSecret(SecretOperation op, Answer answer) {
    Surfaces surfaces = run(op, answer);

    assertThat(logs.text()).as("BODY logs were written").contains("--> " + op.method()).contains("****");
    surfaces.assertNoSecret();
  }

  
  @ParameterizedTest(name = "{0} answered {1}")
  @MethodSource("quotedCases")
  void errorQuotingASecret_showsNoSecret(SecretOperation op, Answer answer) {
    run(op, answer).assertNoSecret();
  }

  
  @ParameterizedTest(name = "{0}")
  @MethodSource("secretOperations")
  void validationErrorEchoingTheSecretInput_showsNoSecretInLogs(SecretOperation op) {
    run(op, Answer.VALIDATION_ERROR_WITH_SECRET_INPUT).assertNoSecret();
  }

  @Test
  void validationErrorEchoingTheSecretInput_keepsItOutOfTheException() {
    SecretOperation op = operations().get(0);
    Surfaces surfaces = run(op, Answer.VALIDATION_ERROR_WITH_SECRET_INPUT);
    surfaces.logs.clear(); // the log leak is the disabled test above
    surfaces.assertNoSecret();
  }

  
  @Test
  void responseWithUnknownHeaderMaps_printsNoSecret() {
    SecretOperation create = operations().get(0);
    SecretOperation echoingHeaders = new SecretOperation(create.name(), create.method(), create.path(), create.request(),
        create.call(), withMembers(Fixtures.CONNECTOR, Map.of(
            "headers", Map.of("X-Api-Key", CONNECTOR_HEADER),
            "global_headers", Map.of("X-Tenant", Map.of("is_secret", true, "value", GLOBAL_HEADER)),
            "authorization", Map.of("type", "api-key", "value", AGENT_API_KEY))));

    run(echoingHeaders, Answer.SUCCESS_ECHO).assertNoSecret();
  }

  @Test
  void optionsAndRequestModels_printNoSecret() {
    Surfaces surfaces = new Surfaces("models");
    surfaces.add("ClientOptions", clients.connectors().options().toString());
    surfaces.add("RequestOptions", CALL.toString());
    for (SecretOperation op : operations()) {
      if (op.request() != null) {
        surfaces.add(op.name() + " request", op.request().toString());
      }
    }
    surfaces.add("AuthData", AuthData.builder().clientId("id").clientSecret(CLIENT_SECRET).build().toString());
    surfaces.add("GlobalHeaderValue", GlobalHeaderValue.secret(GLOBAL_HEADER).toString());
    surfaces.add("plain GlobalHeaderValue", GlobalHeaderValue.plain(GLOBAL_HEADER).toString());
    surfaces.add("OAuth2Token", credentialsWithSecrets().credentials().oauth().toString());
    surfaces.add("ConnectionCredentials", credentialsWithSecrets().credentials().toString());
    surfaces.add("agent tools", agentToolsWithSecrets().toString());
    surfaces.add("ApiKeyAuth", ConnectorAuthorization.apiKey(AGENT_API_KEY).toString());
    surfaces.add("OAuth2TokenAuth", ConnectorAuthorization.oauth2Token(AGENT_OAUTH).toString());
    surfaces.assertNoSecret();
  }

  @Test
  void responseHeaderEchoingASecretUnderAHarmlessName_isLoggedMasked() {
    SecretOperation create = operations().get(0);
    Surfaces surfaces = run(create, Answer.SUCCESS_ECHO, Map.of(
        "X-Debug-Echo", CLIENT_SECRET, "X-Upstream-Info", API_KEY, "X-Request-Id", "req-" + CALL_HEADER));

    assertThat(logs.text().toLowerCase(Locale.ROOT)).contains("x-debug-echo: ****").contains("x-upstream-info: ****");
    surfaces.assertNoSecret();
  }

  @Test
  void secretEchoedInsideAJsonString_isScrubbedInItsEscapedForm() {
    CredentialsCreateOrUpdate credentials = CredentialsCreateOrUpdate.builder()
        .name("work")
        .credentials(ConnectionCredentials.builder().bearerToken(QUOTED_BEARER).build())
        .build();
    SecretOperation op = new SecretOperation("credentials.createOrUpdate(quoted)", "POST",
        "/v1/connectors/weather/user/credentials", credentials,
        o -> clients.connectors().credentials().createOrUpdate("weather", Scope.USER, credentials, o), Fixtures.MESSAGE);
    String requestJson = requestJson(op);
    String quoted = jsonString("could not store " + requestJson);

    for (String body : List.of(
        "{\"message\":" + quoted + "}",
        "{\"detail\":[{\"loc\":[\"body\",\"credentials\"],\"msg\":\"invalid\",\"type\":\"t\",\"input\":"
            + jsonString(requestJson) + "}]}")) {
      logs.clear();
      run(op, 400, body).assertNoSecret();
    }
  }

  @Test
  void serverMessageLongerThanTheCut_leavesNoPartOfTheSecret() {
    SecretOperation create = operations().get(0);
    // the message limit is 300 characters: the secret starts 10 characters before it
    Surfaces surfaces = run(create, 500, "{\"message\":\"" + "x".repeat(290) + CLIENT_SECRET + " is refused\"}");

    surfaces.assertNoSecret();
    surfaces.texts.forEach((where, text) -> assertThat(text).as(where).doesNotContain(CLIENT_SECRET.substring(0, 8)));
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "{\"auth_url\":\"https://auth.example.com/authorize\",\"ttl\":\"" + SERVER_TOKEN + "\"}",
      "{\"auth_url\":" + SERVER_TOKEN + "}"})
  void successBodyThatFailsToDecode_neverQuotesItsValues(String body) {
    GetAuthUrlParams params = GetAuthUrlParams.builder().credentialsName("work").build();
    SecretOperation op = new SecretOperation("connectors.getAuthUrl", "GET", "/v1/connectors/weather/auth_url", params,
        o -> clients.connectors().getAuthUrl("weather", params, o), body);

    Surfaces surfaces = run(op, 200, body);
    // the BODY log shows a JSON body's members that are not known to be secret, "ttl" among them:
    // this test is about the failure's message and causes
    surfaces.logs.clear();
    surfaces.assertNoSecret();
  }

  // ---- running and looking -----------------------------------------------------------------

  private static String jsonString(String text) {
    try {
      return Json.mapper().writeValueAsString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs an operation answered with the given status and body; it is expected to fail. */
  private static Surfaces run(SecretOperation op, int status, String body) {
    wm.stubFor(request(op.method(), urlPathEqualTo(op.path()))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    Surfaces surfaces = new Surfaces(op + " answered " + status + " " + body);
    Throwable failure = null;
    try {
      op.call().apply(CALL);
    } catch (CompletionException e) {
      failure = e.getCause() == null ? e : e.getCause();
    } catch (RuntimeException e) {
      failure = e;
    }
    assertThat(failure).as("%s should fail", surfaces.what).isNotNull();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      surfaces.add(t.getClass().getSimpleName() + " message", String.valueOf(t.getMessage()));
      surfaces.add(t.getClass().getSimpleName() + " toString", t.toString());
    }
    surfaces.logs.addAll(logs.records());
    return surfaces;
  }

  private static Surfaces run(SecretOperation op, Answer answer) {
    return run(op, answer, Map.of());
  }

  private static Surfaces run(SecretOperation op, Answer answer, Map<String, String> responseHeaders) {
    com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response = aResponse()
        .withStatus(answer.status())
        .withHeader("Content-Type", "application/json")
        .withBody(answer.body(op));
    responseHeaders.forEach(response::withHeader);
    wm.stubFor(request(op.method(), urlPathEqualTo(op.path()))
        .willReturn(answer == Answer.CONNECTION_RESET
            ? aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)
            : response));
    Surfaces surfaces = new Surfaces(op + " answered " + answer);
    Object result = null;
    Throwable failure = null;
    try {
      result = op.call().apply(CALL);
    } catch (CompletionException e) {
      failure = e.getCause() == null ? e : e.getCause();
    } catch (RuntimeException e) {
      failure = e;
    }
    if (answer == Answer.SUCCESS_ECHO) {
      assertThat(failure).as("%s failed", surfaces.what).isNull();
      assertThat(result).isNotNull();
      surfaces.add("result", result.toString());
    } else {
      assertThat(failure).as("%s should fail", surfaces.what).isNotNull();
      for (Throwable t = failure; t != null; t = t.getCause()) {
        surfaces.add(t.getClass().getSimpleName() + " message", String.valueOf(t.getMessage()));
        surfaces.add(t.getClass().getSimpleName() + " toString", t.toString());
      }
    }
    if (op.request() != null) {
      surfaces.add("request", op.request().toString());
    }
    surfaces.logs.addAll(logs.records());
    return surfaces;
  }

  /** Everything a user or an operator could see after a call. */
  static final class Surfaces {
    final String what;
    final Map<String, String> texts = new LinkedHashMap<>();
    final List<String> logs = new ArrayList<>();

    Surfaces(String what) {
      this.what = what;
    }

    void add(String where, String text) {
      texts.merge(where, text, (a, b) -> a + "\n" + b);
    }

    void assertNoSecret() {
      List<String> leaks = new ArrayList<>();
      for (String secret : ALL_SECRETS) {
        for (String form : encodedForms(secret)) {
          texts.forEach((where, text) -> {
            if (text.contains(form)) {
              leaks.add(secret + " in " + where + ": " + excerpt(text, form));
            }
          });
          for (String line : logs) {
            if (line.contains(form)) {
              leaks.add(secret + " in the log: " + excerpt(line, form));
            }
          }
        }
      }
      assertThat(leaks).as("secrets shown after %s", what).isEmpty();
    }

    /** The secret as is, JSON-escaped once and twice, and form-encoded. */
    private static java.util.Set<String> encodedForms(String secret) {
      String once = jsonString(secret);
      once = once.substring(1, once.length() - 1);
      String twice = jsonString(once);
      twice = twice.substring(1, twice.length() - 1);
      return new java.util.LinkedHashSet<>(List.of(
          secret, once, twice, java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String excerpt(String text, String secret) {
      int at = text.indexOf(secret);
      return "..." + text.substring(Math.max(0, at - 80), Math.min(text.length(), at + secret.length() + 20)) + "...";
    }
  }

  /** The secrets an operation sends, most specific first (besides the API key and headers every call sends). */
  static List<String> secretsOf(SecretOperation op) {
    String name = op.name();
    if (name.startsWith("connectors.create")) {
      return List.of(CLIENT_SECRET, CONNECTOR_HEADER, GLOBAL_HEADER);
    }
    if (name.startsWith("connectors.update")) {
      return List.of(OAUTH_CLIENT_SECRET, GLOBAL_HEADER);
    }
    if (name.startsWith("credentials")) {
      return List.of(BEARER, CREDENTIALS_HEADER, ACCESS_TOKEN, REFRESH_TOKEN);
    }
    if (name.startsWith("tools.call")) {
      return List.of(TOOL_TOKEN);
    }
    if (name.contains("agents.")) {
      return List.of(AGENT_API_KEY, AGENT_OAUTH);
    }
    return List.of(CALL_HEADER, DEFAULT_HEADER);
  }

  private static String requestJson(SecretOperation op) {
    try {
      return op.request() == null
          ? "{\"arguments\":{\"token\":\"" + TOOL_TOKEN + "\"}}"
          : Json.mapper().writeValueAsString(op.request());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String withMembers(String json, Map<String, ?> members) {
    try {
      ObjectNode node = (ObjectNode) Json.mapper().readTree(json);
      members.forEach((k, v) -> node.set(k, Json.mapper().valueToTree(v)));
      return Json.mapper().writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps every record of the SDK's loggers, formatted with any exception's stack trace. */
  static final class LogCapture extends Handler {
    private final List<String> records = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    LogCapture() {
      setLevel(Level.ALL);
    }

    @Override
    public void publish(LogRecord record) {
      records.add(formatter.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    List<String> records() {
      return List.copyOf(records);
    }

    String text() {
      return String.join("\n", records);
    }

    void clear() {
      records.clear();
    }
  }
}
