package io.github.mistral4j.opentelemetry;

import io.github.mistral4j.core.SdkVersion;
import io.github.mistral4j.core.observability.AttemptCompleted;
import io.github.mistral4j.core.observability.AttemptFailed;
import io.github.mistral4j.core.observability.AttemptStarted;
import io.github.mistral4j.core.observability.MistralListener;
import io.github.mistral4j.core.observability.OperationEnded;
import io.github.mistral4j.core.observability.OperationStarted;
import io.github.mistral4j.core.observability.OutgoingHeaders;
import io.github.mistral4j.core.observability.RetryScheduled;
import io.github.mistral4j.core.observability.ToolCallCompleted;
import io.github.mistral4j.core.observability.ToolCallStarted;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Traces and measures the SDK's calls with OpenTelemetry:
 *
 * <ul>
 *   <li>one INTERNAL span per operation, named by its contract operation id ({@code
 *       connector_list_v1}), child of the current span; retries are events on it;
 *   <li>under it, one CLIENT span per HTTP attempt, named {@code GET /v1/connectors/{...}}, with
 *       the HTTP client semantic conventions' attributes ({@code http.request.method}, {@code
 *       url.full} with secrets masked, {@code url.template}, {@code server.address}, {@code
 *       server.port}, {@code http.response.status_code}, {@code http.request.resend_count}, {@code
 *       error.type});
 *   <li>the {@code http.client.request.duration} histogram (seconds) per attempt, with low
 *       cardinality attributes only;
 *   <li>the trace context of the attempt span on the request (the propagators of the {@code
 *       OpenTelemetry} given, W3C {@code traceparent} usually);
 *   <li>one INTERNAL span {@code execute_tool <tool>} per tool call of the LangChain4j bridge,
 *       current while the tool runs, so that its operation spans nest under it.
 * </ul>
 *
 * <p>Async clients run calls on the SDK's executor, where the caller's context is not current:
 * give the client an executor wrapped with {@code Context.taskWrapping(...)} to keep the parent.
 */
public final class OpenTelemetryListener implements MistralListener {
  static final String SCOPE = "io.github.mistral4j";
  private static final TextMapSetter<OutgoingHeaders> SETTER = OpenTelemetryListener::setHeader;

  private final Tracer tracer;
  private final TextMapPropagator propagator;
  private final HttpAttributes attributes;
  private final Map<Long, Context> operations = new ConcurrentHashMap<>();
  private final Map<Long, Span> attempts = new ConcurrentHashMap<>();
  private final Map<Long, ToolCall> toolCalls = new ConcurrentHashMap<>();

  private record ToolCall(Span span, Scope scope, Thread thread) {}

  private OpenTelemetryListener(OpenTelemetry openTelemetry) {
    this.tracer = openTelemetry.getTracer(SCOPE, SdkVersion.version());
    this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    this.attributes = new HttpAttributes(openTelemetry.getMeter(SCOPE));
  }

  /**
   * Creates a listener that traces and measures with an {@code OpenTelemetry} instance.
   *
   * @param openTelemetry the SDK or agent instance ({@code GlobalOpenTelemetry.get()}, say)
   * @return the listener; add it with {@code ClientOptions.Builder.addListener}
   */
  public static OpenTelemetryListener create(OpenTelemetry openTelemetry) {
    return new OpenTelemetryListener(Objects.requireNonNull(openTelemetry, "openTelemetry"));
  }

  @Override
  public void operationStarted(OperationStarted event) {
    Context parent = Context.current();
    Span span =
        tracer.spanBuilder(event.operation().operationId())
            .setParent(parent)
            .setSpanKind(SpanKind.INTERNAL)
            .setAllAttributes(attributes.operation(event.operation()))
            .startSpan();
    operations.put(event.operation().id(), parent.with(span));
  }

  @Override
  public void attemptStarted(AttemptStarted event, OutgoingHeaders headers) {
    Context operation = operations.get(event.operation().id());
    if (operation == null) {
      return;
    }
    Span span =
        tracer.spanBuilder(event.operation().method() + " " + event.operation().urlTemplate())
            .setParent(operation)
            .setSpanKind(SpanKind.CLIENT)
            .setAllAttributes(attributes.attempt(event))
            .startSpan();
    attempts.put(event.operation().id(), span);
    propagator.inject(operation.with(span), headers, SETTER);
  }

  @Override
  public void attemptCompleted(AttemptCompleted event) {
    Span span = attempts.remove(event.operation().id());
    String errorType = event.statusCode() >= 400 ? String.valueOf(event.statusCode()) : null;
    attributes.recordDuration(event.operation(), event.duration(), event.statusCode(), errorType);
    if (span != null) {
      span.setAllAttributes(attributes.answered(event));
      if (errorType != null) {
        span.setAttribute(HttpAttributes.ERROR_TYPE, errorType);
        span.setStatus(StatusCode.ERROR);
      }
      span.end();
    }
  }

  @Override
  public void attemptFailed(AttemptFailed event) {
    Span span = attempts.remove(event.operation().id());
    attributes.recordDuration(event.operation(), event.duration(), null, event.errorType());
    if (span != null) {
      span.setAttribute(HttpAttributes.ERROR_TYPE, event.errorType());
      span.setStatus(StatusCode.ERROR, event.message());
      span.end();
    }
  }

  @Override
  public void retryScheduled(RetryScheduled event) {
    Context operation = operations.get(event.operation().id());
    if (operation != null) {
      Span.fromContext(operation).addEvent("mistral.retry", attributes.retry(event));
    }
  }

  @Override
  public void operationEnded(OperationEnded event) {
    Context operation = operations.remove(event.operation().id());
    if (operation == null) {
      return;
    }
    Span span = Span.fromContext(operation);
    span.setAllAttributes(attributes.ended(event));
    if (!event.succeeded()) {
      span.setAttribute(HttpAttributes.ERROR_TYPE, event.errorType() == null ? event.outcome().name() : event.errorType());
      span.setStatus(StatusCode.ERROR, event.outcome().name());
    }
    span.end();
  }

  @Override
  public void toolCallStarted(ToolCallStarted event) {
    Span span =
        tracer.spanBuilder("execute_tool " + event.tool())
            .setSpanKind(SpanKind.INTERNAL)
            .setAllAttributes(Attributes.of(
                HttpAttributes.GEN_AI_OPERATION, "execute_tool",
                HttpAttributes.GEN_AI_TOOL_NAME, event.tool(),
                HttpAttributes.CONNECTOR, event.connector()))
            .startSpan();
    toolCalls.put(event.id(), new ToolCall(span, span.makeCurrent(), Thread.currentThread()));
  }

  @Override
  public void toolCallCompleted(ToolCallCompleted event) {
    ToolCall call = toolCalls.remove(event.id());
    if (call == null) {
      return;
    }
    if (call.thread() == Thread.currentThread()) {
      call.scope().close();
    }
    if (event.isError()) {
      call.span().setAttribute(HttpAttributes.ERROR_TYPE, event.errorType() == null ? "error" : event.errorType());
      call.span().setStatus(StatusCode.ERROR);
    }
    call.span().end();
  }

  /** Adds a propagation header; one the request already has (set by the caller) is left as it is. */
  private static void setHeader(@Nullable OutgoingHeaders headers, String name, String value) {
    if (headers == null) {
      return;
    }
    try {
      headers.set(name, value);
    } catch (IllegalArgumentException e) {
      // already set by the caller, or reserved: the request keeps its own
    }
  }
}
