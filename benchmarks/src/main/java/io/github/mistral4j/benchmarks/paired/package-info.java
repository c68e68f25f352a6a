/**
 * The paired benchmark: the SDK and the raw baseline measured in alternating small batches inside
 * one JVM, so that both sides of every pair see the same load on a shared machine. Not published.
 */
@NullMarked
package io.github.mistral4j.benchmarks.paired;

import org.jspecify.annotations.NullMarked;
