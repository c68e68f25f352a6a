package io.github.mistral4j.codegen.processor;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * What both processors write alike: the {@code @Generated} mark, the source file, and the
 * signature of a method mirroring a marked class's method.
 */
final class GeneratedSources {
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private GeneratedSources() {}

  /** {@return the {@code @Generated} mark naming a processor} */
  static AnnotationSpec generated(Class<?> processor) {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", processor.getName()).build();
  }

  /** {@return the source file of a type generated from a marked class; {@code product} names it ("raw view")} */
  static JavaFile file(TypeSpec type, ClassName name, ClassName from, String product) {
    return JavaFile.builder(name.packageName(), type)
        .addFileComment("Generated from $L by the " + product + " processor (codegen-processor): do not edit.",
            from.simpleName())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /**
   * A public method with a source method's parameters (their type-use annotations kept) and
   * varargs, and those of its annotations that are of the kept types.
   *
   * @param name the method's name
   * @param source the method mirrored
   * @param returns the method's return type
   * @param kept the qualified names of the annotation types copied
   * @return the method, to complete
   */
  static MethodSpec.Builder mirror(String name, ExecutableElement source, TypeName returns, Set<String> kept) {
    MethodSpec.Builder spec = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .varargs(source.isVarArgs());
    for (VariableElement parameter : source.getParameters()) {
      spec.addParameter(ParameterSpec.builder(TypeNames.of(parameter.asType()), parameter.getSimpleName().toString()).build());
    }
    for (AnnotationMirror annotation : source.getAnnotationMirrors()) {
      if (kept.contains(annotation.getAnnotationType().toString())) {
        spec.addAnnotation(AnnotationSpec.get(annotation));
      }
    }
    return spec;
  }
}
