package io.github.mistral4j.codegen.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jspecify.annotations.Nullable;

/**
 * What both processors read of a marked class, before each classifies its methods: the class's own
 * methods, and those of its operations interfaces, that is the interfaces it implements directly
 * that are declared in its package. An interface method stands for the class's override of it, so
 * that its doc comment (and declaration) is the one read.
 */
abstract class MarkedMethods {
  /** javac's element utilities. */
  final Elements elements;
  /** javac's type utilities. */
  final Types types;

  MarkedMethods(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The methods of a marked class.
   *
   * @param marked a class marked {@code RawView} or {@code AsyncTwin}
   * @return its own methods in declaration order, where the instance methods of its operations
   *     interfaces (in their order) take the place of its first override of one of them (or come
   *     last, when it overrides none) and its other overrides of them are left out
   */
  List<ExecutableElement> methods(TypeElement marked) {
    List<ExecutableElement> inherited = new ArrayList<>();
    for (TypeElement operations : operationsInterfaces(marked)) {
      for (ExecutableElement method : ElementFilter.methodsIn(operations.getEnclosedElements())) {
        if (!method.getModifiers().contains(Modifier.STATIC) && !method.getModifiers().contains(Modifier.PRIVATE)) {
          inherited.add(method);
        }
      }
    }
    List<ExecutableElement> methods = new ArrayList<>();
    boolean placed = false;
    for (ExecutableElement method : ElementFilter.methodsIn(marked.getEnclosedElements())) {
      if (inherited.stream().noneMatch(other -> elements.overrides(method, other, marked))) {
        methods.add(method);
      } else if (!placed) {
        methods.addAll(inherited);
        placed = true;
      }
    }
    if (!placed) {
      methods.addAll(inherited);
    }
    return methods;
  }

  /**
   * The operations interfaces of a marked class.
   *
   * @param marked a marked class
   * @return the interfaces it implements directly that are declared in its package
   */
  List<TypeElement> operationsInterfaces(TypeElement marked) {
    List<TypeElement> interfaces = new ArrayList<>();
    for (TypeMirror supertype : marked.getInterfaces()) {
      TypeElement element = (TypeElement) types.asElement(supertype);
      if (element.getKind() == ElementKind.INTERFACE
          && elements.getPackageOf(element).equals(elements.getPackageOf(marked))) {
        interfaces.add(element);
      }
    }
    return interfaces;
  }

  /** {@return the annotation of the named type on an element, or null} */
  static @Nullable AnnotationMirror annotation(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
        return mirror;
      }
    }
    return null;
  }

  /** {@return the qualified name of a declared type's class, or empty for any other type} */
  static String erasedName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return "";
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }
}
