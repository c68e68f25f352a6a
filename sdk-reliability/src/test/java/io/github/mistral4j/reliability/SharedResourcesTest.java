package io.github.mistral4j.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.mistral4j.reliability.ThreadCensus.ASYNC;
import static io.github.mistral4j.reliability.ThreadCensus.HTTP_WORKERS;
import static io.github.mistral4j.reliability.ThreadCensus.JDK_HTTP;
import static io.github.mistral4j.reliability.ThreadCensus.SDK;
import static io.github.mistral4j.reliability.ThreadCensus.SELECTORS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistral4j.agents.AgentsClient;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.MistralHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clients derived with {@code withOptions}, and clients built on one {@link MistralHttp}, share one
 * JDK HTTP client (one selector thread), one set of HTTP worker threads and one bounded async
 * executor; only the owner's close ends them. Counted on live threads, on every JDK the build runs
 * on (the JDK client's own threads only from Java 21, which can close it).
 */
class SharedResourcesTest {
  private static final int DERIVED = 50;
  private static final Duration SETTLE = Duration.ofSeconds(10);

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().containerThreads(80)).build();

  @BeforeEach
  void stubs() {
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/weather")).willReturn(okJson(Fixtures.CONNECTOR)));
    wm.stubFor(get(urlPathEqualTo("/v1/agents/" + Fixtures.AGENT_ID)).willReturn(okJson(Fixtures.AGENT)));
  }

  private static ClientOptions options() {
    return Fixtures.options(wm.baseUrl(), d -> {}).build();
  }

  @Test
  void fiftyDerivedClients_addNoThreads_closingThemLeavesTheRootWorking_closingTheRootEndsTheSdkThreads() {
    ThreadCensus census = ThreadCensus.start();
    ConnectorsClient root = ConnectorsClient.create(options());
    root.get("weather");
    root.async().get("weather").join();
    int rootWorkers = census.count(HTTP_WORKERS);
    assertThat(census.count(SELECTORS)).as("selector threads of the root").isEqualTo(1);

    List<ConnectorsClient> derived = new ArrayList<>();
    for (int i = 0; i < DERIVED; i++) {
      ConnectorsClient d = root.withOptions(b -> b.putDefaultHeader("X-Derived", "yes"));
      d.get("weather");
      d.async().get("weather").join();
      derived.add(d);
    }
    String sequential = census.summary();
    assertThat(census.count(SELECTORS)).as("selector threads: one JDK client for all %d clients", DERIVED + 1).isEqualTo(1);
    assertThat(census.count(HTTP_WORKERS)).as("HTTP worker threads after one call at a time (was about two per client)")
        .isLessThanOrEqualTo(rootWorkers + 2);
    assertThat(census.count(ASYNC)).as("async threads after one call at a time").isLessThanOrEqualTo(2);
    // and all at once: more async calls than the executor has threads
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    for (ConnectorsClient d : derived) {
      inFlight.add(d.async().get("weather"));
      inFlight.add(d.async().get("weather"));
    }
    inFlight.forEach(CompletableFuture::join);

    System.out.printf("root alone: 1 selector, %d HTTP workers; %d derived clients, one call at a time: %s;"
        + " %d calls at once: %s%n", rootWorkers, DERIVED, sequential, inFlight.size(), census.summary());
    assertThat(census.count(SELECTORS)).as("selector threads: one JDK client for all %d clients", DERIVED + 1).isEqualTo(1);
    assertThat(census.count(JDK_HTTP)).as("JDK client threads").isEqualTo(1);
    assertThat(census.count(HTTP_WORKERS)).as("HTTP worker threads: one pool, sized by the calls in flight")
        .isLessThanOrEqualTo(MistralHttp.DEFAULT_ASYNC_THREADS + 4);
    assertThat(census.count(ASYNC)).as("async threads: one bounded pool").isBetween(1, MistralHttp.DEFAULT_ASYNC_THREADS);

    derived.forEach(ConnectorsClient::close);

    assertThat(root.get("weather").name()).isEqualTo("weather");
    assertThat(root.async().get("weather").join().name()).isEqualTo("weather");
    assertThat(census.count(SELECTORS)).isEqualTo(1);
    assertThat(census.count(ASYNC)).as("async threads after closing the derived clients").isPositive();
    ConnectorsClient keptOpen = root.withOptions(b -> b.putDefaultHeader("X-Derived", "kept"));
    int seen = wm.getAllServeEvents().size();

    root.close();

    Waits.awaitTrue(SETTLE, () -> census.count(SDK) == 0);
    assertThat(census.names(SDK)).as("mistral4j-* threads left after closing the root").isEmpty();
    assertThatThrownBy(() -> keptOpen.get("weather"))
        .isExactlyInstanceOf(MistralException.class)
        .hasMessageContaining("closed");
    assertClosed(keptOpen.async().get("weather"));
    assertThatThrownBy(() -> keptOpen.withOptions(b -> {})).isExactlyInstanceOf(MistralException.class);
    assertThat(wm.getAllServeEvents()).as("requests after closing the root").hasSize(seen);
  }

  /** Java 17-20 cannot close a JDK client (its selector ends when it is collected); 21+ can. */
  @EnabledForJreRange(min = JRE.JAVA_21)
  @Test
  void closingTheRoot_alsoEndsTheJdkClientsThreads() {
    ThreadCensus census = ThreadCensus.start();
    ConnectorsClient root = ConnectorsClient.create(options());
    List<ConnectorsClient> derived = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ConnectorsClient d = root.withOptions(b -> b.putDefaultHeader("X-Derived", "yes"));
      d.async().get("weather").join();
      derived.add(d);
    }
    assertThat(census.count(SELECTORS)).isEqualTo(1);

    derived.get(0).close();
    root.close();

    Waits.awaitTrue(SETTLE, () -> census.count(JDK_HTTP) + census.count(SDK) == 0);
    assertThat(census.names(JDK_HTTP)).as("HttpClient-* threads left after closing the root").isEmpty();
    assertThat(census.names(SDK)).as("mistral4j-* threads left after closing the root").isEmpty();
  }

  @Test
  void connectorsAndAgentsOnOneMistralHttp_haveOneHttpClient_andOnlyItsCloseEndsTheThreads() {
    ThreadCensus separate = ThreadCensus.start();
    try (Clients clients = Clients.of(options())) {
      clients.connectors().get("weather");
      clients.agents().get(Fixtures.AGENT_ID);
      assertThat(separate.count(SELECTORS)).as("selector threads of two clients, each with its own resources").isEqualTo(2);
    }

    ThreadCensus census = ThreadCensus.start();
    ClientOptions options = options();
    MistralHttp http = MistralHttp.create(options);
    ConnectorsClient connectors = ConnectorsClient.create(options, http);
    AgentsClient agents = AgentsClient.create(options, http);
    AgentsClient teamAgents = agents.withOptions(b -> b.putDefaultHeader("X-Team", "search"));
    for (int i = 0; i < 20; i++) {
      connectors.get("weather");
      agents.async().get(Fixtures.AGENT_ID).join();
      teamAgents.get(Fixtures.AGENT_ID);
      connectors.async().get("weather").join();
    }
    System.out.printf("connectors + agents on one MistralHttp: %s%n", census.summary());
    assertThat(census.count(SELECTORS)).as("selector threads: one JDK client").isEqualTo(1);
    assertThat(census.count(ASYNC)).isBetween(1, MistralHttp.DEFAULT_ASYNC_THREADS);

    connectors.close();
    agents.close();
    teamAgents.close();

    assertThat(http.isClosed()).isFalse();
    assertThat(census.count(SELECTORS)).isEqualTo(1);
    try (AgentsClient later = AgentsClient.create(options, http)) {
      assertThat(later.async().get(Fixtures.AGENT_ID).join().id()).isEqualTo(Fixtures.AGENT_ID);
    }
    ConnectorsClient lastOne = ConnectorsClient.create(options, http);

    http.close();

    Waits.awaitTrue(SETTLE, () -> census.count(SDK) == 0);
    assertThat(census.names(SDK)).as("mistral4j-* threads left after closing the MistralHttp").isEmpty();
    assertClosed(lastOne.async().get("weather"));
  }

  @Test
  void derivedClientWithAnotherConnectTimeout_ownsItsOwnHttpClient() {
    ThreadCensus census = ThreadCensus.start();
    ConnectorsClient root = ConnectorsClient.create(options());
    root.get("weather");
    ConnectorsClient own = root.withOptions(b -> b.connectTimeout(Duration.ofSeconds(2)));
    own.get("weather");
    assertThat(census.count(SELECTORS)).as("a second JDK client, for the other connect timeout").isEqualTo(2);

    root.close();
    assertThat(own.async().get("weather").join().name()).isEqualTo("weather");
    own.close();

    Waits.awaitTrue(SETTLE, () -> census.count(SDK) == 0);
    assertThat(census.names(SDK)).as("mistral4j-* threads left after closing both").isEmpty();
  }

  private static void assertClosed(CompletableFuture<?> call) {
    assertThat(call)
        .failsWithin(SETTLE)
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isExactlyInstanceOf(MistralException.class)
        .withMessageContaining("closed");
  }
}
