/** An in-process stand-in of Mistral's beta Connectors and Agents HTTP APIs. */
@NullMarked
package io.github.mistral4j.testkit;

import org.jspecify.annotations.NullMarked;
