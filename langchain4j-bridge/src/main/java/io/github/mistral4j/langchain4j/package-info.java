/** Mistral connector tools as LangChain4j tools. */
@NullMarked
package io.github.mistral4j.langchain4j;

import org.jspecify.annotations.NullMarked;
