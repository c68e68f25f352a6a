/**
 * Shared foundation of the mistral4j API modules: client configuration ({@link
 * io.github.mistral4j.core.ClientOptions}), per-call options ({@link
 * io.github.mistral4j.core.RequestOptions}), the HTTP resources clients can share ({@link
 * io.github.mistral4j.core.MistralHttp}), the retry policy and the unchecked exception
 * hierarchy rooted at {@link io.github.mistral4j.core.MistralException}.
 */
@NullMarked
package io.github.mistral4j.core;

import org.jspecify.annotations.NullMarked;
