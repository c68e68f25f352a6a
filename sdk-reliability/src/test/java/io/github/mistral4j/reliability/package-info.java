/** Reliability and security tests of the SDK: faults, concurrency, fuzzing, secret hygiene. */
@NullMarked
package io.github.mistral4j.reliability;

import org.jspecify.annotations.NullMarked;
