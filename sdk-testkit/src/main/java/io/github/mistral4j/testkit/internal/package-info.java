/** Internal wiring of the stand-in: server, dispatcher, state. Not public API. */
@NullMarked
package io.github.mistral4j.testkit.internal;

import org.jspecify.annotations.NullMarked;
