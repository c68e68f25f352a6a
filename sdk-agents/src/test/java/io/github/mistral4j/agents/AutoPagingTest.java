package io.github.mistral4j.agents;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.agents.model.AgentListPage;
import io.github.mistral4j.core.page.AsyncAutoPager;
import io.github.mistral4j.core.page.AsyncPage;
import io.github.mistral4j.core.page.AutoPager;
import io.github.mistral4j.core.page.Page;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AutoPagingTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private AgentsClient client;

  @BeforeEach
  void setUp() {
    client = AgentsClient.create(Fixtures.options(wm.baseUrl()));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static String agents(String... ids) {
    return List.of(ids).stream()
        .map(id -> Fixtures.agent(id, 1))
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static String page(String token, String... ids) {
    return "{\"object\":\"list\",\"data\":"
        + agents(ids)
        + (token == null ? "" : ",\"next_page_token\":\"" + token + "\"")
        + "}";
  }

  private void stubCursorPages() {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/pages"))
            .withQueryParam("page_token", absent())
            .willReturn(okJson(page("t2", "a1", "a2"))));
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/pages"))
            .withQueryParam("page_token", equalTo("t2"))
            .willReturn(okJson(page("t3", "a3"))));
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/pages"))
            .withQueryParam("page_token", equalTo("t3"))
            .willReturn(okJson(page(null, "a4"))));
  }

  @Test
  void listAll_followsNextPageTokenUntilAbsent() {
    stubCursorPages();

    List<String> ids = client.listAll().stream().map(Agent::id).toList();

    assertThat(ids).containsExactly("a1", "a2", "a3", "a4");
    assertThat(wm.getAllServeEvents()).hasSize(3);
  }

  @Test
  void listAll_fetchesPagesOnlyWhenIterationReachesThem() {
    stubCursorPages();

    AutoPager<Agent> all = client.listAll(ListAgentsPageParams.builder().pageSize(2).build());
    assertThat(wm.getAllServeEvents()).isEmpty();
    Iterator<Agent> it = all.iterator();
    it.next();
    it.next();

    assertThat(wm.getAllServeEvents()).hasSize(1);
    it.next();
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void listAll_sendsTheFiltersAndPageSizeWithEveryPage_andRestartsOnEachIteration() {
    stubCursorPages();
    ListAgentsPageParams params =
        ListAgentsPageParams.builder().name("weather").pageSize(2).build();

    AutoPager<Agent> all =
        client.listAll(params, RequestOptions.builder().putHeader("X-Trace", "p").build());
    assertThat(all.stream().count()).isEqualTo(4);
    assertThat(all.stream().count()).isEqualTo(4);

    wm.verify(
        6,
        getRequestedFor(urlPathEqualTo("/v1/agents/pages"))
            .withQueryParam("name", equalTo("weather"))
            .withQueryParam("page_size", equalTo("2"))
            .withHeader("X-Trace", equalTo("p")));
  }

  @Test
  void listAll_startsFromTheGivenToken() {
    stubCursorPages();

    List<String> ids =
        client.listAll(ListAgentsPageParams.builder().pageToken("t3").build()).stream()
            .map(Agent::id)
            .toList();

    assertThat(ids).containsExactly("a4");
  }

  @Test
  void asyncClient_sharesTheLazyPagerOfItsSyncClient() {
    stubCursorPages();

    assertThat(client.async().sync().listAll().stream().count()).isEqualTo(4);
  }

  @Test
  void list_nextPage_sendsTheNextPageTokenWithTheSameFilters() {
    stubCursorPages();
    ListAgentsPageParams params = ListAgentsPageParams.builder().name("weather").pageSize(2).build();

    Page<Agent> first = client.list(params);
    assertThat(first.items()).extracting(Agent::id).containsExactly("a1", "a2");
    assertThat(first.nextPageToken()).contains("t2");
    assertThat(first.response(AgentListPage.class).nextPageToken()).isEqualTo("t2");
    Page<Agent> second = first.nextPage();
    Page<Agent> third = second.nextPage();

    assertThat(third.items()).extracting(Agent::id).containsExactly("a4");
    assertThat(third.hasNextPage()).isFalse();
    assertThatThrownBy(third::nextPage).isInstanceOf(NoSuchElementException.class);
    wm.verify(getRequestedFor(urlEqualTo("/v1/agents/pages?page_size=2&name=weather")));
    wm.verify(getRequestedFor(urlEqualTo("/v1/agents/pages?page_size=2&name=weather&page_token=t2")));
    wm.verify(getRequestedFor(urlEqualTo("/v1/agents/pages?page_size=2&name=weather&page_token=t3")));
    assertThat(wm.getAllServeEvents()).hasSize(3);
  }

  @Test
  void listAll_stopsWhenTheServerRepeatsAPageToken() {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/pages"))
            .withQueryParam("page_token", absent())
            .willReturn(okJson(page("same", "a1"))));
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/pages"))
            .withQueryParam("page_token", equalTo("same"))
            .willReturn(okJson(page("same", "a2"))));

    assertThat(client.listAll().stream().map(Agent::id)).containsExactly("a1", "a2");
    assertThat(client.async().listAll().toList().join()).extracting(Agent::id).containsExactly("a1", "a2");
    assertThat(wm.getAllServeEvents()).hasSize(4);
  }

  @Test
  void asyncListAll_fetchesEachPageOnlyWhenTheOneBeforeIsConsumed_andCompletes() {
    stubCursorPages();
    AsyncAutoPager<Agent> all = client.async().listAll();
    assertThat(wm.getAllServeEvents()).isEmpty();

    List<String> seen = new CopyOnWriteArrayList<>();
    all.forEachWhile(a -> seen.add(a.id()) && !a.id().equals("a2")).join();
    assertThat(seen).containsExactly("a1", "a2");
    assertThat(wm.getAllServeEvents()).hasSize(1);

    CompletableFuture<?> done = all.forEach(a -> seen.add(a.id()));
    done.join();
    assertThat(done).isCompleted();
    assertThat(seen).containsExactly("a1", "a2", "a1", "a2", "a3", "a4");
    assertThat(wm.getAllServeEvents()).hasSize(4);
  }

  @Test
  void asyncList_nextPage_followsTheToken() {
    stubCursorPages();

    AsyncPage<Agent> second = client.async().list().thenCompose(AsyncPage::nextPage).join();

    assertThat(second.items()).extracting(Agent::id).containsExactly("a3");
    assertThat(second.nextPageToken()).contains("t3");
    wm.verify(getRequestedFor(urlEqualTo("/v1/agents/pages?page_token=t2")));
  }

  @Test
  void versionsList_nextPage_asksForTheNextPageNumber_andAsyncListAllIsLazy() {
    wm.stubFor(get(urlEqualTo("/v1/agents/ag_1/versions?page=0&page_size=2")).willReturn(okJson(agents("v0", "v1"))));
    wm.stubFor(get(urlEqualTo("/v1/agents/ag_1/versions?page=1&page_size=2")).willReturn(okJson(agents("v2"))));

    Page<Agent> first = client.versions().list("ag_1", 0, 2);
    assertThat(first.hasNextPage()).isTrue();
    assertThat(first.nextPage().items()).extracting(Agent::id).containsExactly("v2");
    assertThat(first.nextPage().hasNextPage()).isFalse();

    AsyncAutoPager<Agent> all = client.async().versions().listAll("ag_1", 2, RequestOptions.none());
    assertThat(wm.getAllServeEvents()).hasSize(3);
    assertThat(all.toList().join()).extracting(Agent::id).containsExactly("v0", "v1", "v2");
    assertThat(wm.getAllServeEvents()).hasSize(5);
  }

  @Test
  @SuppressWarnings("deprecation")
  void legacyList_nextPage_asksForTheNextPageNumber() {
    wm.stubFor(get(urlEqualTo("/v1/agents?page=0&page_size=2")).willReturn(okJson(agents("a1", "a2"))));
    wm.stubFor(get(urlEqualTo("/v1/agents?page=1&page_size=2")).willReturn(okJson(agents())));

    Page<Agent> first = client.list(ListAgentsParams.builder().pageSize(2).build());
    Page<Agent> second = first.nextPage();

    assertThat(first.nextPageToken()).contains("1");
    assertThat(second.items()).isEmpty();
    assertThat(second.hasNextPage()).isFalse();
  }

  @Test
  @SuppressWarnings("deprecation")
  void legacyListAll_walksPageNumbersUntilAShortPage() {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents"))
            .withQueryParam("page", equalTo("0"))
            .willReturn(okJson(agents("a1", "a2"))));
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents"))
            .withQueryParam("page", equalTo("1"))
            .willReturn(okJson(agents("a3", "a4"))));
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents"))
            .withQueryParam("page", equalTo("2"))
            .willReturn(okJson(agents("a5"))));

    List<String> ids =
        client.listAll(ListAgentsParams.builder().pageSize(2).search("a").build()).stream()
            .map(Agent::id)
            .toList();

    assertThat(ids).containsExactly("a1", "a2", "a3", "a4", "a5");
    wm.verify(
        3,
        getRequestedFor(urlPathEqualTo("/v1/agents"))
            .withQueryParam("page_size", equalTo("2"))
            .withQueryParam("search", equalTo("a")));
  }

  @Test
  @SuppressWarnings("deprecation")
  void legacyListAll_stopsAtAnEmptyPage_andSendsTheDefaultPageSize() {
    String twenty = agents(IntStream.range(0, 20).mapToObj(i -> "a" + i).toArray(String[]::new));
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents"))
            .withQueryParam("page", equalTo("3"))
            .willReturn(okJson(twenty)));
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents"))
            .withQueryParam("page", equalTo("4"))
            .willReturn(okJson("[]")));

    long count = client.listAll(ListAgentsParams.builder().page(3).build()).stream().count();

    assertThat(count).isEqualTo(20);
    wm.verify(
        2,
        getRequestedFor(urlPathEqualTo("/v1/agents")).withQueryParam("page_size", equalTo("20")));
  }

  @Test
  void versionsListAll_walksPageNumbers() {
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/ag_1/versions"))
            .withQueryParam("page", equalTo("0"))
            .willReturn(okJson(agents("v0", "v1"))));
    wm.stubFor(
        get(urlPathEqualTo("/v1/agents/ag_1/versions"))
            .withQueryParam("page", equalTo("1"))
            .willReturn(okJson(agents("v2"))));

    List<String> ids =
        client.versions().listAll("ag_1", 2, RequestOptions.none()).stream()
            .map(Agent::id)
            .toList();

    assertThat(ids).containsExactly("v0", "v1", "v2");
    wm.verify(
        2,
        getRequestedFor(urlPathEqualTo("/v1/agents/ag_1/versions"))
            .withQueryParam("page_size", equalTo("2")));
  }

  @Test
  void versionsListAll_defaultsToTwentyAPage() {
    wm.stubFor(get(urlPathEqualTo("/v1/agents/ag_1/versions")).willReturn(okJson(agents("v0"))));

    assertThat(client.versions().listAll("ag_1").stream().count()).isEqualTo(1);

    wm.verify(
        getRequestedFor(urlPathEqualTo("/v1/agents/ag_1/versions"))
            .withQueryParam("page", equalTo("0"))
            .withQueryParam("page_size", equalTo("20")));
  }
}
