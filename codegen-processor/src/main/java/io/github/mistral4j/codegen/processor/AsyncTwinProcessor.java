package io.github.mistral4j.codegen.processor;

import com.sun.source.util.DocTrees;
import java.io.IOException;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates the async twin of every class marked {@code @io.github.mistral4j.core.internal.AsyncTwin}
 * (the rules are documented on the annotation). The twin is marked {@code RawView}, so that the raw
 * view processor generates its raw view in the next round. Needs javac (it reads doc comments
 * through its tree API). Problems are compile errors on the method concerned.
 */
@SupportedAnnotationTypes(TwinMethods.ANNOTATION)
public final class AsyncTwinProcessor extends AbstractProcessor {
  /** Creates the processor; javac finds it through {@code META-INF/services}. */
  public AsyncTwinProcessor() {}

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        generate(element);
      }
    }
    return true;
  }

  private void generate(Element element) {
    if (element.getKind() != ElementKind.CLASS || element.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
      error("@AsyncTwin marks a top-level class", element);
      return;
    }
    DocTrees trees;
    try {
      trees = DocTrees.instance(processingEnv);
    } catch (IllegalArgumentException e) {
      error("The async twin processor runs in javac only: " + e.getMessage(), element);
      return;
    }
    TwinMethods methods = new TwinMethods(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    TwinEmitter emitter = new TwinEmitter(methods, new TwinDocs(new DocReader(trees, processingEnv.getTypeUtils(), "an async twin")));
    try {
      emitter.emit((TypeElement) element).writeTo(processingEnv.getFiler());
    } catch (ViewException e) {
      error(e.getMessage(), e.element());
    } catch (IOException e) {
      error("Cannot write the async twin: " + e.getMessage(), element);
    }
  }

  private void error(String message, Element element) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }
}
