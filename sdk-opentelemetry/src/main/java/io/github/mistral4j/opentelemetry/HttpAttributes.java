package io.github.mistral4j.opentelemetry;

import io.github.mistral4j.core.observability.AttemptCompleted;
import io.github.mistral4j.core.observability.AttemptStarted;
import io.github.mistral4j.core.observability.OperationEnded;
import io.github.mistral4j.core.observability.OperationInfo;
import io.github.mistral4j.core.observability.RetryScheduled;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.Meter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The attributes of the spans and the duration histogram, after the OpenTelemetry HTTP client
 * semantic conventions (plus a few {@code mistral.*} ones). The histogram gets low-cardinality
 * attributes only: method, server, status, error type, URL template, operation id.
 */
final class HttpAttributes {
  static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
  static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<Long> REQUEST_BODY_SIZE = AttributeKey.longKey("http.request.body.size");
  static final AttributeKey<Long> RESPONSE_BODY_SIZE = AttributeKey.longKey("http.response.body.size");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("mistral.operation.id");
  static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("mistral.request_id");
  static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("mistral.attempts");
  static final AttributeKey<String> RETRY_REASON = AttributeKey.stringKey("mistral.retry.reason");
  static final AttributeKey<Long> RETRY_DELAY_MS = AttributeKey.longKey("mistral.retry.delay_ms");
  static final AttributeKey<String> GEN_AI_OPERATION = AttributeKey.stringKey("gen_ai.operation.name");
  static final AttributeKey<String> GEN_AI_TOOL_NAME = AttributeKey.stringKey("gen_ai.tool.name");
  static final AttributeKey<String> CONNECTOR = AttributeKey.stringKey("mistral.connector");

  /** The semantic conventions' advised buckets for {@code http.client.request.duration}, in seconds. */
  private static final List<Double> BUCKETS =
      List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

  private final DoubleHistogram duration;

  HttpAttributes(Meter meter) {
    this.duration =
        meter.histogramBuilder("http.client.request.duration")
            .setUnit("s")
            .setDescription("Duration of HTTP client requests.")
            .setExplicitBucketBoundariesAdvice(BUCKETS)
            .build();
  }

  Attributes operation(OperationInfo operation) {
    return server(Attributes.builder(), operation)
        .put(OPERATION, operation.operationId())
        .put(METHOD, operation.method())
        .put(URL_TEMPLATE, operation.urlTemplate())
        .build();
  }

  Attributes attempt(AttemptStarted event) {
    AttributesBuilder b =
        server(Attributes.builder(), event.operation())
            .put(METHOD, event.operation().method())
            .put(URL_FULL, event.operation().url())
            .put(URL_TEMPLATE, event.operation().urlTemplate())
            .put(OPERATION, event.operation().operationId());
    if (event.attempt() > 1) {
      b.put(RESEND_COUNT, event.attempt() - 1L);
    }
    if (event.requestBytes() > 0) {
      b.put(REQUEST_BODY_SIZE, event.requestBytes());
    }
    return b.build();
  }

  Attributes answered(AttemptCompleted event) {
    AttributesBuilder b = Attributes.builder().put(STATUS, (long) event.statusCode()).put(RESPONSE_BODY_SIZE, event.responseBytes());
    if (event.requestId() != null) {
      b.put(REQUEST_ID, event.requestId());
    }
    return b.build();
  }

  Attributes retry(RetryScheduled event) {
    return Attributes.of(RETRY_REASON, event.reason(), RETRY_DELAY_MS, event.delay().toMillis());
  }

  Attributes ended(OperationEnded event) {
    AttributesBuilder b = Attributes.builder().put(ATTEMPTS, (long) event.attempts());
    if (event.statusCode() != null) {
      b.put(STATUS, (long) event.statusCode());
    }
    if (event.requestId() != null) {
      b.put(REQUEST_ID, event.requestId());
    }
    return b.build();
  }

  void recordDuration(OperationInfo operation, Duration elapsed, @Nullable Integer status, @Nullable String errorType) {
    AttributesBuilder b =
        server(Attributes.builder(), operation)
            .put(METHOD, operation.method())
            .put(URL_TEMPLATE, operation.urlTemplate())
            .put(OPERATION, operation.operationId());
    if (status != null) {
      b.put(STATUS, (long) status);
    }
    if (errorType != null) {
      b.put(ERROR_TYPE, errorType);
    }
    duration.record(elapsed.toNanos() / 1e9, b.build());
  }

  private static AttributesBuilder server(AttributesBuilder b, OperationInfo operation) {
    try {
      URI uri = URI.create(operation.url());
      if (uri.getHost() != null) {
        b.put(SERVER_ADDRESS, uri.getHost());
        int port = uri.getPort() >= 0 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
        b.put(SERVER_PORT, (long) port);
      }
    } catch (IllegalArgumentException e) {
      // a URL the SDK sent always parses; leave the server out otherwise
    }
    return b;
  }
}
