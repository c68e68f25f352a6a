/** Client of Mistral's beta Connectors API. */
@NullMarked
package io.github.mistral4j.connectors;

import org.jspecify.annotations.NullMarked;
