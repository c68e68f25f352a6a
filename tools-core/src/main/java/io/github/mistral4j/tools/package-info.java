/**
 * Framework-neutral connector tools: {@link io.github.mistral4j.tools.ConnectorTools} lists the
 * tools of Mistral connectors (cached), names them for a model and calls them, turning results and
 * failures into text a model can act on. The LangChain4j and Spring AI bridges are thin adapters
 * over it.
 */
@NullMarked
package io.github.mistral4j.tools;

import org.jspecify.annotations.NullMarked;
