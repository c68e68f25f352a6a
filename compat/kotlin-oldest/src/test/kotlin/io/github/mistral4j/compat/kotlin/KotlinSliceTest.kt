package io.github.mistral4j.compat.kotlin

import com.sun.net.httpserver.HttpServer
import io.github.mistral4j.connectors.ConnectorsClient
import io.github.mistral4j.connectors.mcp.AudioContent
import io.github.mistral4j.connectors.mcp.EmbeddedResource
import io.github.mistral4j.connectors.mcp.ImageContent
import io.github.mistral4j.connectors.mcp.ResourceLink
import io.github.mistral4j.connectors.mcp.TextContent
import io.github.mistral4j.connectors.mcp.ToolCallContent
import io.github.mistral4j.connectors.mcp.UnknownToolCallContent
import io.github.mistral4j.core.ClientOptions
import io.github.mistral4j.core.NotFoundException
import java.net.InetAddress
import java.net.InetSocketAddress
import kotlinx.coroutines.future.await
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test

// Which of these two an expression picks is decided by the type Kotlin sees: a `String?` picks the first,
// a `String` the second. A platform type (`String!`, what Kotlin sees without the SDK's JSpecify
// annotations) would pick the second for both, so the assertions below check at run time what the
// compiler saw.
@JvmName("kindOfNullable")
fun String?.kind(): String = "String?"

fun String.kind(): String = "String"

/** The SDK from Kotlin, compiled by the oldest Kotlin the README documents, making real calls. */
class KotlinSliceTest {
    private lateinit var server: HttpServer
    private lateinit var client: ConnectorsClient

    @BeforeEach
    fun start() {
        server = HttpServer.create(InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
        server.createContext("/") { exchange ->
            exchange.requestBody.readAllBytes()
            val (status, body) = when (exchange.requestURI.path) {
                "/v1/connectors/weather" -> 200 to resource("/fixtures/connector.json")
                "/v1/connectors/weather/tools/forecast/call" -> 200 to resource("/fixtures/tool-call-response.json")
                else -> 404 to """{"detail":"Connector not found"}"""
            }
            val bytes = body.toByteArray()
            exchange.responseHeaders.set("Content-Type", "application/json")
            exchange.sendResponseHeaders(status, bytes.size.toLong())
            exchange.responseBody.use { it.write(bytes) }
        }
        server.start()
        client = ConnectorsClient.create(
            ClientOptions.builder().apiKey("sk-test").baseUrl("http://127.0.0.1:${server.address.port}").sleeper { }.build())
    }

    @AfterEach
    fun stop() {
        client.close()
        server.stop(0)
    }

    private fun resource(name: String): String =
        KotlinSliceTest::class.java.getResourceAsStream(name)!!.use { String(it.readAllBytes()) }

    @Test
    fun nullabilityIsWhatTheSdkDeclares() {
        val connector = client.get("weather")

        val title: String? = connector.title()
        val name: String = connector.name()
        assertThat(title).isEqualTo("Weather")
        assertThat(name).isEqualTo("weather")
        assertThat(connector.title().kind()).isEqualTo("String?")
        assertThat(connector.name().kind()).isEqualTo("String")
        assertThat(connector.tools()[0].name().kind()).isEqualTo("String")
    }

    @Test
    fun sealedUnionsAreExhaustiveAndFuturesAreAwaited() = runBlocking<Unit> {
        val result = client.async().tools().call("weather", "forecast", mapOf("city" to "Paris")).await()

        val kinds = result.content().map { block: ToolCallContent ->
            when (block) { // no else: the SDK's sealed interface is exhaustive for this compiler
                is TextContent -> "text"
                is ImageContent -> "image"
                is AudioContent -> "audio"
                is ResourceLink -> "link"
                is EmbeddedResource -> "resource"
                is UnknownToolCallContent -> "unknown"
            }
        }
        assertThat(kinds).containsExactly("text", "image", "audio", "link", "resource", "resource", "unknown", "text")
    }

    @Test
    fun errorsAreTyped() {
        assertThatThrownBy { client.get("missing") }
            .isInstanceOf(NotFoundException::class.java)
            .hasMessageContaining("Connector not found")
    }
}
