/**
 * Mistral connector tools as Spring AI tools: {@link
 * io.github.mistral4j.springai.ConnectorToolCallbackProvider} offers the tools of one or more
 * connectors as {@link org.springframework.ai.tool.ToolCallback}s.
 */
@NullMarked
package io.github.mistral4j.springai;

import org.jspecify.annotations.NullMarked;
