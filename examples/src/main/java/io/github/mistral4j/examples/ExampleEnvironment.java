package io.github.mistral4j.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.Sleeper;
import io.github.mistral4j.testkit.MistralStandIn;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where the examples run, decided once from the environment variables.
 *
 * <ul>
 *   <li>Without {@code MISTRAL_API_KEY}: a {@link MistralStandIn} starts on a free local port with
 *       the {@link DemoTools}, and the clients point at it. Nothing leaves the machine.
 *   <li>With {@code MISTRAL_API_KEY}: the real API ({@code MISTRAL_BASE_URL} if set). The examples
 *       then create and delete real connectors and agents, named with a random suffix so that they
 *       never collide with the workspace's own. Connector tools need an MCP server: {@code
 *       MISTRAL_EXAMPLE_MCP_URL} (tool calls are skipped without it), optionally {@code
 *       MISTRAL_EXAMPLE_MCP_TOOL} and {@code MISTRAL_EXAMPLE_MCP_ARGS} (a JSON object) to choose
 *       the tool the connectors tour calls.
 * </ul>
 *
 * <p>{@code MISTRAL_EXAMPLE_MODEL} names the chat model (default {@value #DEFAULT_MODEL}) and
 * {@code MISTRAL_LOG} turns on the SDK's HTTP logging in both cases.
 */
public final class ExampleEnvironment implements AutoCloseable {
  /** The chat model used unless {@code MISTRAL_EXAMPLE_MODEL} says otherwise. */
  public static final String DEFAULT_MODEL = "mistral-small-latest";

  private static final String PLACEHOLDER_SERVER = "https://mcp.example.com/mcp";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> variables;
  private final Transcript transcript;
  private final ClientOptions options;
  private final @Nullable MistralStandIn standIn;
  private final String runId = UUID.randomUUID().toString().substring(0, 8);

  private ExampleEnvironment(
      Map<String, String> variables,
      Transcript transcript,
      ClientOptions options,
      @Nullable MistralStandIn standIn) {
    this.variables = variables;
    this.transcript = transcript;
    this.options = options;
    this.standIn = standIn;
  }

  /**
   * The environment of this process, printing to standard output.
   *
   * @return the environment; close it to stop the stand-in
   */
  public static ExampleEnvironment open() {
    return open(System.getenv(), Transcript.toStandardOutput(), Sleeper.SYSTEM);
  }

  /**
   * An environment from the given variables.
   *
   * @param variables environment variables, such as {@link System#getenv()}
   * @param transcript where the examples print what they do
   * @param sleeper how the clients wait between retries ({@code d -> {}} in tests)
   * @return the environment; close it to stop the stand-in
   */
  public static ExampleEnvironment open(
      Map<String, String> variables, Transcript transcript, Sleeper sleeper) {
    Map<String, String> vars = Map.copyOf(variables);
    ClientOptions.Builder options = ClientOptions.builder().applyEnv(vars).sleeper(sleeper);
    if (!isBlank(vars.get("MISTRAL_API_KEY"))) {
      ClientOptions real = options.build();
      transcript.note(
          "running against the real API at %s: this creates and deletes real resources"
              .formatted(real.baseUrl()));
      return new ExampleEnvironment(vars, transcript, real, null);
    }
    MistralStandIn standIn = MistralStandIn.start();
    DemoTools.registerOn(standIn);
    transcript.note(
        "running against the local stand-in at %s; set MISTRAL_API_KEY to use the real API"
            .formatted(standIn.baseUrl()));
    ClientOptions local = options.apiKey(standIn.apiKey()).baseUrl(standIn.baseUrl()).build();
    return new ExampleEnvironment(vars, transcript, local, standIn);
  }

  /** Options for every client of the examples. */
  public ClientOptions options() {
    return options;
  }

  /** Where the examples print what they do. */
  public Transcript transcript() {
    return transcript;
  }

  /** True when running against the local stand-in. */
  public boolean isLocal() {
    return standIn != null;
  }

  /** The local stand-in, when running against it. */
  public Optional<MistralStandIn> standIn() {
    return Optional.ofNullable(standIn);
  }

  /** The API key the clients use (the stand-in's when local). */
  public String apiKey() {
    return options.apiKey().get();
  }

  /** The chat model for agents and LangChain4j: {@code MISTRAL_EXAMPLE_MODEL} or the default. */
  public String modelName() {
    return variable("MISTRAL_EXAMPLE_MODEL").orElse(DEFAULT_MODEL);
  }

  /**
   * The name to give a new connector or agent: the plain name on the stand-in (which serves the
   * {@link DemoTools} under it), a unique one on the real API.
   *
   * @param name the example's name, such as {@code weather}
   * @return the name to use
   */
  public String resourceName(String name) {
    return isLocal() ? name : "mistral4j-example-" + name + "-" + runId;
  }

  /** The MCP server URL for new connectors (a placeholder the stand-in never contacts). */
  public String mcpServerUrl() {
    return isLocal()
        ? PLACEHOLDER_SERVER
        : variable("MISTRAL_EXAMPLE_MCP_URL").orElse(PLACEHOLDER_SERVER);
  }

  /**
   * Whether connectors created here have tools to list and call; if not, says so in the transcript.
   *
   * @return true on the stand-in, or when {@code MISTRAL_EXAMPLE_MCP_URL} is set
   */
  public boolean hasToolServer() {
    if (isLocal() || variable("MISTRAL_EXAMPLE_MCP_URL").isPresent()) {
      return true;
    }
    transcript.note(
        "MISTRAL_EXAMPLE_MCP_URL is not set: no MCP server for connectors, no tool calls");
    return false;
  }

  /**
   * The tool call the connectors tour makes: {@code forecast} for Paris on the stand-in; on the
   * real API, {@code MISTRAL_EXAMPLE_MCP_TOOL} (default: the first tool listed) with {@code
   * MISTRAL_EXAMPLE_MCP_ARGS} (default: no arguments).
   *
   * @param listed the tools the connector lists
   * @return the call, or empty when there is no tool
   */
  public Optional<ToolCall> toolCall(List<McpTool> listed) {
    if (isLocal()) {
      return Optional.of(
          new ToolCall("forecast", new TreeMap<>(Map.of("city", "Paris", "days", 2))));
    }
    Optional<String> tool =
        variable("MISTRAL_EXAMPLE_MCP_TOOL")
            .or(() -> listed.stream().map(McpTool::name).findFirst());
    Map<String, Object> arguments =
        variable("MISTRAL_EXAMPLE_MCP_ARGS").map(ExampleEnvironment::jsonObject).orElse(Map.of());
    return tool.map(name -> new ToolCall(name, arguments));
  }

  /**
   * A tool to call and its arguments.
   *
   * @param tool the tool's name on the connector
   * @param arguments the arguments
   */
  public record ToolCall(String tool, Map<String, Object> arguments) {}

  /**
   * A variable of the environment.
   *
   * @param name its name
   * @return its value, when set and not blank
   */
  public Optional<String> variable(String name) {
    String value = variables.get(Objects.requireNonNull(name, "name"));
    return isBlank(value) ? Optional.empty() : Optional.of(value.trim());
  }

  /** Stops the stand-in, if any. */
  @Override
  public void close() {
    if (standIn != null) {
      standIn.close();
    }
  }

  private static Map<String, Object> jsonObject(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "MISTRAL_EXAMPLE_MCP_ARGS must be a JSON object: " + e.getOriginalMessage(), e);
    }
  }

  private static boolean isBlank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
