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
 * Generates the raw view interface of every class marked
 * {@code @io.github.mistral4j.core.internal.RawView}: {@code Raw} + the class's name, in its
 * package (the rules are documented on the annotation). Needs javac (it reads doc comments through
 * its tree API). Problems are compile errors on the service method concerned.
 */
@SupportedAnnotationTypes(ServiceMethods.ANNOTATION)
public final class RawViewProcessor extends AbstractProcessor {
  /** Creates the processor; javac finds it through {@code META-INF/services}. */
  public RawViewProcessor() {}

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
      error("@RawView marks a top-level class", element);
      return;
    }
    DocTrees trees;
    try {
      trees = DocTrees.instance(processingEnv);
    } catch (IllegalArgumentException e) {
      error("The raw view processor runs in javac only: " + e.getMessage(), element);
      return;
    }
    ServiceMethods methods = new ServiceMethods(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    ViewEmitter emitter = new ViewEmitter(methods, new DocReader(trees, processingEnv.getTypeUtils(), "a raw view"));
    try {
      emitter.emit((TypeElement) element).writeTo(processingEnv.getFiler());
    } catch (ViewException e) {
      error(e.getMessage(), e.element());
    } catch (IOException e) {
      error("Cannot write the raw view: " + e.getMessage(), element);
    }
  }

  private void error(String message, Element element) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }
}
