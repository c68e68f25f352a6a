/** The in-memory beta Agents resources. Not public API. */
@NullMarked
package io.github.mistral4j.testkit.internal.agents;

import org.jspecify.annotations.NullMarked;
