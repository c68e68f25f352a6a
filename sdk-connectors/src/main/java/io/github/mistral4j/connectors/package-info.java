/**
 * Client of Mistral's beta Connectors API (remote MCP servers): {@link
 * io.github.mistral4j.connectors.ConnectorsClient} and its async twin {@link
 * io.github.mistral4j.connectors.ConnectorsAsyncClient}, the {@link
 * io.github.mistral4j.connectors.Scope} of activations and credentials, and the parameter objects
 * of the operations.
 */
@NullMarked
package io.github.mistral4j.connectors;

import org.jspecify.annotations.NullMarked;
