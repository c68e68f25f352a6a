package io.github.mistral4j.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.testkit.MistralStandIn;
import io.github.mistral4j.testkit.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One example run in a test: its environment (never sleeping between retries) and its transcript.
 */
final class ExampleRun implements AutoCloseable {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ExampleEnvironment env;

  private ExampleRun(Map<String, String> variables) {
    env =
        ExampleEnvironment.open(
            variables, Transcript.to(new PrintStream(out, true, UTF_8)), d -> {});
  }

  /** An environment without MISTRAL_API_KEY: its own stand-in. */
  static ExampleRun local() {
    return new ExampleRun(Map.of());
  }

  /** An environment that believes it talks to the real API, here the given stand-in. */
  static ExampleRun remote(MistralStandIn api, Map<String, String> more) {
    Map<String, String> variables = new java.util.HashMap<>(more);
    variables.put("MISTRAL_API_KEY", "test-key");
    variables.put("MISTRAL_BASE_URL", api.baseUrl());
    return new ExampleRun(variables);
  }

  MistralStandIn standIn() {
    return env.standIn().orElseThrow();
  }

  String transcript() {
    return out.toString(UTF_8);
  }

  /** The one request of an operation the stand-in received. */
  RecordedRequest single(String operationId) {
    List<RecordedRequest> requests = standIn().requests(operationId);
    if (requests.size() != 1) {
      throw new AssertionError(operationId + " was requested " + requests.size() + " times");
    }
    return requests.get(0);
  }

  /** The names of the connectors left on the stand-in. */
  List<String> connectorsLeft() {
    try (ConnectorsClient connectors = ConnectorsClient.create(env.options())) {
      return connectors.listAll().stream().map(Connector::name).collect(Collectors.toList());
    }
  }

  @Override
  public void close() {
    env.close();
  }
}
