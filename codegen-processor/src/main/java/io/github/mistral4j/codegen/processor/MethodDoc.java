package io.github.mistral4j.codegen.processor;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a service method's doc comment that its raw twin repeats, references resolved.
 *
 * @param params the {@code @param} descriptions by parameter name
 * @param returns the {@code @return} description (or the inline {@code {@return}}'s), or null
 * @param throwsTags each {@code @throws} tag: the exception and its description
 * @param deprecated the {@code @deprecated} text, or null
 * @param failures each {@code @throws} tag as text: the exception linked, then its description
 */
record MethodDoc(
    Map<String, DocText> params,
    @Nullable DocText returns,
    List<DocText> throwsTags,
    @Nullable DocText deprecated,
    List<DocText> failures) {}
