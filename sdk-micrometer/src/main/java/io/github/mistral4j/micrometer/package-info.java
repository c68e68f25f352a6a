/**
 * Micrometer Observations for mistral4j: add {@link
 * io.github.mistral4j.micrometer.MicrometerObservationListener} to the client options and every
 * operation becomes an observation {@code mistral.client.requests} (a timer with a
 * {@code DefaultMeterObservationHandler}, a span with Micrometer Tracing), and every tool call of
 * the LangChain4j bridge an observation {@code mistral.tool.calls}. Tags are low cardinality
 * only; ids and URLs go to high-cardinality key values (spans, never metrics).
 */
@NullMarked
package io.github.mistral4j.micrometer;

import org.jspecify.annotations.NullMarked;
