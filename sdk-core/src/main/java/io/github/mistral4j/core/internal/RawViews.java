package io.github.mistral4j.core.internal;

import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.RawResponse;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Makes the {@code withRawResponse()} views: an interface whose methods mirror a client's (same
 * names and parameters) but return {@link RawResponse} of the client's type (or a future of it)
 * is implemented by a proxy that calls the client's method while recording the HTTP response.
 * Methods returning another view interface (sub-services) return the view of the client's
 * sub-service. The pairing of every method is checked once per pair of types, when the first view
 * is made ({@link RawViewMethods}).
 */
public final class RawViews {
  private RawViews() {}

  /**
   * The raw view of a client.
   *
   * @param viewType the view interface
   * @param target the client (or sub-service) it mirrors
   * @param <V> the view type
   * @return the view
   * @throws IllegalStateException when a view method has no matching client method
   */
  public static <V> V of(Class<V> viewType, Object target) {
    Objects.requireNonNull(viewType, "viewType");
    Objects.requireNonNull(target, "target");
    RawViewMethods methods = RawViewMethods.of(viewType, target.getClass());
    InvocationHandler handler = (proxy, method, args) -> invoke(methods, viewType, target, proxy, method, args);
    return viewType.cast(Proxy.newProxyInstance(viewType.getClassLoader(), new Class<?>[] {viewType}, handler));
  }

  private static Object invoke(
      RawViewMethods methods, Class<?> viewType, Object target, Object proxy, Method method, Object[] args) {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> viewType.getSimpleName() + " of " + target;
      };
    }
    Method twin = methods.twin(method);
    return switch (methods.kind(method)) {
      case VIEW -> of(method.getReturnType(), call(twin, target, args));
      case SYNC -> sync(twin, target, args);
      case ASYNC -> async(twin, target, args);
    };
  }

  private static RawResponse<Object> sync(Method twin, Object target, Object[] args) {
    RawCapture capture = new RawCapture();
    Object value;
    try {
      value = capture.run(() -> call(twin, target, args));
    } catch (MistralInvalidDataException e) {
      if (!capture.succeeded()) {
        throw e;
      }
      return capture.toRaw(() -> {
        throw e;
      });
    }
    return capture.toRaw(() -> value);
  }

  private static CompletableFuture<RawResponse<Object>> async(Method twin, Object target, Object[] args) {
    RawCapture capture = new RawCapture();
    CompletableFuture<?> future = (CompletableFuture<?>) capture.run(() -> call(twin, target, args));
    return future.handle(
        (value, failure) -> {
          if (failure == null) {
            return capture.toRaw(() -> value);
          }
          Throwable cause = MistralTransport.unwrap(failure);
          if (cause instanceof MistralInvalidDataException invalid && capture.succeeded()) {
            Supplier<Object> parser = () -> {
              throw invalid;
            };
            return capture.toRaw(parser);
          }
          throw cause instanceof CompletionException c ? c : new CompletionException(cause);
        });
  }

  private static Object call(Method twin, Object target, Object[] args) {
    try {
      return twin.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("Unexpected checked exception from " + twin, cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot call " + twin, e);
    }
  }
}
