package io.github.mistral4j.codegen;

import java.util.Locale;

/** Java names for contract names. */
public final class JavaNames {
  private JavaNames() {}

  /**
   * The constant name of an enum value: upper case, every run of other characters than letters
   * and digits one underscore ({@code "oauth expired"} gives {@code OAUTH_EXPIRED}).
   *
   * @param value the wire value
   * @return the constant name
   */
  public static String constantName(String value) {
    String name = value.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "").toUpperCase(Locale.ROOT);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("no constant name for enum value '" + value + "'");
    }
    return Character.isDigit(name.charAt(0)) ? "_" + name : name;
  }

  /**
   * A name with its first letter in upper case.
   *
   * @param name a Java name
   * @return {@code name} capitalised ({@code tool} gives {@code Tool})
   */
  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
