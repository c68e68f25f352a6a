package io.github.mistral4j.examples.kotlin

import com.fasterxml.jackson.databind.ObjectMapper
import io.github.mistral4j.agents.model.AgentTool
import io.github.mistral4j.agents.model.UnknownAgentTool
import io.github.mistral4j.connectors.mcp.TextContent
import io.github.mistral4j.connectors.mcp.UnknownToolCallContent
import io.github.mistral4j.core.ClientOptions
import io.github.mistral4j.core.Sleeper
import io.github.mistral4j.testkit.MistralStandIn
import io.github.mistral4j.testkit.MistralStandInTest
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test

@MistralStandInTest
class KotlinTourTest {

    private fun options(standIn: MistralStandIn): ClientOptions =
        ClientOptions.builder()
            .apiKey(standIn.apiKey())
            .baseUrl(standIn.baseUrl())
            .sleeper(Sleeper { })
            .build()

    @Test
    fun tour_printsWhatItDidAndLeavesNothingBehind(standIn: MistralStandIn) {
        standIn.registerTool("weather", forecastTool())
        val lines = mutableListOf<String>()

        runBlocking { kotlinTour(options(standIn)) { lines += it } }

        assertThat(lines).hasSize(8)
        assertThat(lines[0]).isEqualTo("created weather: Weather, Weather tools")
        assertThat(lines[1]).isEqualTo("title after clearTitle(): (none)")
        assertThat(lines[2]).isEqualTo("tools: forecast")
        assertThat(lines[3]).isEqualTo("text: Sunny in Paris")
        assertThat(lines[4]).isEqualTo("agent weather-desk v0: (no description)")
        assertThat(lines[5]).startsWith("connector tool ")
        assertThat(lines[6]).isEqualTo("web search")
        assertThat(lines[7]).endsWith(" deleted")
        assertThat(standIn.requests("connector_list_v1")).isEmpty()
    }

    @Test
    fun tour_awaitsTheAsyncCallsWithTheRightRequests(standIn: MistralStandIn) {
        standIn.registerTool("weather", forecastTool())

        runBlocking { kotlinTour(options(standIn)) { } }

        val call = standIn.requests("connector_call_tool_v1").single()
        assertThat(call.path()).isEqualTo("/v1/connectors/weather/tools/forecast/call")
        assertThat(call.bodyJson().path("arguments").path("city").asText()).isEqualTo("Paris")
        val update = standIn.requests("connector_update_v1").single().bodyJson()
        assertThat(update.has("title") && update.get("title").isNull).isTrue()
        val agent = standIn.requests("agents_api_v1_agents_create").single().bodyJson()
        assertThat(agent.path("tools").map { it.path("type").asText() }).containsExactly("connector", "web_search")
        assertThat(standIn.requests("agents_api_v1_agents_delete").single().status()).isEqualTo(204)
        assertThat(standIn.requests("connector_delete_v1").single().status()).isEqualTo(200)
    }

    @Test
    fun describe_namesKnownAndUnknownVariants() {
        val json = ObjectMapper()

        assertThat(describe(TextContent.builder().text("hi").build())).isEqualTo("text: hi")
        assertThat(describe(UnknownToolCallContent.of(json.readTree("""{"type": "video"}"""))))
            .isEqualTo("block of unknown type video")
        assertThat(describe(AgentTool.documentLibrary("lib-1"))).isEqualTo("document libraries [lib-1]")
        assertThat(describe(UnknownAgentTool.of(json.readTree("""{"type": "calendar"}"""))))
            .isEqualTo("tool of unknown type calendar")
    }
}
