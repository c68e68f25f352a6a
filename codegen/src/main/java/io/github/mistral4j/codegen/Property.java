package io.github.mistral4j.codegen;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One property of an object model.
 *
 * @param wire the JSON name
 * @param name the Java name of its accessor and builder setter
 * @param type the Java type
 * @param required whether the contract requires it (and does not allow null)
 * @param nullable whether the contract allows null for it
 * @param tristate whether it is an absent/null/value field of a PATCH request
 * @param secret whether its value is masked in {@code toString()}
 * @param constant the fixed value of a discriminator, or {@code null}
 * @param doc what it is: a lower-case phrase without a final period
 * @param checks Java statements validating the value, with {@code $V} for the value expression
 * @param singular the singular name for {@code addX}/{@code putX}, or {@code null} for none
 * @param defaultValue the Java expression of the contract's default, applied when the field is
 *     not set (the field is then never null), or {@code null}
 * @param plain whether a tri-state field is read through a plain accessor (absent and cleared
 *     read as {@code null} or empty): a model whose nullable fields may be sent as explicit nulls
 *     without being a PATCH request
 * @param boxedSetter whether a tri-state number or boolean keeps a boxed setter parameter
 * @param alwaysSent whether the contract requires the member but allows null: it is written even
 *     when null
 */
public record Property(
    String wire,
    String name,
    JavaType type,
    boolean required,
    boolean nullable,
    boolean tristate,
    boolean secret,
    @Nullable String constant,
    String doc,
    List<String> checks,
    @Nullable String singular,
    @Nullable String defaultValue,
    boolean plain,
    boolean boxedSetter,
    boolean alwaysSent) {

  /** {@return whether the accessor returns a primitive} */
  public boolean primitive() {
    return (required || defaultValue != null) && !tristate && type.isBoxedPrimitive();
  }

  /** {@return whether the built object always holds a value} */
  public boolean nonNull() {
    return required || defaultValue != null;
  }

  /** {@return whether a tri-state number or boolean is set through a primitive parameter} */
  public boolean primitiveSetter() {
    return tristate && type.isBoxedPrimitive() && !boxedSetter;
  }

  /** {@return whether it is a list or map that may be unset (null), set empty or set} */
  public boolean optionalCollection() {
    return !required && !tristate && (type.kind() == JavaType.Kind.LIST || type.kind() == JavaType.Kind.MAP);
  }

  /** {@return the name with its first letter in upper case} */
  public String capitalized() {
    return JavaNames.capitalize(name);
  }
}
