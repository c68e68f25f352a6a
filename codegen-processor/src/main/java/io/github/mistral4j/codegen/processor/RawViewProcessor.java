package io.github.mistral4j.codegen.processor;

import com.squareup.javapoet.JavaFile;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.element.TypeElement;

/**
 * Generates the raw view interface of every class marked
 * {@code @io.github.mistral4j.core.internal.RawView}: {@code Raw} + the class's name, in its
 * package (the rules are documented on the annotation). Needs javac (it reads doc comments through
 * its tree API). Problems are compile errors on the service method concerned.
 */
@SupportedAnnotationTypes(ServiceMethods.ANNOTATION)
public final class RawViewProcessor extends SourceProcessor {
  /** Creates the processor; javac finds it through {@code META-INF/services}. */
  public RawViewProcessor() {
    super("RawView", "a", "raw view");
  }

  @Override
  JavaFile emit(TypeElement marked, DocReader docs) {
    ServiceMethods methods = new ServiceMethods(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    return new ViewEmitter(methods, docs).emit(marked);
  }
}
