/**
 * Client of Mistral's beta Agents API: {@link io.github.mistral4j.agents.AgentsClient} (with {@link
 * io.github.mistral4j.agents.AgentsClient#versions()} and {@link
 * io.github.mistral4j.agents.AgentsClient#aliases()}), its asynchronous twin {@link
 * io.github.mistral4j.agents.AgentsAsyncClient}, and the listing parameters. The models are in
 * {@link io.github.mistral4j.agents.model}.
 */
@NullMarked
package io.github.mistral4j.agents;

import org.jspecify.annotations.NullMarked;
