package io.github.mistral4j.codegen;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes a Feign interface ({@link ApiModel}): one abstract method per operation, annotated
 * {@code @NonIdempotent} (when the overlay says so), {@code @OperationId} and {@code @RequestLine},
 * its path and query parameters {@code @Param}, optional ones {@code @Nullable}, the request body
 * last and unannotated.
 */
public final class ApiEmitter {
  private static final ClassName PARAM = ClassName.get("feign", "Param");
  private static final ClassName REQUEST_LINE = ClassName.get("feign", "RequestLine");
  private static final ClassName OPERATION_ID = ClassName.get("io.github.mistral4j.core.internal", "OperationId");
  private static final ClassName NON_IDEMPOTENT = ClassName.get("io.github.mistral4j.core.internal", "NonIdempotent");

  private ApiEmitter() {}

  /**
   * The Java file of a Feign interface.
   *
   * @param model the interface
   * @param header the one-line file comment
   * @return the file
   */
  public static JavaFile emit(ApiModel model, String header) {
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(model.self())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n", model.javadoc());
    model.methods().forEach(m -> type.addMethod(method(m)));
    return JavaFile.builder(model.self().packageName(), type.build())
        .addFileComment("$L", header)
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
  }

  private static MethodSpec method(ApiModel.Method m) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(m.name())
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .addJavadoc("$L\n", m.doc());
    if (m.nonIdempotent()) {
      method.addAnnotation(NON_IDEMPOTENT);
    }
    method.addAnnotation(AnnotationSpec.builder(OPERATION_ID).addMember("value", "$S", m.operationId()).build())
        .addAnnotation(AnnotationSpec.builder(REQUEST_LINE).addMember("value", "$S", m.requestLine()).build())
        .returns(m.returns());
    for (ApiParam p : m.params()) {
      method.addParameter(ParameterSpec.builder(p.nullable() ? ModelTypes.nullable(p.type()) : p.type(), p.name())
          .addAnnotation(AnnotationSpec.builder(PARAM).addMember("value", "$S", p.wire()).build())
          .build());
    }
    if (m.body() != null) {
      method.addParameter(m.body(), "body");
    }
    return method.build();
  }
}
