/** Runnable examples of mistral4j. */
@NullMarked
package io.github.mistral4j.examples;

import org.jspecify.annotations.NullMarked;
