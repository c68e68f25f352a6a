package io.github.mistral4j.langchain4j.internal;

import org.jspecify.annotations.Nullable;

/**
 * A JSON pointer to a sub-schema being converted, such as {@code /properties/tags/items}. Written
 * out only when a fallback names it: most sub-schemas convert without one, and joining the text
 * for each of them cost more than converting many of them.
 */
final class SchemaPointer {
  /** The root schema (the empty pointer). */
  static final SchemaPointer ROOT = new SchemaPointer(null, "", "");

  private final @Nullable SchemaPointer parent;
  private final String separator;
  private final String name;

  private SchemaPointer(@Nullable SchemaPointer parent, String separator, String name) {
    this.parent = parent;
    this.separator = separator;
    this.name = name;
  }

  /**
   * A pointer below this one.
   *
   * @param segments what follows, starting with {@code /}, such as {@code /items}
   * @return the pointer
   */
  SchemaPointer then(String segments) {
    return new SchemaPointer(this, segments, "");
  }

  /**
   * A pointer below this one, in two parts.
   *
   * @param segments what follows, starting with {@code /}, such as {@code /properties/}
   * @param name the last part, such as a property name (not escaped, as the fallbacks show it)
   * @return the pointer
   */
  SchemaPointer then(String segments, Object name) {
    return new SchemaPointer(this, segments, String.valueOf(name));
  }

  /** {@return the pointer as text, empty for the root} */
  @Override
  public String toString() {
    return parent == null ? "" : parent + separator + name;
  }
}
