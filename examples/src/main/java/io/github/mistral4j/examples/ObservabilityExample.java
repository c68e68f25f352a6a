package io.github.mistral4j.examples;

import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.RawResponse;
import io.github.mistral4j.core.page.Page;
import io.github.mistral4j.micrometer.MicrometerObservationListener;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Metrics of every call, with Micrometer: the connectors tour runs with {@link
 * MicrometerObservationListener} on a {@link SimpleMeterRegistry}, then the timers {@code
 * mistral.client.requests} are printed by operation, status and outcome. Last, one call through
 * {@code withRawResponse()} shows the HTTP facts of a response.
 */
public final class ObservabilityExample {
  private ObservabilityExample() {}

  /**
   * Runs the example on its own.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone("Observability with Micrometer", ObservabilityExample::run);
  }

  /**
   * Runs the example.
   *
   * @param env where it runs
   */
  public static void run(ExampleEnvironment env) {
    Transcript t = env.transcript();
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    ClientOptions options =
        env.options().toBuilder().addListener(MicrometerObservationListener.create(observations)).build();

    t.note("The connectors tour, observed:");
    ConnectorsTour.run(env, options);

    t.step("Timers mistral.client.requests, by operation, status and outcome");
    for (Timer timer : timers(meters)) {
      t.result(
          tag(timer, "mistral.operation") + " " + tag(timer, "method") + " " + tag(timer, "status") + " "
              + tag(timer, "outcome") + ": " + timer.count() + (timer.count() == 1 ? " call, " : " calls, ")
              + String.format(java.util.Locale.ROOT, "%.1f ms in all", timer.totalTime(TimeUnit.MILLISECONDS)));
    }

    t.step("One call through withRawResponse()");
    try (ConnectorsClient connectors = ConnectorsClient.create(options)) {
      RawResponse<Page<Connector>> raw = connectors.withRawResponse().list();
      String requestId = raw.requestId();
      t.result("HTTP " + raw.statusCode() + ", " + raw.body().length + " bytes, content type "
          + raw.header("content-type") + ", request id " + (requestId == null ? "(none sent)" : requestId));
      t.result("parsed: " + raw.parse().items().size() + " connectors on the first page");
    }
  }

  private static List<Timer> timers(SimpleMeterRegistry meters) {
    return meters.find("mistral.client.requests").timers().stream()
        .sorted(Comparator.comparing((Timer timer) -> tag(timer, "mistral.operation")).thenComparing(timer -> tag(timer, "status")))
        .collect(Collectors.toList());
  }

  private static String tag(Timer timer, String key) {
    return timer.getId().getTags().stream().filter(tag -> tag.getKey().equals(key)).map(Tag::getValue).findFirst().orElse("");
  }
}
