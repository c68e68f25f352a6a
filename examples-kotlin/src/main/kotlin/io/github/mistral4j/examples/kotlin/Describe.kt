package io.github.mistral4j.examples.kotlin

import io.github.mistral4j.agents.model.AgentTool
import io.github.mistral4j.agents.model.CodeInterpreterTool
import io.github.mistral4j.agents.model.ConnectorTool
import io.github.mistral4j.agents.model.DocumentLibraryTool
import io.github.mistral4j.agents.model.FunctionTool
import io.github.mistral4j.agents.model.ImageGenerationTool
import io.github.mistral4j.agents.model.UnknownAgentTool
import io.github.mistral4j.agents.model.WebSearchPremiumTool
import io.github.mistral4j.agents.model.WebSearchTool
import io.github.mistral4j.connectors.mcp.AudioContent
import io.github.mistral4j.connectors.mcp.BlobResourceContents
import io.github.mistral4j.connectors.mcp.EmbeddedResource
import io.github.mistral4j.connectors.mcp.ImageContent
import io.github.mistral4j.connectors.mcp.ResourceLink
import io.github.mistral4j.connectors.mcp.TextContent
import io.github.mistral4j.connectors.mcp.TextResourceContents
import io.github.mistral4j.connectors.mcp.ToolCallContent
import io.github.mistral4j.connectors.mcp.UnknownResourceContents
import io.github.mistral4j.connectors.mcp.UnknownToolCallContent

// The SDK's unions are Java sealed interfaces, so these `when`s are exhaustive without `else`:
// a new variant in the SDK would fail this build instead of falling through.

/** One line about a block of a tool call's result. */
fun describe(content: ToolCallContent): String = when (content) {
    is TextContent -> "text: ${content.text()}"
    is ImageContent -> "image (${content.mimeType()})"
    is AudioContent -> "audio (${content.mimeType()})"
    is ResourceLink -> "link to ${content.uri()}${content.title()?.let { " ($it)" } ?: ""}"
    is EmbeddedResource -> when (val resource = content.resource()) {
        is TextResourceContents -> "resource ${resource.uri()}: ${resource.text()}"
        is BlobResourceContents -> "binary resource ${resource.uri()}"
        is UnknownResourceContents -> "resource of an unknown shape: ${resource.json()}"
    }
    is UnknownToolCallContent -> "block of unknown type ${content.type()}"
}

/** One line about a tool of an agent. */
fun describe(tool: AgentTool): String = when (tool) {
    is ConnectorTool -> "connector tool ${tool.connectorId()}"
    is FunctionTool -> "function ${tool.function().name()}"
    is WebSearchTool -> "web search"
    is WebSearchPremiumTool -> "premium web search"
    is CodeInterpreterTool -> "code interpreter"
    is ImageGenerationTool -> "image generation"
    is DocumentLibraryTool -> "document libraries ${tool.libraryIds()}"
    is UnknownAgentTool -> "tool of unknown type ${tool.type()}"
}
