package io.github.mistral4j.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.mistral4j.reliability.Fixtures.AGENT_ID;
import static io.github.mistral4j.reliability.Fixtures.API_KEY;
import static io.github.mistral4j.reliability.Fixtures.CONNECTOR_NAME;
import static io.github.mistral4j.reliability.Fixtures.TOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.agents.ListAgentsPageParams;
import io.github.mistral4j.agents.ListAgentsParams;
import io.github.mistral4j.agents.model.RequestSource;
import io.github.mistral4j.connectors.GetAuthUrlParams;
import io.github.mistral4j.connectors.GetConnectorParams;
import io.github.mistral4j.connectors.ListConnectorsParams;
import io.github.mistral4j.connectors.ListCredentialsParams;
import io.github.mistral4j.connectors.ListToolsParams;
import io.github.mistral4j.connectors.Scope;
import io.github.mistral4j.connectors.model.AuthenticationType;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.testsupport.OpenApiDocument;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * For every query parameter of every operation of the contract: a value the caller set is sent,
 * the empty string as {@code name=} and an empty metadata filter as {@code metadata={}}; a value
 * the caller did not set is not sent. The parameters come from the contract, so a parameter it
 * gains fails this test until it has a probe below.
 */
@SuppressWarnings("deprecation") // agents.list: deprecated by the API, its parameters still count
class QueryParameterPresenceTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ListAgentsParams.Builder LIST = ListAgentsParams.builder();
  private static final ListAgentsPageParams.Builder PAGES = ListAgentsPageParams.builder();

  /** Sets one parameter (to its emptiest accepted value) and calls the operation. */
  private record Probe(String sent, Consumer<Clients> call) {}

  /** Operation id to a call that sets none of its optional query parameters. */
  private static final Map<String, Consumer<Clients>> UNSET = new LinkedHashMap<>();

  /** {@code operationId query_name} to a probe; object parameters sent in form style by property. */
  private static final Map<String, Probe> SET = new LinkedHashMap<>();

  /**
   * Parameters the SDK itself sets when the caller does not, with the pair it sends: page-numbered
   * listings pin the page and the page size (the API's defaults, documented on the methods) so that
   * {@code nextPage()} asks for the page the server would count next.
   */
  private static final Map<String, String> PINNED_BY_THE_SDK =
      Map.of(
          "agents_api_v1_agents_list page", "page=0",
          "agents_api_v1_agents_list page_size", "page_size=20",
          "agents_api_v1_agents_list_versions page", "page=0",
          "agents_api_v1_agents_list_versions page_size", "page_size=20",
          "connector_list_tools_v1 page", "page=1",
          "connector_list_tools_v1 page_size", "page_size=100");

  /** Empty values the SDK refuses before sending, with the start of the message naming the parameter. */
  private static final Map<String, Runnable> REFUSED_EMPTY = new LinkedHashMap<>();

  static {
    UNSET.put("agents_api_v1_agents_list", c -> c.agents().list(ListAgentsParams.none()));
    SET.put("agents_api_v1_agents_list page", probe("page=0", c -> c.agents().list(LIST.build().toBuilder().page(0).build())));
    SET.put("agents_api_v1_agents_list page_size", probe("page_size=1", c -> c.agents().list(ListAgentsParams.builder().pageSize(1).build())));
    SET.put("agents_api_v1_agents_list deployment_chat",
        probe("deployment_chat=false", c -> c.agents().list(ListAgentsParams.builder().deploymentChat(false).build())));
    SET.put("agents_api_v1_agents_list sources",
        probe("sources=api", c -> c.agents().list(ListAgentsParams.builder().addSource(RequestSource.API).build())));
    SET.put("agents_api_v1_agents_list name", probe("name=", c -> c.agents().list(ListAgentsParams.builder().name("").build())));
    SET.put("agents_api_v1_agents_list search", probe("search=", c -> c.agents().list(ListAgentsParams.builder().search("").build())));
    SET.put("agents_api_v1_agents_list id", probe("id=", c -> c.agents().list(ListAgentsParams.builder().id("").build())));
    SET.put("agents_api_v1_agents_list metadata",
        probe("metadata=%7B%7D", c -> c.agents().list(ListAgentsParams.builder().metadata(Map.of()).build())));

    UNSET.put("agents_api_v1_agents_list_pages", c -> c.agents().list(ListAgentsPageParams.none()));
    SET.put("agents_api_v1_agents_list_pages page_size",
        probe("page_size=1", c -> c.agents().list(PAGES.build().toBuilder().pageSize(1).build())));
    SET.put("agents_api_v1_agents_list_pages deployment_chat",
        probe("deployment_chat=false", c -> c.agents().list(ListAgentsPageParams.builder().deploymentChat(false).build())));
    SET.put("agents_api_v1_agents_list_pages sources",
        probe("sources=api", c -> c.agents().list(ListAgentsPageParams.builder().addSource(RequestSource.API).build())));
    SET.put("agents_api_v1_agents_list_pages name", probe("name=", c -> c.agents().list(ListAgentsPageParams.builder().name("").build())));
    SET.put("agents_api_v1_agents_list_pages search",
        probe("search=", c -> c.agents().list(ListAgentsPageParams.builder().search("").build())));
    SET.put("agents_api_v1_agents_list_pages id", probe("id=", c -> c.agents().list(ListAgentsPageParams.builder().id("").build())));
    SET.put("agents_api_v1_agents_list_pages metadata",
        probe("metadata=%7B%7D", c -> c.agents().list(ListAgentsPageParams.builder().metadata(Map.of()).build())));
    SET.put("agents_api_v1_agents_list_pages page_token",
        probe("page_token=t", c -> c.agents().list(ListAgentsPageParams.builder().pageToken("t").build())));
    REFUSED_EMPTY.put("page_token must not be empty", () -> ListAgentsPageParams.builder().pageToken(""));

    UNSET.put("agents_api_v1_agents_get", c -> c.agents().get(AGENT_ID));
    SET.put("agents_api_v1_agents_get agent_version", probe("agent_version=0", c -> c.agents().get(AGENT_ID, 0)));
    REFUSED_EMPTY.put("agent_version must", () -> clients().agents().get(AGENT_ID, ""));

    UNSET.put("agents_api_v1_agents_update_version", c -> c.agents().versions().update(AGENT_ID, 0));
    SET.put("agents_api_v1_agents_update_version version", probe("version=0", c -> c.agents().versions().update(AGENT_ID, 0)));

    UNSET.put("agents_api_v1_agents_list_versions", c -> c.agents().versions().list(AGENT_ID));
    SET.put("agents_api_v1_agents_list_versions page", probe("page=0", c -> c.agents().versions().list(AGENT_ID, 0, 1)));
    SET.put("agents_api_v1_agents_list_versions page_size", probe("page_size=1", c -> c.agents().versions().list(AGENT_ID, 0, 1)));

    UNSET.put("agents_api_v1_agents_create_or_update_alias", c -> c.agents().aliases().createOrUpdate(AGENT_ID, "a", 0));
    SET.put("agents_api_v1_agents_create_or_update_alias alias",
        probe("alias=a", c -> c.agents().aliases().createOrUpdate(AGENT_ID, "a", 0)));
    SET.put("agents_api_v1_agents_create_or_update_alias version",
        probe("version=0", c -> c.agents().aliases().createOrUpdate(AGENT_ID, "a", 0)));
    REFUSED_EMPTY.put("alias must", () -> clients().agents().aliases().createOrUpdate(AGENT_ID, "", 0));

    UNSET.put("agents_api_v1_agents_delete_alias", c -> c.agents().aliases().delete(AGENT_ID, "a"));
    SET.put("agents_api_v1_agents_delete_alias alias", probe("alias=a", c -> c.agents().aliases().delete(AGENT_ID, "a")));

    UNSET.put("connector_list_v1", c -> c.connectors().list(ListConnectorsParams.none()));
    SET.put("connector_list_v1 query_filters.active",
        probe("active=false", c -> c.connectors().list(ListConnectorsParams.builder().active(false).build())));
    SET.put("connector_list_v1 cursor", probe("cursor=", c -> c.connectors().list(ListConnectorsParams.builder().cursor("").build())));
    SET.put("connector_list_v1 page_size",
        probe("page_size=1", c -> c.connectors().list(ListConnectorsParams.builder().pageSize(1).build())));

    UNSET.put("connector_get_v1", c -> c.connectors().get(CONNECTOR_NAME, GetConnectorParams.none()));
    SET.put("connector_get_v1 fetch_user_data",
        probe("fetch_user_data=false", c -> c.connectors().get(CONNECTOR_NAME, GetConnectorParams.builder().fetchUserData(false).build())));
    SET.put("connector_get_v1 fetch_customer_data",
        probe("fetch_customer_data=false",
            c -> c.connectors().get(CONNECTOR_NAME, GetConnectorParams.builder().fetchCustomerData(false).build())));

    UNSET.put("connector_get_auth_url_v1", c -> c.connectors().getAuthUrl(CONNECTOR_NAME, GetAuthUrlParams.none()));
    SET.put("connector_get_auth_url_v1 app_return_url",
        probe("app_return_url=", c -> c.connectors().getAuthUrl(CONNECTOR_NAME, GetAuthUrlParams.builder().appReturnUrl("").build())));
    SET.put("connector_get_auth_url_v1 method_type",
        probe("method_type=",
            c -> c.connectors().getAuthUrl(CONNECTOR_NAME, GetAuthUrlParams.builder().methodType(AuthenticationType.of("")).build())));
    SET.put("connector_get_auth_url_v1 credentials_name",
        probe("credentials_name=w", c -> c.connectors().getAuthUrl(CONNECTOR_NAME, GetAuthUrlParams.builder().credentialsName("w").build())));
    REFUSED_EMPTY.put("credentials_name must match", () -> GetAuthUrlParams.builder().credentialsName(""));
    SET.put("connector_get_auth_url_v1 credentials_title",
        probe("credentials_title=", c -> c.connectors().getAuthUrl(CONNECTOR_NAME, GetAuthUrlParams.builder().credentialsTitle("").build())));
    SET.put("connector_get_auth_url_v1 github_installation_link",
        probe("github_installation_link=false",
            c -> c.connectors().getAuthUrl(CONNECTOR_NAME, GetAuthUrlParams.builder().githubInstallationLink(false).build())));

    UNSET.put("connector_call_tool_v1", c -> c.connectors().tools().call(CONNECTOR_NAME, TOOL, Map.of()));
    SET.put("connector_call_tool_v1 credentials_name",
        probe("credentials_name=w", c -> c.connectors().tools().call(CONNECTOR_NAME, TOOL, Map.of(), "w")));
    REFUSED_EMPTY.put("credentials_name must match ", () -> clients().connectors().tools().call(CONNECTOR_NAME, TOOL, Map.of(), ""));

    UNSET.put("connector_list_tools_v1", c -> c.connectors().tools().list(CONNECTOR_NAME, ListToolsParams.none()));
    SET.put("connector_list_tools_v1 page", probe("page=1", c -> c.connectors().tools().list(CONNECTOR_NAME, ListToolsParams.builder().page(1).build())));
    SET.put("connector_list_tools_v1 page_size",
        probe("page_size=1", c -> c.connectors().tools().list(CONNECTOR_NAME, ListToolsParams.builder().pageSize(1).build())));
    SET.put("connector_list_tools_v1 refresh",
        probe("refresh=false", c -> c.connectors().tools().list(CONNECTOR_NAME, ListToolsParams.builder().refresh(false).build())));
    SET.put("connector_list_tools_v1 pretty", probe("pretty=true", c -> c.connectors().tools().listPretty(CONNECTOR_NAME, ListToolsParams.none())));
    SET.put("connector_list_tools_v1 credentials_name",
        probe("credentials_name=w", c -> c.connectors().tools().list(CONNECTOR_NAME, ListToolsParams.builder().credentialsName("w").build())));

    for (Scope scope : Scope.values()) {
      String op = "connector_list_" + scope.pathSegment() + "_credentials_v1";
      UNSET.put(op, c -> c.connectors().credentials().list(CONNECTOR_NAME, scope, ListCredentialsParams.none()));
      SET.put(op + " auth_type",
          probe("auth_type=", c -> c.connectors().credentials().list(
              CONNECTOR_NAME, scope, ListCredentialsParams.builder().authType(AuthenticationType.of("")).build())));
      SET.put(op + " fetch_default",
          probe("fetch_default=false", c -> c.connectors().credentials().list(
              CONNECTOR_NAME, scope, ListCredentialsParams.builder().fetchDefault(false).build())));
    }
  }

  private static Probe probe(String sent, Consumer<Clients> call) {
    return new Probe(sent, call);
  }

  private static Clients clients() {
    return Clients.of(ClientOptions.builder().apiKey(API_KEY).baseUrl(wm.baseUrl()).maxRetries(0).build());
  }

  @Test
  void everyQueryParameterOfTheContract_isSentWhenSet_evenEmpty_andOnlyThen() {
    OpenApiDocument doc = OpenApiDocument.load();
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    Map<String, String> problems = new TreeMap<>();
    List<String> checked = new ArrayList<>();
    try (Clients clients = clients()) {
      {
        for (OpenApiDocument.Operation op : doc.all()) {
          List<Param> params = params(doc, op);
          if (params.isEmpty()) {
            continue;
          }
          Consumer<Clients> unset = UNSET.get(op.operationId());
          if (unset == null) {
            problems.put(op.operationId(), "no call with nothing set in UNSET");
            continue;
          }
          List<String> sentUnset = send(clients, unset);
          for (Param p : params) {
            String key = op.operationId() + " " + p.label();
            boolean present = sentUnset.stream().anyMatch(pair -> pair.startsWith(p.wireName() + "="));
            String pinned = PINNED_BY_THE_SDK.get(key);
            if (pinned != null) {
              if (!sentUnset.contains(pinned)) {
                problems.put(key + " (unset)", "the SDK's own " + pinned + " not sent: " + sentUnset);
              }
            } else if (present != p.required()) {
              problems.put(key + " (unset)", (p.required() ? "required but not sent: " : "sent though not set: ") + sentUnset);
            }
            Probe probe = SET.get(key);
            if (probe == null) {
              problems.put(key, "no probe in SET");
              continue;
            }
            List<String> sentSet = send(clients, probe.call());
            if (sentSet.stream().filter(probe.sent()::equals).count() != 1) {
              problems.put(key + " (set)", "expected " + probe.sent() + " once, sent " + sentSet);
            }
            checked.add(key);
          }
        }
      }
    }
    assertThat(problems).as("query parameters sent wrongly").isEmpty();
    assertThat(checked).as("every probe names a parameter of the contract").containsExactlyInAnyOrderElementsOf(SET.keySet());
    assertThat(checked).hasSizeGreaterThanOrEqualTo(45);
  }

  @Test
  void emptyValuesTheApiCannotTake_areRefusedBeforeSending_namingTheParameter() {
    wm.resetRequests();
    for (Map.Entry<String, Runnable> refusal : REFUSED_EMPTY.entrySet()) {
      assertThatThrownBy(refusal.getValue()::run)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(refusal.getKey().trim());
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void anEmptySourcesList_isNotSent_asFormStyleHasNoEmptyArray() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    try (Clients clients = clients()) {
      assertThat(send(clients, c -> c.agents().list(ListAgentsPageParams.builder().sources(List.of()).build())))
          .noneMatch(pair -> pair.startsWith("sources"));
    }
  }

  /** One query parameter on the wire: a property of a form-style object parameter has its own name. */
  private record Param(String label, String wireName, boolean required) {}

  private static List<Param> params(OpenApiDocument doc, OpenApiDocument.Operation op) {
    List<Param> out = new ArrayList<>();
    for (JsonNode p : op.node().path("parameters")) {
      if (!p.path("in").asText().equals("query")) {
        continue;
      }
      String name = p.path("name").asText();
      boolean required = p.path("required").asBoolean(false);
      String ref = p.path("schema").path("$ref").asText("");
      JsonNode schema = ref.isEmpty() ? null : doc.schema(ref.substring(ref.lastIndexOf('/') + 1));
      if (schema != null && schema.path("type").asText().equals("object")) {
        schema.path("properties").fieldNames().forEachRemaining(prop -> out.add(new Param(name + "." + prop, prop, false)));
      } else {
        out.add(new Param(name, name, required));
      }
    }
    return out;
  }

  /** Runs a call and returns the raw {@code name=value} pairs of the one request it sent. */
  private static List<String> send(Clients clients, Consumer<Clients> call) {
    wm.resetRequests();
    try {
      call.accept(clients);
    } catch (RuntimeException e) {
      // the answer "{}" does not decode for every operation; only the request matters here
    }
    assertThat(wm.getAllServeEvents()).as("requests sent").hasSize(1);
    String query = URI.create(wm.getAllServeEvents().get(0).getRequest().getUrl()).getRawQuery();
    return query == null ? List.of() : List.of(query.split("&"));
  }
}
