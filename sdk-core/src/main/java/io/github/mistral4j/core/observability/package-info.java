/**
 * The SDK's event stream, for metrics, traces and audits: register a {@link
 * io.github.mistral4j.core.observability.MistralListener} with {@code
 * ClientOptions.Builder.addListener(...)} and it hears every operation start and end, every HTTP
 * attempt and every retry, sync and async, and the tool calls of the LangChain4j bridge.
 *
 * <p>Events are immutable and carry no secret and no body: the operation id of the contract, the
 * HTTP method, the URL template and the URL as sent (secrets masked), statuses, byte counts,
 * durations and the request id the server sent. A listener that throws never breaks a call.
 * The {@code mistral4j-micrometer} and {@code mistral4j-opentelemetry} modules map these events to
 * those libraries; this package needs neither.
 */
@NullMarked
package io.github.mistral4j.core.observability;

import org.jspecify.annotations.NullMarked;
