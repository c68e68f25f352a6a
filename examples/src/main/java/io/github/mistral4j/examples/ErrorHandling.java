package io.github.mistral4j.examples;

import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.ListConnectorsParams;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.core.RateLimitException;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.UnprocessableEntityException;
import io.github.mistral4j.core.ValidationError;
import io.github.mistral4j.testkit.Fault;
import io.github.mistral4j.testkit.MistralStandIn;
import java.time.Duration;
import java.util.Optional;

/**
 * How failures look: a 422 with its validation details, a 429 retried after its {@code
 * Retry-After}, and a timeout. On the stand-in, the 429 and the slow answer are scripted with
 * {@link Fault}s; the real API cannot be asked for a 429, so that part runs only locally.
 */
public final class ErrorHandling {
  private ErrorHandling() {}

  /**
   * Runs the example on its own.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone("Error handling", ErrorHandling::run);
  }

  /**
   * Runs the example.
   *
   * @param env where it runs
   */
  public static void run(ExampleEnvironment env) {
    Transcript t = env.transcript();
    // Say when the SDK waits before a retry; the wait itself is left to the configured sleeper.
    ClientOptions options =
        env.options().toBuilder()
            .sleeper(
                wait -> {
                  t.result("waiting " + wait.toMillis() + " ms before retrying");
                  env.options().sleeper().sleep(wait);
                })
            .build();
    try (ConnectorsClient connectors = ConnectorsClient.create(options)) {
      invalidRequest(connectors, env);
      rateLimited(connectors, t, env.standIn());
      timeout(connectors, t, env.standIn());
    }
  }

  private static void invalidRequest(ConnectorsClient connectors, ExampleEnvironment env) {
    Transcript t = env.transcript();
    t.step("Create a connector whose server is not a URL: the API answers 422");
    try {
      Connector accepted =
          connectors.create(
              CreateConnectorRequest.builder()
                  .name(env.resourceName("broken"))
                  .description("Invalid on purpose")
                  .server("not-a-url")
                  .build());
      t.result("unexpected: the API accepted it; deleting it");
      connectors.delete(accepted.id());
    } catch (UnprocessableEntityException e) {
      t.result("HTTP " + e.statusCode() + " from " + e.method() + " " + e.url());
      for (ValidationError error : e.validationErrors()) {
        t.result(error.path() + ": " + error.msg() + " [" + error.type() + "]");
      }
    }
  }

  private static void rateLimited(
      ConnectorsClient connectors, Transcript t, Optional<MistralStandIn> standIn) {
    t.step("List connectors while the API answers 429 with Retry-After: 1");
    if (standIn.isEmpty()) {
      t.result("skipped: the real API cannot be asked for a 429 (the SDK retries 429s by default)");
      return;
    }
    MistralStandIn local = standIn.get();
    local.failNext(Fault.onOperation("connector_list_v1").respond(429).header("Retry-After", "1"));
    int before = local.requests("connector_list_v1").size(); // the stand-in's request journal
    connectors.list();
    int attempts = local.requests("connector_list_v1").size() - before;
    t.result("succeeded after " + attempts + " attempts");

    t.step("The same without retries: the 429 reaches the caller");
    local.failNext(Fault.onOperation("connector_list_v1").respond(429).header("Retry-After", "1"));
    try {
      connectors.list(ListConnectorsParams.none(), RequestOptions.builder().maxRetries(0).build());
    } catch (RateLimitException e) {
      Duration retryAfter = e.retryAfter(); // null when the answer has no usable Retry-After
      String wait = retryAfter == null ? "(not given)" : retryAfter.toSeconds() + " s";
      t.result("HTTP " + e.statusCode() + ", retry after " + wait);
    }
  }

  private static void timeout(
      ConnectorsClient connectors, Transcript t, Optional<MistralStandIn> standIn) {
    // The stand-in answers after 3 s; the real API is asked with a timeout no network can meet.
    Duration timeout = standIn.isPresent() ? Duration.ofMillis(500) : Duration.ofMillis(1);
    standIn.ifPresent(
        s -> s.failNext(Fault.onOperation("connector_list_v1").delay(Duration.ofSeconds(3))));
    t.step("List connectors with a timeout of " + timeout.toMillis() + " ms and no retries");
    try {
      connectors.list(
          ListConnectorsParams.none(),
          RequestOptions.builder().timeout(timeout).maxRetries(0).build());
      t.result("the API answered in time");
    } catch (MistralIoException e) {
      t.result((e.isTimeout() ? "timed out: " : "I/O failure: ") + e.getMessage());
    }
  }
}
