package io.github.mistral4j.core.internal;

import feign.template.UriUtils;
import java.nio.charset.StandardCharsets;

/**
 * Feign 13's rules for the text of a URL, as its template engine applies them ({@code
 * feign.template.UriUtils}, {@code SimpleExpression}, {@code QueryTemplate}), so that a request
 * plan builds the URL Feign would build. The common case, text Feign leaves unchanged, is found by
 * one scan; anything else is handed to Feign's own {@link UriUtils}.
 */
final class FeignEncoding {
  private FeignEncoding() {}

  /**
   * A variable's value as a template expression expands it: {@code UriUtils.encode(value)}. Text
   * of unreserved characters, or of unreserved characters and {@code %} with at least one {@code
   * %XX} (which Feign takes for already encoded), is left as it is.
   */
  static String encodeValue(String value) {
    boolean percent = false;
    boolean triplet = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isUnreserved(c)) {
        continue;
      }
      if (c != '%') {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
      }
      percent = true;
      triplet |= startsTriplet(value, i);
    }
    return !percent || triplet ? value : UriUtils.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * Expanded text as Feign reads it back as a literal of a template (it parses the URL it expanded
   * once more): {@code UriUtils.encode(text, true)}, which encodes every character that is neither
   * unreserved, reserved nor part of a {@code %XX}.
   */
  static String literal(String text) {
    return isLiteral(text, 0) ? text : UriUtils.encode(text, StandardCharsets.UTF_8, true);
  }

  /** Applies {@link #literal} to the end of a builder, from {@code start}. */
  static void literalFrom(StringBuilder text, int start) {
    if (!isLiteral(text, start)) {
      String encoded = UriUtils.encode(text.substring(start), StandardCharsets.UTF_8, true);
      text.setLength(start);
      text.append(encoded);
    }
  }

  /** Whether {@link #literal} leaves the text from {@code start} unchanged. */
  private static boolean isLiteral(CharSequence text, int start) {
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (!startsTriplet(text, i)) {
          return false;
        }
        i += 2;
      } else if (!isUnreserved(c) && !isReserved(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A collection as an expression expands it: the encoded elements joined by {@code ,}, null
   * elements skipped, an element that encodes to nothing adding a {@code ,} of its own.
   */
  static String expandIterable(Iterable<?> values) {
    StringBuilder result = new StringBuilder();
    for (Object value : values) {
      if (value == null) {
        continue;
      }
      String expanded = encodeValue(value.toString());
      if (expanded.isEmpty()) {
        result.append(',');
      } else {
        if (result.length() != 0 && !(result.length() == 1 && result.charAt(0) == ',')) {
          result.append(',');
        }
        result.append(expanded);
      }
    }
    return result.toString();
  }

  /** A variable's value in a URL: a collection as {@link #expandIterable}, anything else by its text. */
  static String expand(Object value) {
    return value instanceof Iterable<?> values ? expandIterable(values) : encodeValue(value.toString());
  }

  /**
   * Appends the query pairs Feign sends for one parameter whose value expanded to {@code
   * expanded}: it splits the text at {@code ,} (dropping trailing empty parts), sends each
   * non-empty part as {@code name=part}, a parameter whose parts are all empty as a bare {@code
   * name}, and nothing at all when no part is left after the split.
   *
   * @param url the URL so far
   * @param separator {@code ?} before the first parameter of the query, else {@code &}
   * @param name the parameter's name, of unreserved characters
   * @param expanded the expanded value
   * @return whether anything was appended
   */
  static boolean appendQuery(StringBuilder url, char separator, String name, String expanded) {
    if (expanded.indexOf(',') < 0) {
      url.append(separator).append(name);
      if (!expanded.isEmpty()) {
        url.append('=').append(literal(expanded));
      }
      return true;
    }
    String[] parts = expanded.split(",");
    if (parts.length == 0) {
      return false;
    }
    boolean any = false;
    for (String part : parts) {
      if (!part.isEmpty()) {
        url.append(any ? '&' : separator).append(name).append('=').append(literal(part));
        any = true;
      }
    }
    if (!any) {
      url.append(separator).append(name);
    }
    return true;
  }

  /** RFC 3986 "unreserved": {@code A-Z a-z 0-9 - . _ ~}. */
  static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
  }

  /** RFC 3986 "reserved": the general and the sub-delimiters. */
  private static boolean isReserved(char c) {
    return ":/?#[]@!$&'()*+,;=".indexOf(c) >= 0;
  }

  private static boolean startsTriplet(CharSequence text, int i) {
    return i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2));
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
