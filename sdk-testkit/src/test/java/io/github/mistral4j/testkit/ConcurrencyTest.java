package io.github.mistral4j.testkit;

import static io.github.mistral4j.testkit.Fixtures.connector;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@MistralStandInTest
class ConcurrencyTest {

  private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<T> out = new ArrayList<>();
      for (Future<T> f : pool.invokeAll(tasks)) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentCreatesAllLandWithDistinctIds(MistralStandIn standIn) throws Exception {
    Http http = Http.to(standIn);
    List<Callable<String>> creates = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String name = "c" + i;
      creates.add(
          () -> http.post("/v1/connectors", connector(name)).json().get("id").asText());
    }

    Set<String> ids = new HashSet<>(runAll(creates));

    assertThat(ids).hasSize(40);
    assertThat(http.get("/v1/connectors").json().get("items")).hasSize(40);
  }

  @Test
  void concurrentCreatesOfOneNameLetExactlyOneWin(MistralStandIn standIn) throws Exception {
    Http http = Http.to(standIn);
    List<Callable<Integer>> creates = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      creates.add(() -> http.post("/v1/connectors", connector("same")).status());
    }

    List<Integer> statuses = runAll(creates);

    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
  }

  @Test
  void concurrentUpdatesEachMakeOneVersion(MistralStandIn standIn) throws Exception {
    Http http = Http.to(standIn);
    String id = standIn.seedAgent(Fixtures.agent("a"));
    List<Callable<Integer>> updates = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String text = "v" + i;
      updates.add(() -> http.patch("/v1/agents/" + id, "{\"instructions\":\"" + text + "\"}")
          .json()
          .get("version")
          .asInt());
    }

    Set<Integer> versions = new HashSet<>(runAll(updates));

    assertThat(versions).hasSize(20);
    assertThat(http.get("/v1/agents/" + id).json().get("versions")).hasSize(21);
  }
}
