package io.github.mistral4j.core.internal;

import io.github.mistral4j.core.RawResponse;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pairing of a raw view interface with the client class it mirrors: for each view method, the
 * client method of the same name and parameters, and how its result is wrapped. Built and checked
 * once per pair; a view method without a twin of the matching type fails with the method named.
 */
final class RawViewMethods {
  /** How a view method wraps its twin's result. */
  enum Kind {
    /** {@code RawResponse<T>} from {@code T}. */
    SYNC,
    /** {@code CompletableFuture<RawResponse<T>>} from {@code CompletableFuture<T>}. */
    ASYNC,
    /** Another view, of the sub-service the twin returns. */
    VIEW
  }

  private record Pairing(Method twin, Kind kind) {}

  private static final Map<Class<?>, Map<Class<?>, RawViewMethods>> CACHE = new ConcurrentHashMap<>();

  private final Map<Method, Pairing> pairings;

  private RawViewMethods(Map<Method, Pairing> pairings) {
    this.pairings = pairings;
  }

  static RawViewMethods of(Class<?> viewType, Class<?> targetType) {
    return CACHE.computeIfAbsent(viewType, v -> new ConcurrentHashMap<>())
        .computeIfAbsent(targetType, t -> pair(viewType, t));
  }

  Method twin(Method viewMethod) {
    return pairing(viewMethod).twin();
  }

  Kind kind(Method viewMethod) {
    return pairing(viewMethod).kind();
  }

  private Pairing pairing(Method viewMethod) {
    Pairing p = pairings.get(viewMethod);
    if (p == null) {
      throw new IllegalStateException("No client method for " + viewMethod);
    }
    return p;
  }

  private static RawViewMethods pair(Class<?> viewType, Class<?> targetType) {
    if (!viewType.isInterface()) {
      throw new IllegalArgumentException(viewType.getName() + " is not an interface");
    }
    Map<Method, Pairing> pairings = new HashMap<>();
    for (Method view : viewType.getMethods()) {
      if (Modifier.isStatic(view.getModifiers()) || view.isDefault()) {
        continue;
      }
      Method twin;
      try {
        twin = targetType.getMethod(view.getName(), view.getParameterTypes());
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(
            "Raw view method " + describe(view) + " has no twin in " + targetType.getName(), e);
      }
      pairings.put(view, new Pairing(twin, kindOf(view, twin)));
    }
    return new RawViewMethods(Map.copyOf(pairings));
  }

  private static Kind kindOf(Method view, Method twin) {
    Type viewReturn = view.getGenericReturnType();
    Type twinReturn = twin.getGenericReturnType();
    if (view.getReturnType() == RawResponse.class
        && (argument(viewReturn).equals(twinReturn) || (argument(viewReturn) == Void.class && twinReturn == void.class))) {
      return Kind.SYNC;
    }
    if (view.getReturnType() == CompletableFuture.class
        && twin.getReturnType() == CompletableFuture.class
        && argument(viewReturn) instanceof ParameterizedType raw
        && raw.getRawType() == RawResponse.class
        && argument(raw).equals(argument(twinReturn))) {
      return Kind.ASYNC;
    }
    if (view.getReturnType().isInterface()
        && view.getReturnType() != RawResponse.class
        && view.getParameterCount() == 0
        && !twin.getReturnType().isPrimitive()) {
      return Kind.VIEW;
    }
    throw new IllegalStateException(
        "Raw view method " + describe(view) + " does not mirror " + twin + ": expected RawResponse<" + twinReturn.getTypeName() + ">");
  }

  private static Type argument(Type type) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
  }

  private static String describe(Method m) {
    return m.getDeclaringClass().getSimpleName() + "." + m.getName();
  }
}
