/** Internal wiring of the Spring AI bridge: tool definitions and input schemas. Not API. */
@NullMarked
package io.github.mistral4j.springai.internal;

import org.jspecify.annotations.NullMarked;
