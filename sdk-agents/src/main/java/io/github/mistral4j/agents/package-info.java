/** Client of Mistral's beta Agents API. */
@NullMarked
package io.github.mistral4j.agents;

import org.jspecify.annotations.NullMarked;
