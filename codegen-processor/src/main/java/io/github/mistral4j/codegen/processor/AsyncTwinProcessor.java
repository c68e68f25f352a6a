package io.github.mistral4j.codegen.processor;

import com.squareup.javapoet.JavaFile;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.element.TypeElement;

/**
 * Generates the async twin of every class marked {@code @io.github.mistral4j.core.internal.AsyncTwin}
 * (the rules are documented on the annotation). The twin is marked {@code RawView}, so that the raw
 * view processor generates its raw view in the next round. Needs javac (it reads doc comments
 * through its tree API). Problems are compile errors on the method concerned.
 */
@SupportedAnnotationTypes(TwinMethods.ANNOTATION)
public final class AsyncTwinProcessor extends SourceProcessor {
  /** Creates the processor; javac finds it through {@code META-INF/services}. */
  public AsyncTwinProcessor() {
    super("AsyncTwin", "an", "async twin");
  }

  @Override
  JavaFile emit(TypeElement marked, DocReader docs) {
    TwinMethods methods = new TwinMethods(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    return new TwinEmitter(methods, new TwinDocs(docs)).emit(marked);
  }
}
