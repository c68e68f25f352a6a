package io.github.mistral4j.codegen.processor;

import com.squareup.javapoet.CodeBlock;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
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
    List<DocText> failures) {

  /**
   * The {@code @param} tag of each of a method's parameters, its description copied.
   *
   * @param source the method this comment documents
   * @param product what the tags are copied into, for messages (for example "raw view")
   * @return the tags, one a line
   * @throws ViewException when a parameter has no description
   */
  CodeBlock paramTags(ExecutableElement source, String product) {
    CodeBlock.Builder tags = CodeBlock.builder();
    for (VariableElement parameter : source.getParameters()) {
      String name = parameter.getSimpleName().toString();
      DocText description = params.get(name);
      if (description == null || description.isBlank()) {
        throw new ViewException("The doc comment has no @param " + name + " to copy into the " + product, source);
      }
      tags.add("@param $L ", name).add(description.toCodeBlock()).add("\n");
    }
    return tags.build();
  }

  /** {@return the {@code @throws} tags, one a line} */
  CodeBlock throwsTagLines() {
    CodeBlock.Builder tags = CodeBlock.builder();
    for (DocText thrown : throwsTags) {
      tags.add("@throws ").add(thrown.toCodeBlock()).add("\n");
    }
    return tags.build();
  }
}
