package io.github.mistral4j.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.exception.ToolExecutionException;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.langchain4j.service.tool.ToolProvider;
import dev.langchain4j.service.tool.ToolProviderResult;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.langchain4j.agents.AgentTools;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code mistral4j-agents} is an optional dependency of the bridge: only {@code
 * io.github.mistral4j.langchain4j.agents} may use it. Statically, no other bridge class names an
 * agents class; at run time, the provider lists and calls tools in a class loader that hides the
 * agents module.
 */
class ConnectorToolProviderWithoutAgentsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String AGENTS_PACKAGE = "io.github.mistral4j.agents.";
  private static final String AGENTS_INTERNAL_NAME = "io/github/mistral4j/agents/";
  private static final String OPTIONAL_PACKAGE_PATH = "io/github/mistral4j/langchain4j/agents/";

  @Test
  void bridgeClassesOutsideTheAgentsPackage_neverReferenceAnAgentsClass() throws IOException {
    Map<String, byte[]> classes = bridgeClassFiles();
    List<String> referencing = new ArrayList<>();
    classes.forEach((path, bytes) -> {
      if (!path.startsWith(OPTIONAL_PACKAGE_PATH) && mentionsAgents(bytes)) {
        referencing.add(path);
      }
    });

    assertThat(classes).containsKeys(
        "io/github/mistral4j/langchain4j/ConnectorToolProvider.class",
        "io/github/mistral4j/langchain4j/ConnectorToolProvider$Builder.class",
        "io/github/mistral4j/langchain4j/internal/JsonSchemaWriter.class");
    assertThat(referencing).as("bridge classes naming io.github.mistral4j.agents").isEmpty();
    // the scan sees references where they are: the optional package does name agents classes
    assertThat(mentionsAgents(classes.get(OPTIONAL_PACKAGE_PATH + "AgentTools.class"))).isTrue();
  }

  @Test
  void connectorToolProvider_listsAndCallsToolsWhenTheAgentsModuleIsMissing() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/v1/connectors/weather/tools")).willReturn(okJson("""
        [{"name": "forecast", "description": "Daily forecast.",
          "inputSchema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}]
        """)));
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call"))
        .willReturn(okJson("{\"content\": [{\"type\": \"text\", \"text\": \"Paris: sunny\"}]}")));
    wm.stubFor(post(urlPathEqualTo("/v1/connectors/weather/tools/forecast/call"))
        .withRequestBody(containing("Lyon"))
        .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody("{}")));
    WithoutAgents loader = new WithoutAgents(getClass().getClassLoader());

    try (ConnectorsClient client = ConnectorsClient.create(
        ClientOptions.builder().apiKey("test-key").baseUrl(wm.baseUrl()).sleeper(d -> {}).build())) {
      ToolProvider provider = newProvider(loader, client, "weather");
      ToolProviderResult result = provider.provideTools(null);

      assertThat(provider.getClass().getClassLoader()).isSameAs(loader);
      assertThat(result.tools().keySet()).extracting(ToolSpecification::name).containsExactly("forecast");
      ToolExecutor executor = result.tools().values().iterator().next();
      String answer = executor.execute(
          ToolExecutionRequest.builder().id("1").name("forecast").arguments("{\"city\": \"Paris\"}").build(), null);
      assertThat(answer).isEqualTo("Paris: sunny");
      assertThatThrownBy(() -> executor.execute(
              ToolExecutionRequest.builder().id("2").name("forecast").arguments("{\"city\": \"Lyon\"}").build(), null))
          .isInstanceOf(ToolExecutionException.class)
          .hasMessageContaining("HTTP 500")
          .satisfies(e -> assertThat(e.getClass().getClassLoader()).isSameAs(loader));
    }

    assertThat(loader.defined).contains(
        ConnectorToolProvider.class.getName(),
        "io.github.mistral4j.langchain4j.internal.ConnectorToolExecutor",
        "io.github.mistral4j.langchain4j.internal.SchemaConverter",
        ConnectorToolException.class.getName());
    // the loader does hide the module: the optional class cannot be used in it
    assertThatThrownBy(() -> loader.loadClass("io.github.mistral4j.agents.model.AgentTool"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName(AgentTools.class.getName(), true, loader)
            .getMethod("connectorTool", String.class).invoke(null, "conn"))
        .isInstanceOf(NoClassDefFoundError.class)
        .rootCause()
        .isInstanceOf(ClassNotFoundException.class)
        .hasMessageStartingWith(AGENTS_PACKAGE);
  }

  /** Builds a provider with the copy of the bridge that {@code loader} defined. */
  private static ToolProvider newProvider(ClassLoader loader, ConnectorsClient client, String connector) throws Exception {
    Class<?> type = Class.forName(ConnectorToolProvider.class.getName(), true, loader);
    assertThat(type).isNotSameAs(ConnectorToolProvider.class);
    Object builder = type.getMethod("builder").invoke(null);
    Class<?> builderType = builder.getClass();
    builderType.getMethod("client", ConnectorsClient.class).invoke(builder, client);
    builderType.getMethod("connector", String.class).invoke(builder, connector);
    return (ToolProvider) builderType.getMethod("build").invoke(builder);
  }

  private static boolean mentionsAgents(byte[] classFile) {
    // class names and descriptors sit in the constant pool as (modified) UTF-8, ASCII here
    return new String(classFile, StandardCharsets.ISO_8859_1).contains(AGENTS_INTERNAL_NAME);
  }

  /** Every class file of the bridge's main code, by path, from its directory or jar. */
  private static Map<String, byte[]> bridgeClassFiles() throws IOException {
    Path location;
    try {
      location = Path.of(ConnectorToolProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    Map<String, byte[]> classes = new LinkedHashMap<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
          classes.put(location.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (JarEntry entry : Collections.list(jar.entries())) {
          if (entry.getName().endsWith(".class")) {
            try (InputStream in = jar.getInputStream(entry)) {
              classes.put(entry.getName(), in.readAllBytes());
            }
          }
        }
      }
    }
    return classes;
  }

  /**
   * Defines the bridge's classes itself (so their references resolve through it) and hides the
   * agents module; everything else comes from the parent.
   */
  static final class WithoutAgents extends ClassLoader {
    final List<String> defined = Collections.synchronizedList(new ArrayList<>());

    WithoutAgents(ClassLoader parent) {
      super("without-mistral4j-agents", parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith(AGENTS_PACKAGE)) {
        throw new ClassNotFoundException(name + " (hidden: mistral4j-agents is not on this class path)");
      }
      if (!name.startsWith("io.github.mistral4j.langchain4j.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> type = findLoadedClass(name);
        if (type == null) {
          try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
              throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            type = defineClass(name, bytes, 0, bytes.length);
            defined.add(name);
          } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
          }
        }
        if (resolve) {
          resolveClass(type);
        }
        return type;
      }
    }

    @Override
    public URL getResource(String name) {
      return name.startsWith(AGENTS_INTERNAL_NAME) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return name.startsWith(AGENTS_INTERNAL_NAME) ? Collections.emptyEnumeration() : super.getResources(name);
    }
  }
}
