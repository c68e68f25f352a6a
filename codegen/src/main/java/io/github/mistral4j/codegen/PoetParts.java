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
 * steps, members only Jackson calls, and the heads of overriding methods. Methods returning a
 * builder leave it to the caller to complete.
 */
final class PoetParts {
  /** {@code @SuppressWarnings("unused")}, on members only Jackson calls. */
  static final AnnotationSpec UNUSED =
      AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unused").build();
  static final ClassName STRING = ClassName.get(String.class);

  private PoetParts() {}

  /** {@return a generated source file of a type, under the one-line comment {@code header}} */
  static JavaFile.Builder file(String packageName, TypeSpec type, String header) {
    return JavaFile.builder(packageName, type)
        .addFileComment("$L", header)
        .indent("  ")
        .skipJavaLangImports(true);
  }

  /** {@return the head of the public static nested {@code Builder} of {@code self}} */
  static TypeSpec.Builder builderClass(ClassName self) {
    return TypeSpec.classBuilder(self.nestedClass("Builder"))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds {@link $T}.\n", self);
  }

  /** {@return the static {@code builder()} returning a new {@code builder}} */
  static MethodSpec builderMethod(ClassName builder) {
    return MethodSpec.methodBuilder("builder")
        .addJavadoc("{@return a new, empty builder}\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addStatement("return new $T()", builder)
        .build();
  }

  /** {@return the head of {@code toBuilder()}, {@code returned} its Javadoc: a new builder {@code b}} */
  static MethodSpec.Builder toBuilder(ClassName builder, String returned) {
    return MethodSpec.methodBuilder("toBuilder")
        .addJavadoc("{@return $L}\n", returned)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addStatement("$T b = new $T()", builder, builder);
  }

  /** {@return a public method of a builder returning the builder} */
  static MethodSpec.Builder step(String name, ClassName builder) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder);
  }

  /** {@return a private method only Jackson calls, mapped to the JSON member {@code wire}} */
  static MethodSpec.Builder forJackson(String name, String wire, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(ModelTypes.jsonProperty(wire))
        .addAnnotation(UNUSED)
        .addModifiers(Modifier.PRIVATE)
        .returns(returns);
  }

  /** {@return a public method marked {@code @Override}} */
  static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
  }

  /** {@return the head of {@code equals(@Nullable Object o)}} */
  static MethodSpec.Builder equalsMethod() {
    return override("equals", TypeName.BOOLEAN).addParameter(ModelTypes.nullable(ClassName.get(Object.class)), "o");
  }
}
