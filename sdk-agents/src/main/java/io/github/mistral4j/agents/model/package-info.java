/**
 * The models of the beta Agents API: {@link io.github.mistral4j.agents.model.Agent}, its create and
 * update requests, completion arguments, guardrails, and the {@link
 * io.github.mistral4j.agents.model.AgentTool} union. Every model is immutable, built with a
 * builder, and keeps response fields this SDK version does not know.
 */
@NullMarked
package io.github.mistral4j.agents.model;

import org.jspecify.annotations.NullMarked;
