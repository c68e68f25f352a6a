package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;

/** Builds the {@code ctx} member of a validation entry and pydantic's quoted lists. */
final class Ctx {
  private Ctx() {}

  static ObjectNode of(String key, String value) {
    return JsonNodeFactory.instance.objectNode().put(key, value);
  }

  static ObjectNode of(String key, long value) {
    return JsonNodeFactory.instance.objectNode().put(key, value);
  }

  static ObjectNode of(String key, double value) {
    return JsonNodeFactory.instance.objectNode().put(key, value);
  }

  /** {@code 'a', 'b' or 'c'}, as pydantic lists expected values. */
  static String expected(List<String> values) {
    List<String> quoted = values.stream().map(v -> "'" + v + "'").collect(Collectors.toList());
    if (quoted.size() == 1) {
      return quoted.get(0);
    }
    return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or "
        + quoted.get(quoted.size() - 1);
  }

  /** {@code 'a', 'b', 'c'}, as pydantic lists the tags of a discriminated union. */
  static String tags(List<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
  }

  /** A number written the way Python prints it (no {@code .0} on whole numbers). */
  static String number(double value) {
    return value == Math.rint(value) && !Double.isInfinite(value)
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
