package io.github.mistral4j.codegen;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * JavaPoet pieces several emitters write alike: the source file, a nested builder's entry points and
 * steps, members only Jackson calls, and the heads of overriding methods.
 */
final class PoetParts {
  /** {@code @SuppressWarnings("unused")}, on members only Jackson calls. */
  static final AnnotationSpec UNUSED =
      AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unused").build();
  /** {@code String}. */
  static final ClassName STRING = ClassName.get(String.class);

  private PoetParts() {}

  /**
   * A generated source file.
   *
   * @param packageName the package of its type
   * @param type the type
   * @param header the one-line file comment
   * @return the file, to complete or build
   */
  static JavaFile.Builder file(String packageName, TypeSpec type, String header) {
    return JavaFile.builder(packageName, type)
        .addFileComment("$L", header)
        .indent("  ")
        .skipJavaLangImports(true);
  }

  /**
   * The head of the nested {@code Builder} of a class.
   *
   * @param self the class built
   * @return the public static final builder class, documented
   */
  static TypeSpec.Builder builderClass(ClassName self) {
    return TypeSpec.classBuilder(self.nestedClass("Builder"))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds {@link $T}.\n", self);
  }

  /**
   * The static {@code builder()} of a class.
   *
   * @param builder its nested builder
   * @return the method returning a new builder
   */
  static MethodSpec builderMethod(ClassName builder) {
    return MethodSpec.methodBuilder("builder")
        .addJavadoc("{@return a new, empty builder}\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addStatement("return new $T()", builder)
        .build();
  }

  /**
   * The head of {@code toBuilder()}: a new builder {@code b}, which the caller fills and returns.
   *
   * @param builder the nested builder
   * @param returned what the builder holds, for the Javadoc ({@code {@return ...}})
   * @return the method, to complete
   */
  static MethodSpec.Builder toBuilder(ClassName builder, String returned) {
    return MethodSpec.methodBuilder("toBuilder")
        .addJavadoc("{@return $L}\n", returned)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addStatement("$T b = new $T()", builder, builder);
  }

  /**
   * A public builder method returning the builder.
   *
   * @param name the method's name
   * @param builder the builder
   * @return the method, to complete
   */
  static MethodSpec.Builder step(String name, ClassName builder) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder);
  }

  /**
   * A private method only Jackson calls, mapped to a JSON member.
   *
   * @param name the method's name
   * @param wire the JSON member's name
   * @param returns the method's return type
   * @return the method, to complete
   */
  static MethodSpec.Builder forJackson(String name, String wire, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(ModelTypes.jsonProperty(wire))
        .addAnnotation(UNUSED)
        .addModifiers(Modifier.PRIVATE)
        .returns(returns);
  }

  /**
   * A public method marked {@code @Override}.
   *
   * @param name the method's name
   * @param returns its return type
   * @return the method, to complete
   */
  static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
  }

  /** {@return the head of {@code equals(@Nullable Object o)}} */
  static MethodSpec.Builder equalsMethod() {
    return override("equals", TypeName.BOOLEAN).addParameter(ModelTypes.nullable(ClassName.get(Object.class)), "o");
  }
}
