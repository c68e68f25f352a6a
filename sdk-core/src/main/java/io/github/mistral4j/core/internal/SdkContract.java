package io.github.mistral4j.core.internal;

import feign.Contract;
import feign.MethodMetadata;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;

/**
 * Feign's default contract, plus one rule: every query parameter without an expander of its own
 * gets {@link QueryValueExpander}. Feign takes a query value made only of characters it does not
 * encode for already encoded, so {@code 100%25} would reach the server as {@code 100%}; encoding
 * every value ourselves makes every value arrive exactly as given.
 */
final class SdkContract extends Contract.Default {
  @Override
  protected MethodMetadata parseAndValidateMetadata(Class<?> targetType, Method method) {
    MethodMetadata data = super.parseAndValidateMetadata(targetType, method);
    Map<String, Collection<String>> queries = data.template().queries();
    for (Map.Entry<Integer, Collection<String>> param : data.indexToName().entrySet()) {
      if (data.indexToExpanderClass().containsKey(param.getKey())) {
        continue;
      }
      for (String name : param.getValue()) {
        if (usedInQuery(queries, name)) {
          data.indexToExpanderClass().put(param.getKey(), QueryValueExpander.class);
        }
      }
    }
    return data;
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

  /** Percent-encodes a query value (each element of a collection) outside RFC 3986 "unreserved". */
  public static final class QueryValueExpander implements feign.Param.Expander {
    /** Creates the expander (Feign instantiates it). */
    public QueryValueExpander() {}

    @Override
    public String expand(Object value) {
      return PathParams.encodeQueryValue(String.valueOf(value));
    }
  }
}
