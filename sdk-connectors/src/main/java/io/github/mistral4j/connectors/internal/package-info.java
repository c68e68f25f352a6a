/**
 * Wiring of the connectors client: Feign interfaces (one per resource group), JSON helpers of
 * the models and argument checks. Not public API: it may change in any release.
 */
@NullMarked
package io.github.mistral4j.connectors.internal;

import org.jspecify.annotations.NullMarked;
