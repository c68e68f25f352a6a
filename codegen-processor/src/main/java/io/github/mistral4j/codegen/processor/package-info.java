/**
 * Build-only annotation processors of the API modules: {@link
 * io.github.mistral4j.codegen.processor.AsyncTwinProcessor} generates the asynchronous twin of each
 * client and service marked {@code io.github.mistral4j.core.internal.AsyncTwin}, and {@link
 * io.github.mistral4j.codegen.processor.RawViewProcessor} the {@code withRawResponse()} view of each
 * one marked {@code io.github.mistral4j.core.internal.RawView}.
 */
@NullMarked
package io.github.mistral4j.codegen.processor;

import org.jspecify.annotations.NullMarked;
