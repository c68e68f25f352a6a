package io.github.mistral4j.codegen.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
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
 * Which methods of a service its raw view mirrors, and how (the rules are documented on the
 * {@code RawView} annotation).
 */
final class ServiceMethods extends MarkedMethods {
  /** The annotation marking a service with a generated view. */
  static final String ANNOTATION = "io.github.mistral4j.core.internal.RawView";

  static final ClassName RAW_RESPONSE = ClassName.get("io.github.mistral4j.core", "RawResponse");
  private static final ClassName FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
  /** Lazy pagers send a request per page: no single response to return. */
  private static final Set<String> PAGERS =
      Set.of("io.github.mistral4j.core.page.AutoPager", "io.github.mistral4j.core.page.AsyncAutoPager");

  ServiceMethods(Elements elements, Types types) {
    super(elements, types);
  }

  /**
   * The view's methods: the service's and those of its operations interfaces, in the order of {@link
   * MarkedMethods#methods(TypeElement)}.
   *
   * @param service a class marked with the annotation
   * @return the methods of its view
   * @throws ViewException when a method cannot be mirrored
   */
  List<ViewMethod> of(TypeElement service) {
    Set<String> excluded = excluded(service);
    List<ViewMethod> methods = new ArrayList<>();
    for (ExecutableElement method : methods(service)) {
      if (isOperation(service, method, excluded)) {
        methods.add(classify(service, method));
      }
    }
    return methods;
  }

  /** {@return the name of the view of a service: {@code Raw} + its simple name, in its package} */
  static ClassName viewName(TypeElement service) {
    ClassName name = ClassName.get(service);
    return name.peerClass("Raw" + name.simpleName());
  }

  private Set<String> excluded(TypeElement service) {
    AnnotationMirror mirror = annotation(service, ANNOTATION);
    Set<String> names = new HashSet<>(Set.of("withRawResponse"));
    if (mirror != null) {
      elements.getElementValuesWithDefaults(mirror).forEach((key, value) -> {
        if (key.getSimpleName().contentEquals("exclude")) {
          for (Object item : (List<?>) value.getValue()) {
            names.add(String.valueOf(((AnnotationValue) item).getValue()));
          }
        }
      });
    }
    return names;
  }

  private boolean isOperation(TypeElement service, ExecutableElement method, Set<String> excluded) {
    Deprecated deprecated = method.getAnnotation(Deprecated.class);
    return method.getModifiers().contains(Modifier.PUBLIC)
        && !method.getModifiers().contains(Modifier.STATIC)
        && !excluded.contains(method.getSimpleName().toString())
        && !(deprecated != null && deprecated.forRemoval())
        && !PAGERS.contains(erasedName(method.getReturnType()))
        && !(method.getEnclosingElement().equals(service) && overridesSupertype(service, method));
  }

  private boolean overridesSupertype(TypeElement service, ExecutableElement method) {
    List<TypeMirror> pending = new ArrayList<>(types.directSupertypes(service.asType()));
    while (!pending.isEmpty()) {
      TypeMirror supertype = pending.remove(pending.size() - 1);
      TypeElement element = (TypeElement) types.asElement(supertype);
      for (ExecutableElement other : ElementFilter.methodsIn(element.getEnclosedElements())) {
        if (elements.overrides(method, other, service)) {
          return true;
        }
      }
      pending.addAll(types.directSupertypes(supertype));
    }
    return false;
  }

  private ViewMethod classify(TypeElement service, ExecutableElement method) {
    if (!method.getTypeParameters().isEmpty()) {
      throw new ViewException("A raw view cannot mirror a generic method", method);
    }
    TypeMirror result = method.getReturnType();
    TypeElement subService = subService(result);
    if (method.getParameters().isEmpty() && subService != null) {
      return new ViewMethod(service, method, ViewMethod.Kind.VIEW, viewName(subService));
    }
    if (result.getKind() == TypeKind.VOID) {
      return new ViewMethod(service, method, ViewMethod.Kind.SYNC, ParameterizedTypeName.get(RAW_RESPONSE, ClassName.get(Void.class)));
    }
    if (result.getKind().isPrimitive()) {
      throw new ViewException("A raw view cannot mirror a method returning " + result + ": return the boxed type", method);
    }
    if (FUTURE.canonicalName().equals(erasedName(result))) {
      List<? extends TypeMirror> arguments = ((DeclaredType) result).getTypeArguments();
      if (arguments.size() != 1) {
        throw new ViewException("A raw view cannot mirror a method returning a raw CompletableFuture", method);
      }
      TypeName raw = ParameterizedTypeName.get(RAW_RESPONSE, TypeNames.of(arguments.get(0)));
      return new ViewMethod(service, method, ViewMethod.Kind.ASYNC, ParameterizedTypeName.get(FUTURE, raw));
    }
    if (result.getKind() != TypeKind.DECLARED && result.getKind() != TypeKind.ARRAY) {
      throw new ViewException("A raw view cannot mirror a method returning " + result, method);
    }
    return new ViewMethod(service, method, ViewMethod.Kind.SYNC, ParameterizedTypeName.get(RAW_RESPONSE, TypeNames.of(result).box()));
  }

  private @Nullable TypeElement subService(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    return element.getKind() == ElementKind.CLASS && annotation(element, ANNOTATION) != null ? element : null;
  }
}
