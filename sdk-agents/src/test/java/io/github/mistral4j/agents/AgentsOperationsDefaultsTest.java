package io.github.mistral4j.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.UpdateAgentRequest;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.testsupport.DefaultOverloads;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link AgentsOperations}: each overload without {@link RequestOptions} is a default method calling
 * the full one with {@code none()} values, so that a test double or a decorator implements only the
 * abstract methods; {@link AgentsClient} implements exactly those. Public, with public nested
 * interfaces, so that the checker may call their default methods.
 */
public class AgentsOperationsDefaultsTest {
  @Test
  void everyOverloadWithoutRequestOptions_callsTheFullOne_withNoneValues() {
    Map<Class<?>, Object> samples = Map.of(
        String.class, "ag_1",
        int.class, 3,
        CreateAgentRequest.class, CreateAgentRequest.builder().model("m").name("n").build(),
        UpdateAgentRequest.class, UpdateAgentRequest.builder().name("n2").build(),
        ListAgentsPageParams.class, ListAgentsPageParams.builder().pageSize(5).build(),
        ListAgentsParams.class, ListAgentsParams.builder().page(2).build());

    assertThat(DefaultOverloads.verify(AgentsOperations.class, samples)).isEqualTo(12);
  }

  @Test
  void abstractMethods_takeRequestOptions_andTheClientOverridesExactlyThose() throws Exception {
    for (Method method : AgentsOperations.class.getMethods()) {
      Class<?>[] parameters = method.getParameterTypes();
      boolean full = parameters.length > 0 && parameters[parameters.length - 1] == RequestOptions.class;
      assertThat(Modifier.isAbstract(method.getModifiers())).as(method.toString()).isEqualTo(full);
      Method implementation = AgentsClient.class.getMethod(method.getName(), parameters);
      assertThat(implementation.getDeclaringClass()).as(method.toString())
          .isEqualTo(full ? AgentsClient.class : AgentsOperations.class);
      assertThat(implementation.isAnnotationPresent(Deprecated.class)).as(method.toString())
          .isEqualTo(method.isAnnotationPresent(Deprecated.class));
    }
    assertThat(Arrays.stream(AgentsOperations.class.getMethods()).filter(m -> !m.isDefault())).hasSize(10);
  }

  /** A default overload passing other options than {@code none()}. */
  public interface WrongOptions {
    String get(String id, RequestOptions options);

    default String get(String id) {
      return get(id, RequestOptions.builder().build());
    }
  }

  /** A default overload making no call. */
  public interface NoCall {
    String get(String id, RequestOptions options);

    default String get(String id) {
      return id;
    }
  }

  @Test
  void checker_namesADefaultPassingOtherOptions_orMakingNoCall() {
    Map<Class<?>, Object> samples = Map.of(String.class, "x");

    assertThatThrownBy(() -> DefaultOverloads.verify(WrongOptions.class, samples))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("WrongOptions.get(java.lang.String) passed")
        .hasMessageContaining("as argument 1");
    assertThatThrownBy(() -> DefaultOverloads.verify(NoCall.class, samples))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("NoCall.get(java.lang.String) made 0 abstract calls");
  }
}
