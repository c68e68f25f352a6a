/** Internal wiring of the LangChain4j bridge: schema conversion, naming, execution. Not API. */
@NullMarked
package io.github.mistral4j.langchain4j.internal;

import org.jspecify.annotations.NullMarked;
