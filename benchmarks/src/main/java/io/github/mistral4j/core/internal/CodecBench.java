package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import feign.codec.Decoder;
import feign.codec.Encoder;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.benchmarks.Fixtures;
import io.github.mistral4j.benchmarks.RequestFixtures;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.connectors.model.PaginatedConnectors;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SDK's JSON codec against feign-jackson's {@code JacksonEncoder}/{@code JacksonDecoder} built
 * on the same {@link ObjectMapper}: encode the request body (if any) and decode the answer of the
 * four benchmark operations, with no I/O. Lives in the core's internal package to reach the
 * package-private codec; the SDK side gets its body as the transport hands it over ({@link
 * BytesBody}), feign-jackson as any Feign client does (a byte-array body read through a Reader).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CodecBench {
  private static final Type TOOLS = new com.fasterxml.jackson.core.type.TypeReference<List<McpTool>>() {}.getType();

  private final ObjectMapper mapper = Json.mapper();
  private final JsonCodec sdk = new JsonCodec(mapper);
  private final Encoder feignEncoder = new JacksonEncoder(mapper);
  private final Decoder feignDecoder = new JacksonDecoder(mapper);
  private final Request request =
      Request.create(Request.HttpMethod.GET, "http://localhost/v1", Map.of(), null, StandardCharsets.UTF_8, null);

  private byte[] tools;
  private byte[] callTool;
  private byte[] connectors;
  private byte[] agent;
  private Map<String, Object> callBody;
  private CreateAgentRequest agentRequest;

  /** Prepares the bodies the server of the other benchmarks serves. */
  @Setup
  public void setUp() {
    Map<String, byte[]> bodies = Fixtures.bodies();
    tools = bodies.get("tools-50.json");
    callTool = bodies.get("call-tool.json");
    connectors = bodies.get("connectors.json");
    agent = bodies.get("agent.json");
    callBody = Map.of("arguments", RequestFixtures.callArguments());
    agentRequest = RequestFixtures.createAgentRequest();
  }

  private Response sdkResponse(byte[] body) {
    return Response.builder().status(200).headers(Map.of()).body(new BytesBody(body)).request(request).build();
  }

  private Response feignResponse(byte[] body) {
    return Response.builder().status(200).headers(Map.of()).body(body).request(request).build();
  }

  private static RequestTemplate encode(Encoder encoder, Object body, Type type) {
    RequestTemplate template = new RequestTemplate();
    encoder.encode(body, type, template);
    return template;
  }

  /** {@code list_tools}: decode 50 tools (68 KB). */
  @Benchmark
  public Object listTools_feignJackson() throws Exception {
    return feignDecoder.decode(feignResponse(tools), TOOLS);
  }

  /** {@code list_tools}: decode 50 tools (68 KB). */
  @Benchmark
  public Object listTools_sdk() throws Exception {
    return sdk.decode(sdkResponse(tools), TOOLS);
  }

  /** {@code call_tool}: encode 5 arguments, decode a 3 KB answer. */
  @Benchmark
  public Object callTool_feignJackson() throws Exception {
    encode(feignEncoder, callBody, Map.class);
    return feignDecoder.decode(feignResponse(callTool), ConnectorToolCallResponse.class);
  }

  /** {@code call_tool}: encode 5 arguments, decode a 3 KB answer. */
  @Benchmark
  public Object callTool_sdk() throws Exception {
    encode(sdk, callBody, Map.class);
    return sdk.decode(sdkResponse(callTool), ConnectorToolCallResponse.class);
  }

  /** List connectors: decode a page of 20 (23 KB). */
  @Benchmark
  public Object listConnectors_feignJackson() throws Exception {
    return feignDecoder.decode(feignResponse(connectors), PaginatedConnectors.class);
  }

  /** List connectors: decode a page of 20 (23 KB). */
  @Benchmark
  public Object listConnectors_sdk() throws Exception {
    return sdk.decode(sdkResponse(connectors), PaginatedConnectors.class);
  }

  /** Create agent: encode a 1.5 KB agent, decode the 1.7 KB answer. */
  @Benchmark
  public Object createAgent_feignJackson() throws Exception {
    encode(feignEncoder, agentRequest, CreateAgentRequest.class);
    return feignDecoder.decode(feignResponse(agent), Agent.class);
  }

  /** Create agent: encode a 1.5 KB agent, decode the 1.7 KB answer. */
  @Benchmark
  public Object createAgent_sdk() throws Exception {
    encode(sdk, agentRequest, CreateAgentRequest.class);
    return sdk.decode(sdkResponse(agent), Agent.class);
  }
}
