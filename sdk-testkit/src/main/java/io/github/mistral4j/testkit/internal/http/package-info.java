/** Request parsing, routing and response writing on the JDK HTTP server. Not public API. */
@NullMarked
package io.github.mistral4j.testkit.internal.http;

import org.jspecify.annotations.NullMarked;
