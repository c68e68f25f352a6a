package io.github.mistral4j.connectors.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The body of {@code call_tool} (the contract's {@code ConnectorCallToolRequest}).
 *
 * @param arguments the tool's arguments as a JSON object
 */
public record CallToolBody(@JsonProperty("arguments") ObjectNode arguments) {}
