/**
 * Spring Boot auto-configuration for mistral4j: {@link
 * io.github.mistral4j.core.ClientOptions} from {@code mistral.*} properties, the clients of the
 * modules on the classpath sharing one transport, Micrometer observations, and the Spring AI tool
 * provider of {@code mistral.tools.connectors}.
 */
@NullMarked
package io.github.mistral4j.spring.boot;

import org.jspecify.annotations.NullMarked;
