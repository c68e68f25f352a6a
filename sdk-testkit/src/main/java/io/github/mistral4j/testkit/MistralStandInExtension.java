package io.github.mistral4j.testkit;

import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that injects a running {@link MistralStandIn} into test methods, lifecycle methods and
 * constructors, and closes it when its scope ends.
 *
 * <p>Scope: a stand-in asked for by a test method (or a {@code @BeforeEach}/{@code @AfterEach} method) is
 * fresh for that test and closed after it; every parameter of the same test gets the same instance. A
 * stand-in first asked for in a {@code @BeforeAll} method or in a constructor (JUnit resolves constructor
 * parameters in the class's context) is shared by the whole class and closed after it.
 *
 * <pre>{@code
 * @ExtendWith(MistralStandInExtension.class)     // or @MistralStandInTest
 * class MyTest {
 *   @Test
 *   void listsConnectors(MistralStandIn standIn) { ... standIn.baseUrl() ... }
 * }
 *
 * class ConfiguredTest {
 *   @RegisterExtension
 *   static MistralStandInExtension standIn = MistralStandInExtension.withOptions(b -> b.apiKey("k"));
 * }
 * }</pre>
 */
public final class MistralStandInExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MistralStandInExtension.class);
  private static final String KEY = "stand-in";

  private final Consumer<MistralStandIn.Builder> options;

  /** An extension starting stand-ins with the default options. */
  public MistralStandInExtension() {
    this(b -> {});
  }

  private MistralStandInExtension(Consumer<MistralStandIn.Builder> options) {
    this.options = options;
  }

  /**
   * {@return an extension starting stand-ins configured by {@code options} (port, API key, clock,
   * tools, seeds)}
   *
   * @param options configures the builder of each stand-in
   */
  public static MistralStandInExtension withOptions(Consumer<MistralStandIn.Builder> options) {
    return new MistralStandInExtension(Objects.requireNonNull(options, "options"));
  }

  /** Whether the parameter is a {@link MistralStandIn}. */
  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == MistralStandIn.class;
  }

  /** The stand-in of the current scope, started on first use. */
  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return extensionContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(KEY, k -> new Running(start()), Running.class)
        .standIn();
  }

  private MistralStandIn start() {
    MistralStandIn.Builder b = MistralStandIn.builder();
    options.accept(b);
    return b.start();
  }

  /**
   * Closes the stand-in when JUnit closes the store it lives in: JUnit 5.13 and later close
   * {@code AutoCloseable} values, older versions {@code CloseableResource} ones.
   */
  @SuppressWarnings("deprecation")
  private record Running(MistralStandIn standIn)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      standIn.close();
    }
  }
}
