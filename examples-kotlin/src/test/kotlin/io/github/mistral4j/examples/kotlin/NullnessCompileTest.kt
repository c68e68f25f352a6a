package io.github.mistral4j.examples.kotlin

import com.fasterxml.jackson.annotation.JsonProperty
import com.fasterxml.jackson.databind.JsonNode
import io.github.mistral4j.connectors.model.Connector
import io.github.mistral4j.core.ClientOptions
import org.assertj.core.api.Assertions.assertThat
import org.jetbrains.kotlin.cli.common.ExitCode
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler
import org.jspecify.annotations.NullMarked
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

/**
 * Compiles small Kotlin snippets against the SDK with the Kotlin compiler (the version the build
 * uses, with `-Xjspecify-annotations=strict`), so that the SDK's nullness annotations cannot
 * silently regress: a `@Nullable` accessor must be `String?` in Kotlin, and a required one `String`.
 */
class NullnessCompileTest {

    @TempDir
    lateinit var dir: Path

    private class Compilation(val exitCode: ExitCode, val messages: String)

    private fun compile(body: String): Compilation {
        val source = dir.resolve("Snippet.kt")
        Files.writeString(
            source,
            """
            import io.github.mistral4j.connectors.model.Connector

            fun snippet(connector: Connector) {
                $body
            }
            """.trimIndent(),
        )
        val messages = ByteArrayOutputStream()
        val exitCode = K2JVMCompiler().exec(
            PrintStream(messages, true, Charsets.UTF_8),
            "-d", dir.resolve("classes").toString(),
            "-classpath", sdkClasspath(),
            "-no-stdlib", "-no-reflect", // the standard library is on the classpath above
            "-jvm-target", "17",
            "-Xjspecify-annotations=strict",
            source.toString(),
        )
        return Compilation(exitCode, messages.toString(Charsets.UTF_8))
    }

    /** The SDK's classes and what their signatures need: connectors, core, JSpecify, Jackson, Kotlin. */
    private fun sdkClasspath(): String =
        listOf(Connector::class, ClientOptions::class, NullMarked::class, JsonNode::class, JsonProperty::class, Unit::class)
            .map { Paths.get(it.java.protectionDomain.codeSource.location.toURI()).toString() }
            .distinct()
            .joinToString(File.pathSeparator)

    @Test
    fun nullableAccessor_assignedToANonNullVal_doesNotCompile() {
        val result = compile("val x: String = connector.title()")

        assertThat(result.exitCode).isEqualTo(ExitCode.COMPILATION_ERROR)
        assertThat(result.messages).contains("error:").contains("mismatch").contains("String?")
    }

    @Test
    fun nullableAccessor_assignedToANullableVal_compiles() {
        val result = compile("val x: String? = connector.title()")

        assertThat(result.exitCode).withFailMessage(result.messages).isEqualTo(ExitCode.OK)
    }

    @Test
    fun requiredAccessor_isNotNullable_soAnElvisOnItIsFlaggedAsUseless() {
        val result = compile("val x: String = connector.description() ?: \"\"")

        assertThat(result.exitCode).withFailMessage(result.messages).isEqualTo(ExitCode.OK)
        assertThat(result.messages).contains("warning:").containsIgnoringCase("elvis")
    }

    @Test
    fun nullableCollectionElementsAreNotInvented_listsAreNonNull() {
        val result = compile("val names: List<String> = connector.tools().map { it.name() }")

        assertThat(result.exitCode).withFailMessage(result.messages).isEqualTo(ExitCode.OK)
    }
}
