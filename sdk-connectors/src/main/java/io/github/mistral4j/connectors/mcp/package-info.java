/**
 * Model Context Protocol shapes as the Connectors API returns them: tools ({@link
 * io.github.mistral4j.connectors.mcp.McpTool}), tool call results with their content union
 * ({@link io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse}), and server cards.
 */
@NullMarked
package io.github.mistral4j.connectors.mcp;

import org.jspecify.annotations.NullMarked;
