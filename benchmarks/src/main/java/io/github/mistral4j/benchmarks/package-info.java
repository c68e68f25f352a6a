/** JMH benchmarks of mistral4j against a raw JDK HttpClient + Jackson client. Not published. */
@NullMarked
package io.github.mistral4j.benchmarks;

import org.jspecify.annotations.NullMarked;
