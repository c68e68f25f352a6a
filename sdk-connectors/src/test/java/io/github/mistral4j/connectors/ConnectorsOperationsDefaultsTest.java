package io.github.mistral4j.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.UpdateConnectorRequest;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.testsupport.DefaultOverloads;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ConnectorsOperations}: each overload without {@link RequestOptions} is a default method calling
 * the full one with {@code none()} values, so that a test double or a decorator implements only the
 * abstract methods; {@link ConnectorsClient} implements exactly those.
 */
class ConnectorsOperationsDefaultsTest {
  @Test
  void everyOverloadWithoutRequestOptions_callsTheFullOne_withNoneValues() {
    Map<Class<?>, Object> samples = Map.of(
        String.class, "weather",
        CreateConnectorRequest.class,
        CreateConnectorRequest.builder().name("weather").description("d").server("https://mcp.example.com").build(),
        UpdateConnectorRequest.class, UpdateConnectorRequest.builder().title("t").build(),
        ListConnectorsParams.class, ListConnectorsParams.builder().cursor("c1").build(),
        GetConnectorParams.class, GetConnectorParams.builder().fetchUserData(true).build(),
        GetAuthUrlParams.class, GetAuthUrlParams.builder().appReturnUrl("https://app.example.com").build());

    assertThat(DefaultOverloads.verify(ConnectorsOperations.class, samples)).isEqualTo(14);
  }

  @Test
  void abstractMethods_takeRequestOptions_andTheClientOverridesExactlyThose() throws Exception {
    for (Method method : ConnectorsOperations.class.getMethods()) {
      Class<?>[] parameters = method.getParameterTypes();
      boolean full = parameters.length > 0 && parameters[parameters.length - 1] == RequestOptions.class;
      assertThat(Modifier.isAbstract(method.getModifiers())).as(method.toString()).isEqualTo(full);
      Method implementation = ConnectorsClient.class.getMethod(method.getName(), parameters);
      assertThat(implementation.getDeclaringClass()).as(method.toString())
          .isEqualTo(full ? ConnectorsClient.class : ConnectorsOperations.class);
      assertThat(implementation.isAnnotationPresent(Deprecated.class)).as(method.toString())
          .isEqualTo(method.isAnnotationPresent(Deprecated.class));
    }
    assertThat(Arrays.stream(ConnectorsOperations.class.getMethods()).filter(m -> !m.isDefault())).hasSize(10);
  }
}
