package io.github.mistral4j.agents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.page.AsyncAutoPager;
import io.github.mistral4j.core.page.AutoPager;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every operation method of every client and service, sync and async, has a raw twin (same name
 * and parameters), and every view is built and checked by {@code withRawResponse()}.
 */
class RawViewCoverageTest {
  /** Methods that are no operation: accessors, lifecycle, and the view itself. */
  private static final Set<String> NOT_OPERATIONS =
      Set.of("withOptions", "options", "async", "sync", "close", "withRawResponse", "versions", "aliases");

  private static final Map<Class<?>, Class<?>> VIEWS = Map.of(
      AgentsClient.class, RawAgentsClient.class,
      AgentVersionsClient.class, RawAgentVersionsClient.class,
      AgentAliasesClient.class, RawAgentAliasesClient.class,
      AgentsAsyncClient.class, RawAgentsAsyncClient.class,
      AgentVersionsAsyncClient.class, RawAgentVersionsAsyncClient.class,
      AgentAliasesAsyncClient.class, RawAgentAliasesAsyncClient.class);

  @Test
  void everyOperationMethodHasARawTwin() {
    List<String> missing = new ArrayList<>();
    VIEWS.forEach((client, view) -> {
      for (Method m : client.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || (m.isAnnotationPresent(Deprecated.class) && m.getAnnotation(Deprecated.class).forRemoval())
            || NOT_OPERATIONS.contains(m.getName()) || m.getReturnType() == AutoPager.class || m.getReturnType() == AsyncAutoPager.class) {
          continue;
        }
        try {
          view.getMethod(m.getName(), m.getParameterTypes());
        } catch (NoSuchMethodException e) {
          missing.add(client.getSimpleName() + "." + m.getName() + List.of(m.getParameterTypes()));
        }
      }
    });
    assertThat(missing).isEmpty();
  }

  @Test
  void everyViewIsBuiltAndChecked() {
    try (AgentsClient client = AgentsClient.create(ClientOptions.builder().apiKey("k").build())) {
      RawAgentsClient raw = client.withRawResponse();
      assertThat(List.of(raw.versions(), raw.aliases(), client.versions().withRawResponse(),
          client.aliases().withRawResponse())).doesNotContainNull();
      RawAgentsAsyncClient rawAsync = client.async().withRawResponse();
      assertThat(List.of(rawAsync.versions(), rawAsync.aliases(), client.async().versions().withRawResponse(),
          client.async().aliases().withRawResponse())).doesNotContainNull();
      assertThat(raw.toString()).startsWith("RawAgentsClient of ");
    }
  }
}
