package io.github.mistral4j.codegen.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * The names of a marked class's twin and calls class, and what the twin makes of each of its public
 * methods (the rules are documented on the {@code AsyncTwin} annotation).
 */
final class TwinMethods extends MarkedMethods {
  /** The annotation marking a class with a generated async twin. */
  static final String ANNOTATION = "io.github.mistral4j.core.internal.AsyncTwin";

  static final ClassName FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
  static final ClassName PAGE = ClassName.get("io.github.mistral4j.core.page", "Page");
  static final ClassName ASYNC_PAGE = ClassName.get("io.github.mistral4j.core.page", "AsyncPage");
  static final ClassName AUTO_PAGER = ClassName.get("io.github.mistral4j.core.page", "AutoPager");
  static final ClassName ASYNC_AUTO_PAGER = ClassName.get("io.github.mistral4j.core.page", "AsyncAutoPager");
  private static final String API_CALL = "io.github.mistral4j.core.internal.ApiCall";
  private static final String LISTING = "io.github.mistral4j.core.internal.Listing";
  private static final List<String> SUFFIXES = List.of("Client", "Service");

  TwinMethods(Elements elements, Types types) {
    super(elements, types);
  }

  /**
   * The twin's methods: the marked class's public methods and those of its operations interfaces, in
   * the order of {@link MarkedMethods#methods(TypeElement)}.
   *
   * @param sync a class marked with the annotation
   * @return its public methods, classified
   * @throws ViewException when the names do not follow the convention or a method cannot be twinned
   */
  List<TwinMethod> of(TypeElement sync) {
    TypeElement calls = callsClass(sync);
    List<TwinMethod> methods = new ArrayList<>();
    for (ExecutableElement method : methods(sync)) {
      if (method.getModifiers().contains(Modifier.PUBLIC)) {
        methods.add(classify(sync, calls, method));
      }
    }
    return methods;
  }

  /** {@return the twin of a marked class: {@code Async} inserted before its {@code Client} or {@code Service} suffix} */
  static ClassName twinName(TypeElement sync) {
    String suffix = suffix(sync);
    return ClassName.get(sync).peerClass(base(sync, suffix) + "Async" + suffix);
  }

  /** {@return the calls class of a marked class: its name without suffix, then {@code Calls}} */
  static ClassName callsName(TypeElement sync) {
    return ClassName.get(sync).peerClass(base(sync, suffix(sync)) + "Calls");
  }

  private static String base(TypeElement sync, String suffix) {
    String simple = sync.getSimpleName().toString();
    return simple.substring(0, simple.length() - suffix.length());
  }

  private static String suffix(TypeElement sync) {
    for (String suffix : SUFFIXES) {
      String simple = sync.getSimpleName().toString();
      if (simple.endsWith(suffix) && simple.length() > suffix.length()) {
        return suffix;
      }
    }
    throw new ViewException("A class with an async twin is named ...Client or ...Service", sync);
  }

  private TypeElement callsClass(TypeElement sync) {
    String name = callsName(sync).canonicalName();
    TypeElement calls = elements.getTypeElement(name);
    if (calls == null) {
      throw new ViewException("A class with an async twin needs its operations in " + name, sync);
    }
    return calls;
  }

  private TwinMethod classify(TypeElement sync, TypeElement calls, ExecutableElement method) {
    String name = method.getSimpleName().toString();
    TypeMirror result = method.getReturnType();
    boolean noParameters = method.getParameters().isEmpty();
    if (method.getModifiers().contains(Modifier.STATIC)) {
      if (!types.isSameType(result, sync.asType())) {
        throw new ViewException("A static method of a class with an async twin makes the class", method);
      }
      return new TwinMethod(sync, method, TwinMethod.Kind.FACTORY, twinName(sync));
    }
    if (name.equals("withRawResponse") && noParameters) {
      ClassName twin = twinName(sync);
      return new TwinMethod(sync, method, TwinMethod.Kind.RAW_VIEW, twin.peerClass("Raw" + twin.simpleName()));
    }
    if (name.equals("async") && noParameters) {
      return new TwinMethod(sync, method, TwinMethod.Kind.SYNC, ClassName.get(sync));
    }
    if (name.equals("close") && noParameters && result.getKind() == TypeKind.VOID) {
      return new TwinMethod(sync, method, TwinMethod.Kind.CLOSE, TypeName.VOID);
    }
    if (types.isSameType(result, sync.asType())) {
      return new TwinMethod(sync, method, TwinMethod.Kind.DERIVED, twinName(sync));
    }
    TypeElement returned = result.getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(result) : null;
    if (noParameters && returned != null && annotation(returned, ANNOTATION) != null) {
      return new TwinMethod(sync, method, TwinMethod.Kind.SUB_SERVICE, twinName(returned));
    }
    ExecutableElement operation = operation(calls, method);
    if (operation != null) {
      return operation(sync, method, operation);
    }
    TwinMethod full = sameSignature(calls, method) == null ? fullOverload(sync, calls, method) : null;
    if (full != null) {
      return new TwinMethod(sync, method, TwinMethod.Kind.SHORT, full.returnType(), full);
    }
    return new TwinMethod(sync, method, TwinMethod.Kind.DELEGATE, TypeNames.of(result));
  }

  /**
   * The operation a short overload calls: among the marked class's overloads of the same name and
   * return type that are operations and whose parameters are the short one's followed by parameters
   * of types with a {@code none()}, the one with the fewest such parameters.
   */
  private @Nullable TwinMethod fullOverload(TypeElement sync, TypeElement calls, ExecutableElement method) {
    List<ExecutableElement> fewest = new ArrayList<>();
    for (ExecutableElement candidate : methods(sync)) {
      if (!addsDefaultsTo(method, candidate) || operation(calls, candidate) == null) {
        continue;
      }
      int extra = candidate.getParameters().size();
      if (!fewest.isEmpty() && extra < fewest.get(0).getParameters().size()) {
        fewest.clear();
      }
      if (fewest.isEmpty() || extra == fewest.get(0).getParameters().size()) {
        fewest.add(candidate);
      }
    }
    if (fewest.size() > 1) {
      throw new ViewException("The short overload " + method + " of a class with an async twin matches "
          + fewest.get(0) + " and " + fewest.get(1) + " alike: give it its own calls method", method);
    }
    return fewest.isEmpty() ? null : operation(sync, fewest.get(0), operation(calls, fewest.get(0)));
  }

  private boolean addsDefaultsTo(ExecutableElement method, ExecutableElement candidate) {
    int given = method.getParameters().size();
    if (!candidate.getSimpleName().contentEquals(method.getSimpleName())
        || !candidate.getModifiers().contains(Modifier.PUBLIC)
        || candidate.getModifiers().contains(Modifier.STATIC)
        || candidate.getParameters().size() <= given
        || !types.isSameType(candidate.getReturnType(), method.getReturnType())) {
      return false;
    }
    for (int i = 0; i < candidate.getParameters().size(); i++) {
      TypeMirror type = types.erasure(candidate.getParameters().get(i).asType());
      boolean matches = i < given
          ? types.isSameType(type, types.erasure(method.getParameters().get(i).asType()))
          : hasNone(type);
      if (!matches) {
        return false;
      }
    }
    return true;
  }

  /** {@return whether an erased parameter type declares a default: a public static {@code none()} returning it} */
  private boolean hasNone(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    for (ExecutableElement candidate : ElementFilter.methodsIn(types.asElement(type).getEnclosedElements())) {
      if (candidate.getSimpleName().contentEquals("none")
          && candidate.getModifiers().containsAll(Set.of(Modifier.PUBLIC, Modifier.STATIC))
          && candidate.getParameters().isEmpty()
          && types.isSameType(types.erasure(candidate.getReturnType()), type)) {
        return true;
      }
    }
    return false;
  }

  private TwinMethod operation(TypeElement sync, ExecutableElement method, ExecutableElement operation) {
    if (!method.getTypeParameters().isEmpty()) {
      throw new ViewException("An async twin cannot mirror a generic method", method);
    }
    DeclaredType made = (DeclaredType) operation.getReturnType();
    String kind = ((TypeElement) made.asElement()).getQualifiedName().toString();
    TypeName value = TypeNames.of(made.getTypeArguments().get(0));
    String result = erasedName(method.getReturnType());
    if (kind.equals(API_CALL)) {
      return new TwinMethod(sync, method, TwinMethod.Kind.CALL, ParameterizedTypeName.get(FUTURE, value.box()));
    }
    if (kind.equals(LISTING) && result.equals(PAGE.canonicalName())) {
      return new TwinMethod(
          sync, method, TwinMethod.Kind.PAGE, ParameterizedTypeName.get(FUTURE, ParameterizedTypeName.get(ASYNC_PAGE, value)));
    }
    if (kind.equals(LISTING) && result.equals(AUTO_PAGER.canonicalName())) {
      return new TwinMethod(sync, method, TwinMethod.Kind.AUTO_PAGER, ParameterizedTypeName.get(ASYNC_AUTO_PAGER, value));
    }
    throw new ViewException("The calls method of an operation returns ApiCall<R>, or Listing<T> for a Page or an"
        + " AutoPager, not " + made, method);
  }

  private @Nullable ExecutableElement operation(TypeElement calls, ExecutableElement method) {
    ExecutableElement candidate = sameSignature(calls, method);
    String made = candidate == null ? "" : erasedName(candidate.getReturnType());
    return made.equals(API_CALL) || made.equals(LISTING) ? candidate : null;
  }

  private @Nullable ExecutableElement sameSignature(TypeElement calls, ExecutableElement method) {
    for (ExecutableElement candidate : ElementFilter.methodsIn(calls.getEnclosedElements())) {
      if (candidate.getSimpleName().contentEquals(method.getSimpleName())
          && !candidate.getModifiers().contains(Modifier.PRIVATE)
          && !candidate.getModifiers().contains(Modifier.STATIC)
          && sameParameters(candidate, method)) {
        return candidate;
      }
    }
    return null;
  }

  private boolean sameParameters(ExecutableElement a, ExecutableElement b) {
    if (a.getParameters().size() != b.getParameters().size()) {
      return false;
    }
    for (int i = 0; i < a.getParameters().size(); i++) {
      TypeMirror left = types.erasure(a.getParameters().get(i).asType());
      TypeMirror right = types.erasure(b.getParameters().get(i).asType());
      if (!types.isSameType(left, right)) {
        return false;
      }
    }
    return true;
  }
}
