/** Internal wiring of the Spring Boot starter: conditions and option building. Not API. */
@NullMarked
package io.github.mistral4j.spring.boot.internal;

import org.jspecify.annotations.NullMarked;
