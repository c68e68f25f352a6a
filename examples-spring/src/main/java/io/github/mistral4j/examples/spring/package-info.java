/** A Spring Boot application whose Spring AI ChatClient uses the tools of two Mistral connectors. */
@NullMarked
package io.github.mistral4j.examples.spring;

import org.jspecify.annotations.NullMarked;
