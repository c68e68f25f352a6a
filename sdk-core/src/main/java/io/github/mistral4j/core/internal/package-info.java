/**
 * Wiring shared by the mistral4j API modules: the Feign factory, retries, JSON codec, error
 * mapping, path-parameter guard and logging. Not public API: it may change in any release.
 */
@NullMarked
package io.github.mistral4j.core.internal;

import org.jspecify.annotations.NullMarked;
