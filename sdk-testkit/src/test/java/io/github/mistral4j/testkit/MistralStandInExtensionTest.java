package io.github.mistral4j.testkit;

import static io.github.mistral4j.testkit.Fixtures.connector;
import static io.github.mistral4j.testkit.Fixtures.forecast;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs small test classes through the JUnit engine and checks what the extension gave them. */
class MistralStandInExtensionTest {
  static final List<MistralStandIn> SEEN = new CopyOnWriteArrayList<>();

  private static Events run(Class<?> testClass) {
    SEEN.clear();
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(testClass))
        .execute()
        .testEvents();
  }

  private static boolean answers(MistralStandIn standIn) {
    try {
      Http.to(standIn).sendOrThrow("GET", "/v1/agents", null, Map.of(), null);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void eachTestGetsAFreshStandInThatIsClosedAfterIt() {
    run(PerTestCase.class).assertStatistics(s -> s.started(2).succeeded(2));

    assertThat(SEEN).hasSize(2);
    assertThat(SEEN.get(0)).isNotSameAs(SEEN.get(1));
    assertThat(SEEN).noneMatch(MistralStandInExtensionTest::answers);
  }

  @Test
  void aStandInFirstAskedForInBeforeAllIsSharedByTheClass() {
    run(PerClassCase.class).assertStatistics(s -> s.started(2).succeeded(2));

    assertThat(SEEN).hasSize(3);
    assertThat(SEEN).allMatch(s -> s == SEEN.get(0));
    assertThat(answers(SEEN.get(0))).isFalse();
  }

  @Test
  void aStandInInjectedInAConstructorIsSharedByTheClass() {
    run(ConstructorCase.class).assertStatistics(s -> s.started(2).succeeded(2));

    assertThat(SEEN).hasSize(4);
    assertThat(SEEN).allMatch(s -> s == SEEN.get(0));
    assertThat(answers(SEEN.get(0))).isFalse();
  }

  @Test
  void extendWithWorksLikeTheAnnotation() {
    run(ExtendWithCase.class).assertStatistics(s -> s.started(1).succeeded(1));

    assertThat(SEEN).hasSize(1);
  }

  @Test
  void registerExtensionAppliesTheOptions() {
    run(ConfiguredCase.class).assertStatistics(s -> s.started(1).succeeded(1));

    assertThat(SEEN).hasSize(1);
  }

  @Test
  void otherParameterTypesAreNotResolved() {
    run(OtherParameterCase.class).assertStatistics(s -> s.started(1).failed(1));
  }

  @Test
  void withOptionsNeedsOptions() {
    assertThatThrownBy(() -> MistralStandInExtension.withOptions(null))
        .isInstanceOf(NullPointerException.class);
  }

  @MistralStandInTest
  static class PerTestCase {
    @Test
    void first(MistralStandIn standIn) {
      SEEN.add(standIn);
      assertThat(Http.to(standIn).post("/v1/connectors", connector("weather")).status())
          .isEqualTo(201);
    }

    @Test
    void second(MistralStandIn standIn, MistralStandIn same) {
      SEEN.add(standIn);
      assertThat(same).isSameAs(standIn);
      assertThat(Http.to(standIn).post("/v1/connectors", connector("weather")).status())
          .isEqualTo(201);
    }
  }

  @MistralStandInTest
  static class PerClassCase {
    private static MistralStandIn shared;

    @BeforeAll
    static void start(MistralStandIn standIn) {
      shared = standIn;
      SEEN.add(standIn);
    }

    @Test
    void one(MistralStandIn standIn) {
      SEEN.add(standIn);
      assertThat(standIn).isSameAs(shared);
    }

    @Test
    void two(MistralStandIn standIn) {
      SEEN.add(standIn);
      assertThat(standIn).isSameAs(shared);
    }
  }

  @MistralStandInTest
  static class ConstructorCase {
    private final MistralStandIn fromConstructor;

    ConstructorCase(MistralStandIn standIn) {
      fromConstructor = standIn;
    }

    @Test
    void one(MistralStandIn standIn) {
      SEEN.add(fromConstructor);
      SEEN.add(standIn);
    }

    @Test
    void two(MistralStandIn standIn) {
      SEEN.add(fromConstructor);
      SEEN.add(standIn);
    }
  }

  @ExtendWith(MistralStandInExtension.class)
  static class ExtendWithCase {
    private MistralStandIn fromBeforeEach;

    @BeforeEach
    void before(MistralStandIn standIn) {
      fromBeforeEach = standIn;
    }

    @Test
    void injected(MistralStandIn standIn) {
      SEEN.add(standIn);
      assertThat(standIn).isSameAs(fromBeforeEach);
      assertThat(Http.to(standIn).get("/v1/agents").status()).isEqualTo(200);
    }
  }

  static class ConfiguredCase {
    @RegisterExtension
    static MistralStandInExtension standIns = MistralStandInExtension.withOptions(b ->
        b.apiKey("k-123").registerTool("weather", forecast()).seedConnector(connector("weather")));

    @Test
    void seeded(MistralStandIn standIn) {
      SEEN.add(standIn);
      assertThat(standIn.apiKey()).isEqualTo("k-123");
      assertThat(Http.to(standIn).get("/v1/connectors/weather/tools").json()).hasSize(1);
    }
  }

  @MistralStandInTest
  static class OtherParameterCase {
    @Test
    void wantsAString(String notInjected) {
      assertThat(notInjected).isNotNull();
    }
  }
}
