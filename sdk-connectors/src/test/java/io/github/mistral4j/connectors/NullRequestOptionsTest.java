package io.github.mistral4j.connectors;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.mistral4j.connectors.Fixtures.CONNECTOR_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.CredentialsCreateOrUpdate;
import io.github.mistral4j.connectors.model.ToolExecutionConfiguration;
import io.github.mistral4j.connectors.model.UpdateConnectorRequest;
import io.github.mistral4j.core.RequestOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every operation refuses a null {@link RequestOptions} naming it, before any request, sync and async. */
class NullRequestOptionsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final RequestOptions NONE = null;

  private ConnectorsClient client;

  @BeforeEach
  void setUp() {
    client = ConnectorsClient.create(Fixtures.options(wm.baseUrl()));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void everyOperation_refusesNullRequestOptions_namingIt_beforeAnyRequest() {
    for (Map.Entry<String, ThrowingCallable> call : syncCalls().entrySet()) {
      assertThatThrownBy(call.getValue())
          .as(call.getKey())
          .isInstanceOf(NullPointerException.class)
          .hasMessage("requestOptions");
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void everyAsyncOperation_failsItsFuture_namingTheNullRequestOptions_beforeAnyRequest() {
    for (Map.Entry<String, ThrowingCallable> call : asyncCalls().entrySet()) {
      assertThatThrownBy(call.getValue())
          .as(call.getKey())
          .isInstanceOf(CompletionException.class)
          .cause()
          .isInstanceOf(NullPointerException.class)
          .hasMessage("requestOptions");
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  private Map<String, ThrowingCallable> syncCalls() {
    ToolExecutionConfiguration config = ToolExecutionConfiguration.builder().build();
    Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
    calls.put("create", () -> client.create(createRequest(), NONE));
    calls.put("get", () -> client.get("weather", GetConnectorParams.none(), NONE));
    calls.put("update", () -> client.update(CONNECTOR_ID, UpdateConnectorRequest.builder().build(), NONE));
    calls.put("delete", () -> client.delete(CONNECTOR_ID, NONE));
    calls.put("getAuthUrl", () -> client.getAuthUrl("weather", GetAuthUrlParams.none(), NONE));
    calls.put("getAuthenticationMethods", () -> client.getAuthenticationMethods("weather", NONE));
    calls.put("share", () -> client.share(CONNECTOR_ID, NONE));
    calls.put("unshare", () -> client.unshare(CONNECTOR_ID, NONE));
    calls.put("activate", () -> client.activations().activate(CONNECTOR_ID, Scope.USER, NONE));
    calls.put("activate with configuration", () -> client.activations().activate(CONNECTOR_ID, Scope.USER, config, NONE));
    calls.put("deactivate", () -> client.activations().deactivate(CONNECTOR_ID, Scope.USER, NONE));
    calls.put("activateForWorkspace", () -> client.activations().activateForWorkspace(CONNECTOR_ID, NONE));
    calls.put("list credentials",
        () -> client.credentials().list("weather", Scope.USER, ListCredentialsParams.none(), NONE));
    calls.put("createOrUpdate credentials",
        () -> client.credentials().createOrUpdate("weather", Scope.USER, credentials(), NONE));
    calls.put("delete credentials", () -> client.credentials().delete("weather", Scope.USER, "n", NONE));
    calls.put("deleteAllUser credentials", () -> client.credentials().deleteAllUser("weather", NONE));
    return calls;
  }

  private Map<String, ThrowingCallable> asyncCalls() {
    ConnectorsAsyncClient async = client.async();
    Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
    calls.put("create", () -> async.create(createRequest(), NONE).join());
    calls.put("delete", () -> async.delete(CONNECTOR_ID, NONE).join());
    calls.put("getAuthUrl", () -> async.getAuthUrl("weather", GetAuthUrlParams.none(), NONE).join());
    calls.put("activate", () -> async.activations().activate(CONNECTOR_ID, Scope.USER, NONE).join());
    calls.put("list credentials",
        () -> async.credentials().list("weather", Scope.USER, ListCredentialsParams.none(), NONE).join());
    calls.put("delete credentials", () -> async.credentials().delete("weather", Scope.USER, "n", NONE).join());
    return calls;
  }

  private static CreateConnectorRequest createRequest() {
    return CreateConnectorRequest.builder().name("weather").description("d").server("https://mcp.example.com").build();
  }

  private static CredentialsCreateOrUpdate credentials() {
    return CredentialsCreateOrUpdate.builder().name("n").build();
  }
}
