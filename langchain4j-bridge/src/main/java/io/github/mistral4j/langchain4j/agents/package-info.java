/**
 * LangChain4j tool definitions as Agents API tools ({@link
 * io.github.mistral4j.langchain4j.agents.AgentTools}). Optional: this package needs {@code
 * io.github.mistral4j:mistral4j-agents}, which the bridge does not bring along. The rest of the
 * bridge never loads a class of it.
 */
@NullMarked
package io.github.mistral4j.langchain4j.agents;

import org.jspecify.annotations.NullMarked;
