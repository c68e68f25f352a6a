package io.github.mistral4j.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Feign method whose request must not be replayed once the server may have seen it
 * (creates, agent updates, tool calls). {@link RetryingClient} then retries it only on connect
 * failures and 429, unless the call opts in.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NonIdempotent {}
