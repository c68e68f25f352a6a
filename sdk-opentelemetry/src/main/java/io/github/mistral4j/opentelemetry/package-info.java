/**
 * OpenTelemetry for mistral4j: add {@link io.github.mistral4j.opentelemetry.OpenTelemetryListener}
 * to the client options for one span per operation, one CLIENT span per HTTP attempt following
 * the HTTP client semantic conventions, the {@code http.client.request.duration} histogram, and
 * the trace context ({@code traceparent}) on every outgoing attempt.
 */
@NullMarked
package io.github.mistral4j.opentelemetry;

import org.jspecify.annotations.NullMarked;
