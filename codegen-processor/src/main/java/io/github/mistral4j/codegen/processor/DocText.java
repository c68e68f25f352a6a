package io.github.mistral4j.codegen.processor;

import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Javadoc text being copied: plain text, and references whose types JavaPoet imports ({@code $T}).
 * Whitespace runs (line breaks of the source comment included) become one space.
 */
final class DocText {
  private final StringBuilder format = new StringBuilder();
  private final List<Object> arguments = new ArrayList<>();

  /**
   * Appends plain text.
   *
   * @param text the text, as in the source comment
   * @return this
   */
  DocText text(CharSequence text) {
    format.append(text.toString().replace("$", "$$"));
    return this;
  }

  /**
   * Appends a JavaPoet format with its arguments.
   *
   * @param piece the format ({@code $T}, {@code $L})
   * @param args its arguments
   * @return this
   */
  DocText code(String piece, Object... args) {
    format.append(piece);
    arguments.addAll(List.of(args));
    return this;
  }

  /**
   * Appends another text.
   *
   * @param other the text
   * @return this
   */
  DocText append(DocText other) {
    format.append(other.format);
    arguments.addAll(other.arguments);
    return this;
  }

  /**
   * A copy of this text whose references to one type point at another (a {@code Page} at an
   * {@code AsyncPage}, in a twin's Javadoc).
   *
   * @param from the type referred to
   * @param to the type to refer to instead
   * @return the copy
   */
  DocText retarget(Object from, Object to) {
    DocText copy = new DocText();
    copy.format.append(format);
    arguments.forEach(argument -> copy.arguments.add(argument.equals(from) ? to : argument));
    return copy;
  }

  /** {@return this text without its trailing whitespace and full stop} */
  DocText withoutFullStop() {
    DocText copy = new DocText();
    copy.format.append(format.toString().stripTrailing());
    copy.arguments.addAll(arguments);
    int last = copy.format.length() - 1;
    if (last >= 0 && copy.format.charAt(last) == '.') {
      copy.format.setLength(last);
    }
    return copy;
  }

  /** {@return true when nothing but whitespace was appended} */
  boolean isBlank() {
    return format.toString().isBlank();
  }

  /** {@return the text on one line, whitespace runs collapsed and ends trimmed} */
  CodeBlock toCodeBlock() {
    String oneLine = format.toString().replaceAll("\\s+", " ").strip();
    return CodeBlock.of(oneLine, arguments.toArray());
  }
}
