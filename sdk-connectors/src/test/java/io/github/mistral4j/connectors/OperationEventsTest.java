package io.github.mistral4j.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.mistral4j.connectors.Fixtures.CONNECTOR_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.CredentialsCreateOrUpdate;
import io.github.mistral4j.connectors.model.UpdateConnectorRequest;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.observability.MistralListener;
import io.github.mistral4j.core.observability.OperationEnded;
import io.github.mistral4j.core.observability.OperationInfo;
import io.github.mistral4j.core.observability.OperationStarted;
import io.github.mistral4j.core.observability.AttemptCompleted;
import io.github.mistral4j.core.observability.AttemptStarted;
import io.github.mistral4j.core.observability.OutgoingHeaders;
import io.github.mistral4j.testsupport.OpenApiDocument;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of the contract, called sync, async, and through both raw views: each call
 * reports start, one attempt and end under its contract operation id, method and path template,
 * and each raw view returns the status, request id and body the server sent.
 */
class OperationEventsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String BODY = "{}";

  /** How to call one operation: an optional sub-service, a method, its parameter types and arguments. */
  private record Call(String subService, String method, Class<?>[] types, Object[] args) {}

  private static final Map<String, Call> CALLS = new LinkedHashMap<>();

  private static void put(String operationId, String sub, String method, Class<?>[] types, Object... args) {
    CALLS.put(operationId, new Call(sub, method, types, args));
  }

  private static Class<?>[] types(Class<?>... types) {
    return types;
  }

  static {
    Class<?> s = String.class;
    put("connector_create_v1", "", "create", types(CreateConnectorRequest.class),
        CreateConnectorRequest.builder().name("weather").description("d").server("https://mcp.example.com/mcp").build());
    put("connector_list_v1", "", "list", types());
    put("connector_get_v1", "", "get", types(s), "weather");
    put("connector_update_v1", "", "update", types(s, UpdateConnectorRequest.class), CONNECTOR_ID,
        UpdateConnectorRequest.builder().title("t").build());
    put("connector_delete_v1", "", "delete", types(s), CONNECTOR_ID);
    put("connector_get_auth_url_v1", "", "getAuthUrl", types(s), "weather");
    put("connector_get_authentication_methods_v1", "", "getAuthenticationMethods", types(s), "weather");
    put("connector_share_v1", "", "share", types(s), CONNECTOR_ID);
    put("connector_unshare_v1", "", "unshare", types(s), CONNECTOR_ID);
    put("connector_activate_for_consumer_v1", "activations", "activate", types(s, Scope.class), CONNECTOR_ID, Scope.WORKSPACE);
    put("connector_deactivate_for_consumer_v1", "activations", "deactivate", types(s, Scope.class), CONNECTOR_ID, Scope.USER);
    put("connector_list_tools_v1", "tools", "list", types(s), "weather");
    put("connector_call_tool_v1", "tools", "call", types(s, s, Map.class), "weather", "forecast", Map.of("city", "Paris"));
    for (Scope scope : Scope.values()) {
      String name = scope.name().toLowerCase(java.util.Locale.ROOT);
      put("connector_list_" + name + "_credentials_v1", "credentials", "list", types(s, Scope.class), "weather", scope);
      put("connector_create_or_update_" + name + "_credentials_v1", "credentials", "createOrUpdate",
          types(s, Scope.class, CredentialsCreateOrUpdate.class), "weather", scope,
          CredentialsCreateOrUpdate.builder().name("team").build());
      put("connector_delete_" + name + "_credentials_v1", "credentials", "delete", types(s, Scope.class, s), "weather", scope, "team");
    }
    put("connector_delete_all_user_credentials_v1", "credentials", "deleteAllUser", types(s), "weather");
  }

  private final List<Object> events = new CopyOnWriteArrayList<>();

  private final MistralListener listener = new MistralListener() {
    @Override public void operationStarted(OperationStarted e) { events.add(e); }
    @Override public void attemptStarted(AttemptStarted e, OutgoingHeaders h) { events.add(e); }
    @Override public void attemptCompleted(AttemptCompleted e) { events.add(e); }
    @Override public void operationEnded(OperationEnded e) { events.add(e); }
  };

  @Test
  void everyOperation_syncAsyncAndRaw_reportsItsOperationId_andRawViewsGiveTheResponse() throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withHeader("mistral-correlation-id", "corr-1").withBody(BODY)));
    List<OpenApiDocument.Operation> operations = OpenApiDocument.load().operations("beta.connectors");
    assertThat(CALLS.keySet()).containsExactlyInAnyOrderElementsOf(operations.stream().map(OpenApiDocument.Operation::operationId).toList());
    List<String> problems = new ArrayList<>();
    ClientOptions options = ClientOptions.builder().apiKey("test-key").baseUrl(wm.baseUrl()).maxRetries(0).addListener(listener).build();
    try (ConnectorsClient client = ConnectorsClient.create(options)) {
      Map<String, Object> targets = new LinkedHashMap<>();
      targets.put("sync", client);
      targets.put("async", client.async());
      targets.put("raw", client.withRawResponse());
      targets.put("raw async", client.async().withRawResponse());
      for (OpenApiDocument.Operation op : operations) {
        Call call = CALLS.get(op.operationId());
        for (Map.Entry<String, Object> target : targets.entrySet()) {
          events.clear();
          Object result = invoke(target.getValue(), call);
          String what = op.operationId() + " (" + target.getKey() + ")";
          if (target.getKey().startsWith("raw")) {
            RawResponse<?> raw = (RawResponse<?>) result;
            if (raw == null || raw.statusCode() != 200 || !"corr-1".equals(raw.requestId()) || !BODY.equals(raw.bodyAsString())) {
              problems.add(what + ": raw response " + raw);
            }
          }
          check(what, op, problems);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private void check(String what, OpenApiDocument.Operation op, List<String> problems) {
    List<String> kinds = events.stream().map(e -> e.getClass().getSimpleName()).toList();
    if (!kinds.equals(List.of("OperationStarted", "AttemptStarted", "AttemptCompleted", "OperationEnded"))) {
      problems.add(what + ": events " + kinds);
      return;
    }
    OperationInfo info = ((OperationStarted) events.get(0)).operation();
    if (!info.operationId().equals(op.operationId()) || !info.method().equals(op.method()) || !info.urlTemplate().equals(op.cleanPath())) {
      problems.add(what + ": reported " + info.operationId() + " " + info.method() + " " + info.urlTemplate());
    }
    OperationEnded ended = (OperationEnded) events.get(3);
    if (ended.operation() != info || ended.attempts() != 1 || !"corr-1".equals(ended.requestId())) {
      problems.add(what + ": ended " + ended);
    }
  }

  /** Calls the operation on a client or a view, waiting for futures; decode failures of the bare body are fine here. */
  private static Object invoke(Object target, Call call) throws Exception {
    Object on = call.subService().isEmpty() ? target : method(target, call.subService()).invoke(target);
    try {
      Object result = method(on, call.method(), call.types()).invoke(on, call.args());
      return result instanceof CompletableFuture<?> f ? f.join() : result;
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof MistralException) {
        return null;
      }
      throw e;
    } catch (CompletionException e) {
      if (e.getCause() instanceof MistralException) {
        return null;
      }
      throw e;
    }
  }

  private static Method method(Object target, String name, Class<?>... types) throws NoSuchMethodException {
    Class<?> type = Proxy.isProxyClass(target.getClass()) ? target.getClass().getInterfaces()[0] : target.getClass();
    return type.getMethod(name, types);
  }
}
