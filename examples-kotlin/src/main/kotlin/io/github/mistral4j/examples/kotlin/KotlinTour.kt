package io.github.mistral4j.examples.kotlin

import io.github.mistral4j.agents.AgentsClient
import io.github.mistral4j.agents.model.AgentTool
import io.github.mistral4j.agents.model.CreateAgentRequest
import io.github.mistral4j.connectors.ConnectorsClient
import io.github.mistral4j.connectors.model.CreateConnectorRequest
import io.github.mistral4j.connectors.model.UpdateConnectorRequest
import io.github.mistral4j.core.ClientOptions
import io.github.mistral4j.testkit.MistralStandIn
import io.github.mistral4j.testkit.ToolHandler
import io.github.mistral4j.testkit.ToolResult
import kotlinx.coroutines.future.await
import kotlinx.coroutines.runBlocking

/** Runs [kotlinTour] against a local stand-in of the API that serves [forecastTool]. */
fun main() {
    MistralStandIn.builder().registerTool("weather", forecastTool()).start().use { standIn ->
        val options = ClientOptions.builder().apiKey(standIn.apiKey()).baseUrl(standIn.baseUrl()).build()
        println("(running against the local stand-in at ${standIn.baseUrl()})")
        runBlocking { kotlinTour(options, ::println) }
    }
}

/** A `forecast` tool, answered by a Kotlin lambda, for the stand-in's `weather` connector. */
fun forecastTool(): ToolHandler =
    ToolHandler.builder()
        .name("forecast")
        .description("Weather forecast for a city")
        .inputSchema("""{"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}""")
        .handler { arguments -> ToolResult.text("Sunny in ${arguments.path("city").asText()}") }
        .build()

/**
 * The SDK from Kotlin: builders, nullable fields as `T?`, sealed unions in `when`, and the async
 * clients' `CompletableFuture`s awaited in a coroutine.
 *
 * @param say where to print each line
 */
suspend fun kotlinTour(options: ClientOptions, say: (String) -> Unit) {
    ConnectorsClient.create(options).use { connectors ->
        val weather = connectors.create(
            CreateConnectorRequest.builder()
                .name("weather")
                .title("Weather")
                .description("Weather tools")
                .server("https://mcp.example.com/mcp")
                .build(),
        )
        // title() is @Nullable in Java, so String? here; description() is required, so String.
        val title: String? = weather.title()
        val description: String = weather.description()
        say("created ${weather.name()}: ${title ?: "(no title)"}, $description")

        val untitled = connectors.update(weather.id(), UpdateConnectorRequest.builder().clearTitle().build())
        say("title after clearTitle(): ${untitled.title()?.uppercase() ?: "(none)"}")

        // The async twin shares the client's connections; await() suspends instead of blocking.
        val async = connectors.async()
        // listAll: every page (list() is the first page only), each fetched when the one before is consumed
        val tools = async.tools().listAll(weather.name()).toList().await()
        say("tools: ${tools.joinToString { it.name() }}")
        val result = async.tools().call(weather.name(), "forecast", mapOf("city" to "Paris")).await()
        result.content().forEach { say(describe(it)) }

        AgentsClient.create(options).use { agents ->
            val agent = agents.async().create(
                CreateAgentRequest.builder()
                    .model("mistral-small-latest")
                    .name("weather-desk")
                    .addTool(AgentTool.connector(weather.id()))
                    .addTool(AgentTool.webSearch())
                    .build(),
            ).await()
            say("agent ${agent.name()} v${agent.version()}: ${agent.description() ?: "(no description)"}")
            agent.tools().forEach { say(describe(it)) }
            agents.async().delete(agent.id()).await()
        }
        say(connectors.delete(weather.id()).message())
    }
}
