package io.github.mistral4j.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Validates path parameters against the contract before any I/O, and percent-encodes free-form
 * segments so that no value can leave its path segment. Every failure is an {@link
 * IllegalArgumentException} naming the parameter and the rule.
 */
public final class PathParams {
  /** Names and credentials names: {@code ^[a-zA-Z0-9_-]{1,64}$}. */
  public static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

  /** Agent version aliases: lower case, 1 to 64 characters. */
  public static final Pattern ALIAS = Pattern.compile("^[a-z]([a-z0-9_-]*[a-z0-9])?$");

  private static final int MAX_SEGMENT = 1024;
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathParams() {}

  /**
   * Checks a UUID parameter such as {@code connector_id}.
   *
   * @param parameter the contract's parameter name
   * @param value the value
   * @return the value
   */
  public static String uuid(String parameter, String value) {
    String v = present(parameter, value);
    if (!isUuid(v)) {
      throw new IllegalArgumentException(
          parameter + " must be a UUID such as 123e4567-e89b-12d3-a456-426614174000, got " + quote(v));
    }
    return v;
  }

  /**
   * Checks a name parameter such as {@code credentials_name} against {@link #NAME}.
   *
   * @param parameter the contract's parameter name
   * @param value the value
   * @return the value
   */
  public static String name(String parameter, String value) {
    String v = present(parameter, value);
    if (!isName(v)) {
      throw new IllegalArgumentException(
          parameter + " must match ^[a-zA-Z0-9_-]{1,64}$ (letters, digits, '_' and '-', at most 64), got " + quote(v));
    }
    return v;
  }

  /**
   * Checks a parameter that is a UUID or a name, such as {@code connector_id_or_name}.
   *
   * @param parameter the contract's parameter name
   * @param value the value
   * @return the value
   */
  public static String uuidOrName(String parameter, String value) {
    String v = present(parameter, value);
    if (!isUuid(v) && !isName(v)) {
      throw new IllegalArgumentException(
          parameter + " must be a UUID or a name matching ^[a-zA-Z0-9_-]{1,64}$, got " + quote(v));
    }
    return v;
  }

  /**
   * Checks an alias against the contract: 1 to 64 characters matching {@link #ALIAS}.
   *
   * @param parameter the contract's parameter name
   * @param value the value
   * @return the value
   */
  public static String alias(String parameter, String value) {
    String v = present(parameter, value);
    if (v.length() > 64 || !ALIAS.matcher(v).matches()) {
      throw new IllegalArgumentException(
          parameter
              + " must be 1 to 64 characters matching ^[a-z]([a-z0-9_-]*[a-z0-9])?$ (lower case letter first), got "
              + quote(v));
    }
    return v;
  }

  /**
   * Checks a free-form segment such as {@code agent_id} or {@code tool_name}: not empty, not
   * {@code .} or {@code ..}, no control characters, at most 1024 characters. The value is later
   * percent-encoded by {@link SegmentExpander}.
   *
   * @param parameter the contract's parameter name
   * @param value the value
   * @return the value
   */
  public static String segment(String parameter, String value) {
    String v = present(parameter, value);
    if (v.equals(".") || v.equals("..")) {
      throw new IllegalArgumentException(parameter + " must not be '.' or '..'");
    }
    if (v.length() > MAX_SEGMENT) {
      throw new IllegalArgumentException(parameter + " must be at most " + MAX_SEGMENT + " characters, got " + v.length());
    }
    return v;
  }

  private static String present(String parameter, String value) {
    Objects.requireNonNull(value, parameter);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(parameter + " must not be empty");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new IllegalArgumentException(parameter + " must not contain control characters");
      }
    }
    checkSurrogates(parameter, value);
    return value;
  }

  /** UTF-8 cannot encode an unpaired surrogate: it would be sent as '?', meaning another value. */
  private static void checkSurrogates(String parameter, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c)
            && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1));
        if (!paired) {
          throw new IllegalArgumentException(
              parameter + " must not contain an unpaired UTF-16 surrogate (found one at index " + i + ")");
        }
        i++;
      }
    }
  }

  /** Same as matching {@link #NAME}, without a regex matcher per call. */
  private static boolean isName(String v) {
    if (v.isEmpty() || v.length() > 64) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!(isAsciiAlphanumeric(c) || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** A UUID: 8-4-4-4-12 hexadecimal digits, either case ({@code ^[0-9a-fA-F]{8}-...-[0-9a-fA-F]{12}$}). */
  private static boolean isUuid(String v) {
    if (v.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = v.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : !isHex(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static String quote(String v) {
    return "'" + (v.length() > 80 ? v.substring(0, 80) + "..." : v) + "'";
  }

  /**
   * Percent-encodes every byte outside RFC 3986 "unreserved" ({@code A-Z a-z 0-9 - . _ ~}),
   * including {@code %}, {@code /}, {@code ?} and {@code #}. {@code .} and {@code ..} are refused.
   *
   * @param value the raw segment
   * @return the encoded segment
   */
  public static String encodeSegment(String value) {
    if (value.isEmpty() || value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException("a path segment must not be empty, '.' or '..'");
    }
    if (allUnreserved(value)) {
      return value;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = null;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (isUnreserved(b)) {
        if (out != null) {
          out.append((char) b);
        }
      } else {
        if (out == null) {
          out = new StringBuilder(bytes.length * 3);
          for (int j = 0; j < i; j++) {
            out.append((char) bytes[j]);
          }
        }
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
      }
    }
    return out == null ? value : out.toString();
  }

  /**
   * Checks and percent-encodes the value of a query parameter.
   *
   * @param parameter the contract's parameter name, for messages
   * @param value the raw value (may be empty)
   * @return the encoded value
   * @throws IllegalArgumentException when the value holds an unpaired UTF-16 surrogate
   */
  public static String encodeQueryValue(String parameter, String value) {
    checkSurrogates(parameter, value);
    return encodeQueryValue(value);
  }

  /**
   * Percent-encodes a query value: every byte outside RFC 3986 "unreserved", {@code %} included.
   * An unpaired surrogate becomes {@code %3F}: check it first with {@link
   * #encodeQueryValue(String, String)}.
   *
   * @param value the raw value (may be empty)
   * @return the encoded value
   */
  public static String encodeQueryValue(String value) {
    // "" "." and ".." are harmless in a query (encodeSegment refuses them as path segments)
    return value.isEmpty() || value.equals(".") || value.equals("..") ? value : encodeSegment(value);
  }

  private static boolean allUnreserved(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (!isUnreserved(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnreserved(int b) {
    return (b >= 'a' && b <= 'z')
        || (b >= 'A' && b <= 'Z')
        || (b >= '0' && b <= '9')
        || b == '-'
        || b == '.'
        || b == '_'
        || b == '~';
  }

  /**
   * Feign expander for path segments, which {@link SdkContract} gives every path parameter without
   * an expander of its own (with slashes never decoded).
   */
  public static final class SegmentExpander implements feign.Param.Expander {
    /** Creates the expander (stateless: one instance may serve every parameter). */
    public SegmentExpander() {}

    @Override
    public String expand(Object value) {
      return encodeSegment(String.valueOf(value));
    }
  }
}
