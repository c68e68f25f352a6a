package io.github.mistral4j.codegen.processor;

import com.squareup.javapoet.JavaFile;
import com.sun.source.util.DocTrees;
import java.io.IOException;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * What the processors share: each top-level class carrying the processor's annotation gets one
 * generated source, derived with the doc comments read through javac's tree API. Problems are
 * compile errors on the element concerned.
 */
abstract class SourceProcessor extends AbstractProcessor {
  private final String annotation;
  private final String article;
  private final String product;

  /**
   * @param annotation the annotation's simple name, for messages
   * @param article the product's indefinite article, for messages
   * @param product what is generated, for messages (for example "raw view")
   */
  SourceProcessor(String annotation, String article, String product) {
    this.annotation = annotation;
    this.article = article;
    this.product = product;
  }

  /**
   * The source generated for one marked class.
   *
   * @param marked the class
   * @param docs the doc comment reader, naming this processor's product in its errors
   * @return the source
   * @throws ViewException when the class or one of its methods cannot be mirrored
   */
  abstract JavaFile emit(TypeElement marked, DocReader docs);

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement each : annotations) {
      for (Element element : round.getElementsAnnotatedWith(each)) {
        generate(element);
      }
    }
    return true;
  }

  private void generate(Element element) {
    if (element.getKind() != ElementKind.CLASS || element.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
      error("@" + annotation + " marks a top-level class", element);
      return;
    }
    DocTrees trees;
    try {
      trees = DocTrees.instance(processingEnv);
    } catch (IllegalArgumentException e) {
      error("The " + product + " processor runs in javac only: " + e.getMessage(), element);
      return;
    }
    try {
      emit((TypeElement) element, new DocReader(trees, processingEnv.getTypeUtils(), article + " " + product))
          .writeTo(processingEnv.getFiler());
    } catch (ViewException e) {
      error(e.getMessage(), e.element());
    } catch (IOException e) {
      error("Cannot write the " + product + ": " + e.getMessage(), element);
    }
  }

  private void error(String message, Element element) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }
}
