package io.github.mistral4j.core.internal;

import feign.Contract;
import feign.MethodMetadata;
import feign.Param;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Feign's default contract, plus the SDK's rules, so that the API interfaces need not repeat them:
 *
 * <ul>
 *   <li>slashes are never decoded ({@code decodeSlash = false} on every method, whatever the
 *       {@code @RequestLine} says): a {@code %2F} in a value stays {@code %2F};
 *   <li>every path parameter without an expander of its own gets the {@link
 *       PathParams.SegmentExpander}, which percent-encodes it so that it cannot leave its segment;
 *   <li>every query parameter without an expander of its own gets a {@link QueryValueExpander}
 *       that knows its name. Feign takes a query value made only of characters it does not encode
 *       for already encoded, so {@code 100%25} would reach the server as {@code 100%}; encoding
 *       every value ourselves makes every value arrive exactly as given, and a value that cannot be
 *       sent as given (an unpaired surrogate) is refused naming the parameter. A value set to the
 *       empty string is sent as {@code name=} (see {@link EmptyQueryValues}); an unset ({@code
 *       null}) value is not sent.
 * </ul>
 *
 * A parameter used in the path and in the query gets the path's expander.
 */
final class SdkContract extends Contract.Default {
  private static final Param.Expander SEGMENT = new PathParams.SegmentExpander();

  @Override
  protected MethodMetadata parseAndValidateMetadata(Class<?> targetType, Method method) {
    MethodMetadata data = super.parseAndValidateMetadata(targetType, method);
    data.template().decodeSlash(false);
    String path = data.template().requestUriTemplate();
    Map<String, Collection<String>> queries = data.template().queries();
    Map<Integer, Param.Expander> expanders = new HashMap<>();
    data.indexToExpanderClass().forEach((index, type) -> expanders.put(index, instantiate(type)));
    for (Map.Entry<Integer, Collection<String>> param : data.indexToName().entrySet()) {
      if (expanders.containsKey(param.getKey())) {
        continue;
      }
      for (String name : param.getValue()) {
        if (path.contains("{" + name + "}")) {
          expanders.put(param.getKey(), SEGMENT);
          break;
        }
        if (usedInQuery(queries, name)) {
          expanders.put(param.getKey(), new QueryValueExpander(name));
        }
      }
    }
    // Feign uses these instances, when set, instead of instantiating the expander classes per proxy
    data.indexToExpander(expanders);
    return data;
  }

  private static Param.Expander instantiate(Class<? extends Param.Expander> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot create the expander " + type.getName(), e);
    }
  }

  private static boolean usedInQuery(Map<String, Collection<String>> queries, String name) {
    String expression = "{" + name + "}";
    for (Collection<String> values : queries.values()) {
      for (String value : values) {
        if (value.contains(expression)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Percent-encodes a query value (each element of a collection) outside RFC 3986 "unreserved",
   * refusing a value with an unpaired surrogate (UTF-8 cannot carry it: it would be sent as
   * {@code ?}). The empty string expands to {@link EmptyQueryValues#MARK}, so that it is sent as
   * {@code name=} rather than as a bare {@code name}.
   */
  public static final class QueryValueExpander implements Param.Expander {
    private final String parameter;

    /**
     * Creates the expander of one query parameter.
     *
     * @param parameter the parameter's name, for messages
     */
    public QueryValueExpander(String parameter) {
      this.parameter = parameter;
    }

    @Override
    public String expand(Object value) {
      String encoded = PathParams.encodeQueryValue(parameter, String.valueOf(value));
      return encoded.isEmpty() ? EmptyQueryValues.MARK : encoded;
    }
  }
}
