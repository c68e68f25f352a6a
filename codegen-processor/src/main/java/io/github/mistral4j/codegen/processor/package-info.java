/**
 * Build-only annotation processor generating the {@code withRawResponse()} view interfaces of the
 * API modules' clients and services (classes marked {@code io.github.mistral4j.core.internal.RawView}).
 */
@NullMarked
package io.github.mistral4j.codegen.processor;

import org.jspecify.annotations.NullMarked;
