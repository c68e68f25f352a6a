package io.github.mistral4j.connectors;

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
      Set.of("withOptions", "options", "async", "sync", "close", "withRawResponse", "tools", "activations", "credentials");

  private static final Map<Class<?>, Class<?>> VIEWS = Map.of(
      ConnectorsClient.class, RawConnectorsClient.class,
      ToolsService.class, RawToolsService.class,
      ActivationsService.class, RawActivationsService.class,
      CredentialsService.class, RawCredentialsService.class,
      ConnectorsAsyncClient.class, RawConnectorsAsyncClient.class,
      ToolsAsyncService.class, RawToolsAsyncService.class,
      ActivationsAsyncService.class, RawActivationsAsyncService.class,
      CredentialsAsyncService.class, RawCredentialsAsyncService.class);

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
    try (ConnectorsClient client = ConnectorsClient.create(ClientOptions.builder().apiKey("k").build())) {
      RawConnectorsClient raw = client.withRawResponse();
      assertThat(List.of(raw.tools(), raw.activations(), raw.credentials(), client.tools().withRawResponse(),
          client.activations().withRawResponse(), client.credentials().withRawResponse())).doesNotContainNull();
      RawConnectorsAsyncClient rawAsync = client.async().withRawResponse();
      assertThat(List.of(rawAsync.tools(), rawAsync.activations(), rawAsync.credentials(),
          client.async().tools().withRawResponse(), client.async().activations().withRawResponse(),
          client.async().credentials().withRawResponse())).doesNotContainNull();
      assertThat(raw.toString()).startsWith("RawConnectorsClient of ");
    }
  }
}
