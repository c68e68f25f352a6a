/** Internal wiring of the connector tools: naming, caching, argument parsing, errors, results. Not API. */
@NullMarked
package io.github.mistral4j.tools.internal;

import org.jspecify.annotations.NullMarked;
