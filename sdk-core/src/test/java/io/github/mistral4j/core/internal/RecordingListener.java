package io.github.mistral4j.core.internal;

import io.github.mistral4j.core.observability.AttemptCompleted;
import io.github.mistral4j.core.observability.AttemptFailed;
import io.github.mistral4j.core.observability.AttemptStarted;
import io.github.mistral4j.core.observability.MistralListener;
import io.github.mistral4j.core.observability.OperationEnded;
import io.github.mistral4j.core.observability.OperationStarted;
import io.github.mistral4j.core.observability.OutgoingHeaders;
import io.github.mistral4j.core.observability.RetryScheduled;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/** Records every event it hears, and the thread it heard it on; can add headers to attempts. */
final class RecordingListener implements MistralListener {
  final List<Object> events = new CopyOnWriteArrayList<>();
  final List<String> threads = new CopyOnWriteArrayList<>();
  private final BiConsumer<AttemptStarted, OutgoingHeaders> onAttempt;

  RecordingListener() {
    this((e, h) -> {});
  }

  RecordingListener(BiConsumer<AttemptStarted, OutgoingHeaders> onAttempt) {
    this.onAttempt = onAttempt;
  }

  private void add(Object event) {
    events.add(event);
    threads.add(Thread.currentThread().getName());
  }

  @Override
  public void operationStarted(OperationStarted event) {
    add(event);
  }

  @Override
  public void attemptStarted(AttemptStarted event, OutgoingHeaders headers) {
    add(event);
    onAttempt.accept(event, headers);
  }

  @Override
  public void attemptCompleted(AttemptCompleted event) {
    add(event);
  }

  @Override
  public void attemptFailed(AttemptFailed event) {
    add(event);
  }

  @Override
  public void retryScheduled(RetryScheduled event) {
    add(event);
  }

  @Override
  public void operationEnded(OperationEnded event) {
    add(event);
  }

  List<String> kinds() {
    return events.stream().map(e -> e.getClass().getSimpleName()).toList();
  }

  <T> T first(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
  }
}
