package io.github.mistral4j.codegen.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Writes the raw view interface of a service: one abstract method per {@link ViewMethod}. */
final class ViewEmitter {
  private static final Set<String> KEPT = Set.of(Deprecated.class.getName());

  private final ServiceMethods methods;
  private final DocReader docs;

  ViewEmitter(ServiceMethods methods, DocReader docs) {
    this.methods = methods;
    this.docs = docs;
  }

  /**
   * The view of a service.
   *
   * @param service a top-level class marked with the annotation
   * @return the source file of its view
   * @throws ViewException when a method cannot be mirrored or its doc comment lacks a part
   */
  JavaFile emit(TypeElement service) {
    ClassName serviceName = ClassName.get(service);
    ClassName viewName = ServiceMethods.viewName(service);
    TypeSpec.Builder view = TypeSpec.interfaceBuilder(viewName)
        .addModifiers(Modifier.PUBLIC)
        .addOriginatingElement(service)
        .addAnnotation(GeneratedSources.generated(RawViewProcessor.class))
        .addJavadoc("The operations of {@link $T} returning the HTTP response with the model: status, headers,\n"
            + "request id and body as received (see {@link $T}). Get it from {@code withRawResponse()}.\n"
            + "Error statuses throw the same typed exceptions as {@link $T}.\n",
            serviceName, ServiceMethods.RAW_RESPONSE, serviceName);
    for (ViewMethod method : methods.of(service)) {
      view.addMethod(method(method));
    }
    return GeneratedSources.file(view.build(), viewName, serviceName, "raw view");
  }

  private MethodSpec method(ViewMethod method) {
    ExecutableElement source = method.source();
    MethodSpec.Builder spec = GeneratedSources.mirror(source.getSimpleName().toString(), source, method.returnType(), KEPT)
        .addModifiers(Modifier.ABSTRACT);
    for (TypeMirror thrown : source.getThrownTypes()) {
      spec.addException(TypeName.get(thrown));
    }
    return spec.addJavadoc(javadoc(method)).build();
  }

  private CodeBlock javadoc(ViewMethod method) {
    ExecutableElement source = method.source();
    if (method.kind() == ViewMethod.Kind.VIEW) {
      DocText link = new DocText().text("{@return the raw view of {@link ").append(docs.methodReference(method.owner(), source)).text("}}");
      return CodeBlock.builder().add(link.toCodeBlock()).add("\n").build();
    }
    MethodDoc doc = docs.read(source);
    CodeBlock.Builder javadoc = CodeBlock.builder()
        .add(new DocText().text("{@link ").append(docs.methodReference(method.owner(), source)).text("} with the HTTP response.").toCodeBlock())
        .add("\n\n");
    javadoc.add(doc.paramTags(source, "raw view"));
    DocText returns = doc.returns();
    if (source.getReturnType().getKind() == TypeKind.VOID) {
      returns = new DocText().text("{@code null}");
    } else if (returns == null || returns.isBlank()) {
      throw new ViewException("The doc comment has no @return to copy into the raw view", source);
    }
    String response = method.kind() == ViewMethod.Kind.ASYNC ? "a future of the response" : "the response";
    javadoc.add("@return $L; {@link $T#parse()} gives ", response, ServiceMethods.RAW_RESPONSE)
        .add(returns.toCodeBlock()).add("\n");
    javadoc.add(doc.throwsTagLines());
    DocText deprecated = doc.deprecated();
    if (deprecated != null) {
      ClassName declaring = ClassName.get((TypeElement) source.getEnclosingElement());
      javadoc.add("@deprecated ").add(deprecated.retarget(declaring, ClassName.get(method.owner())).toCodeBlock()).add("\n");
    }
    return javadoc.build();
  }
}
