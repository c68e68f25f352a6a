/** The in-memory beta Connectors resources. Not public API. */
@NullMarked
package io.github.mistral4j.testkit.internal.connectors;

import org.jspecify.annotations.NullMarked;
