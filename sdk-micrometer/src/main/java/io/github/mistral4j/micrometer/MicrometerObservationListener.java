package io.github.mistral4j.micrometer;

import io.github.mistral4j.core.observability.MistralListener;
import io.github.mistral4j.core.observability.OperationEnded;
import io.github.mistral4j.core.observability.OperationStarted;
import io.github.mistral4j.core.observability.RetryScheduled;
import io.github.mistral4j.core.observability.ToolCallCompleted;
import io.github.mistral4j.core.observability.ToolCallStarted;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the SDK's events into Micrometer {@link Observation}s: one {@code mistral.client.requests}
 * per operation (started before its first attempt, stopped when it ends, with an event per retry)
 * and one {@code mistral.tool.calls} per connector tool call of the LangChain4j bridge.
 *
 * <pre>{@code
 * ClientOptions options = ClientOptions.fromEnv().toBuilder()
 *     .addListener(MicrometerObservationListener.create(observationRegistry))
 *     .build();
 * }</pre>
 *
 * <p>Tags come from {@link MistralRequestConvention} and {@link MistralToolCallConvention}; a
 * {@code GlobalObservationConvention} registered on the registry replaces them.
 */
public final class MicrometerObservationListener implements MistralListener {
  private final ObservationRegistry registry;
  private final Map<Long, Observation> requests = new ConcurrentHashMap<>();
  private final Map<Long, Observation> toolCalls = new ConcurrentHashMap<>();

  private MicrometerObservationListener(ObservationRegistry registry) {
    this.registry = registry;
  }

  /**
   * Creates a listener that observes into a registry.
   *
   * @param registry the registry (Spring Boot's, or one with a meter and a tracing handler)
   * @return the listener; add it with {@code ClientOptions.Builder.addListener}
   */
  public static MicrometerObservationListener create(ObservationRegistry registry) {
    return new MicrometerObservationListener(Objects.requireNonNull(registry, "registry"));
  }

  @Override
  public void operationStarted(OperationStarted event) {
    MistralRequestContext context = new MistralRequestContext(event.operation());
    Observation observation =
        Observation.createNotStarted(null, MistralRequestConvention.INSTANCE, () -> context, registry).start();
    requests.put(event.operation().id(), observation);
  }

  @Override
  public void retryScheduled(RetryScheduled event) {
    Observation observation = requests.get(event.operation().id());
    if (observation != null) {
      observation.event(Observation.Event.of("mistral.retry", "retry " + (event.nextAttempt() - 1) + " after " + event.reason()));
    }
  }

  @Override
  public void operationEnded(OperationEnded event) {
    Observation observation = requests.remove(event.operation().id());
    if (observation != null) {
      ((MistralRequestContext) observation.getContext()).ended(event);
      if (!event.succeeded()) {
        observation.error(OperationFailedException.of(event));
      }
      observation.stop();
    }
  }

  @Override
  public void toolCallStarted(ToolCallStarted event) {
    MistralToolCallContext context = new MistralToolCallContext(event);
    Observation observation =
        Observation.createNotStarted(null, MistralToolCallConvention.INSTANCE, () -> context, registry).start();
    toolCalls.put(event.id(), observation);
  }

  @Override
  public void toolCallCompleted(ToolCallCompleted event) {
    Observation observation = toolCalls.remove(event.id());
    if (observation != null) {
      ((MistralToolCallContext) observation.getContext()).ended(event);
      if (event.isError()) {
        observation.error(new OperationFailedException("tool " + event.tool() + " failed: " + event.errorType()));
      }
      observation.stop();
    }
  }
}
