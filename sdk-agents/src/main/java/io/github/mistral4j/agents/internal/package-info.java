/**
 * Internal wiring of the agents client: Feign interfaces, request helpers and model support. Not
 * public API: it may change in any release.
 */
@NullMarked
package io.github.mistral4j.agents.internal;

import org.jspecify.annotations.NullMarked;
