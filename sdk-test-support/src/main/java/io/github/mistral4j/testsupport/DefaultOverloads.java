package io.github.mistral4j.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks the default methods of an operations interface (such as {@code AgentsOperations}): each
 * must call exactly one abstract method of the same name whose parameters start with its own,
 * passing its arguments unchanged and, for every further parameter, the static {@code none()} of
 * that parameter's type (such as {@code RequestOptions.none()}). The interface must be public and
 * accessible (a nested one in a public class).
 */
public final class DefaultOverloads {
  private DefaultOverloads() {}

  /**
   * Calls every default method of an interface on a recording implementation and checks the call it
   * makes.
   *
   * @param type the interface
   * @param samples an argument for each parameter type of its default methods
   * @return how many default methods were checked
   * @throws AssertionError naming the first default method that does not follow the rule
   */
  public static int verify(Class<?> type, Map<Class<?>, Object> samples) {
    List<Method> defaults = Arrays.stream(type.getMethods()).filter(Method::isDefault).toList();
    for (Method method : defaults) {
      List<Call> calls = new ArrayList<>();
      Object recorder = recorder(type, calls);
      Object[] args = Arrays.stream(method.getParameterTypes()).map(t -> sample(samples, t, method)).toArray();
      invoke(method, recorder, args);
      if (calls.size() != 1) {
        throw new AssertionError(method + " made " + calls.size() + " abstract calls, not 1: " + calls);
      }
      check(method, args, calls.get(0));
    }
    return defaults.size();
  }

  private record Call(Method method, Object[] args) {
    @Override
    public String toString() {
      return method.getName() + Arrays.toString(args);
    }
  }

  private static Object recorder(Class<?> type, List<Call> calls) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      if (method.getDeclaringClass() == Object.class) {
        return method.getName().equals("equals") ? proxy == args[0] : method.getName().equals("hashCode")
            ? System.identityHashCode(proxy) : "recorder";
      }
      calls.add(new Call(method, args == null ? new Object[0] : args));
      return null;
    };
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static void check(Method method, Object[] args, Call call) {
    Class<?>[] own = method.getParameterTypes();
    Class<?>[] called = call.method().getParameterTypes();
    boolean prefix = call.method().getName().equals(method.getName())
        && called.length > own.length
        && Arrays.equals(Arrays.copyOf(called, own.length), own);
    if (!prefix) {
      throw new AssertionError(method + " called " + call.method() + ", not an overload extending its parameters");
    }
    for (int i = 0; i < called.length; i++) {
      Object expected = i < args.length ? args[i] : none(called[i], method);
      if (call.args()[i] != expected) {
        throw new AssertionError(method + " passed " + call.args()[i] + " as argument " + i + " of " + call.method()
            + ", expected " + expected);
      }
    }
  }

  private static Object sample(Map<Class<?>, Object> samples, Class<?> type, Method method) {
    Object sample = samples.get(type);
    if (sample == null) {
      throw new IllegalArgumentException("No sample of " + type.getName() + " for " + method);
    }
    return sample;
  }

  private static Object none(Class<?> type, Method method) {
    try {
      return type.getMethod("none").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(method + " leaves out a " + type.getName() + ", which has no static none()", e);
    }
  }

  private static @Nullable Object invoke(Method method, Object target, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(method + " failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(method + " is not accessible", e);
    }
  }
}
