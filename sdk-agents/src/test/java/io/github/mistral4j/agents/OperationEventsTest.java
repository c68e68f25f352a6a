package io.github.mistral4j.agents;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
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
    Class<?> i = int.class;
    String id = "ag_0195";
    put("agents_api_v1_agents_create", "", "create", types(CreateAgentRequest.class),
        CreateAgentRequest.builder().model("mistral-medium-latest").name("weather").build());
    put("agents_api_v1_agents_list", "", "list", types(ListAgentsParams.class), ListAgentsParams.none());
    put("agents_api_v1_agents_list_pages", "", "list", types());
    put("agents_api_v1_agents_get", "", "get", types(s), id);
    put("agents_api_v1_agents_update", "", "update", types(s, UpdateAgentRequest.class), id,
        UpdateAgentRequest.builder().description("v2").build());
    put("agents_api_v1_agents_delete", "", "delete", types(s), id);
    put("agents_api_v1_agents_update_version", "versions", "update", types(s, i), id, 2);
    put("agents_api_v1_agents_list_versions", "versions", "list", types(s), id);
    put("agents_api_v1_agents_get_version", "versions", "get", types(s, i), id, 1);
    put("agents_api_v1_agents_create_or_update_alias", "aliases", "createOrUpdate", types(s, s, i), id, "prod", 1);
    put("agents_api_v1_agents_list_version_aliases", "aliases", "list", types(s), id);
    put("agents_api_v1_agents_delete_alias", "aliases", "delete", types(s, s), id, "prod");
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
    List<OpenApiDocument.Operation> operations = OpenApiDocument.load().operations("beta.agents");
    assertThat(CALLS.keySet()).containsExactlyInAnyOrderElementsOf(operations.stream().map(OpenApiDocument.Operation::operationId).toList());
    List<String> problems = new ArrayList<>();
    ClientOptions options = ClientOptions.builder().apiKey("test-key").baseUrl(wm.baseUrl()).maxRetries(0).addListener(listener).build();
    try (AgentsClient client = AgentsClient.create(options)) {
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
