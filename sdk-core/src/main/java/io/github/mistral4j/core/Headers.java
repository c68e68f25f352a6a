package io.github.mistral4j.core;

import java.util.Objects;

/** Checks header names and values given to the SDK. */
final class Headers {
  private Headers() {}

  static void check(String name, String value) {
    Objects.requireNonNull(name, "header name");
    Objects.requireNonNull(value, "header value of " + name);
    if (name.isEmpty() || !name.chars().allMatch(Headers::isTokenChar)) {
      throw new IllegalArgumentException("header name must be an HTTP token, got '" + name + "'");
    }
    if (value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f)) {
      throw new IllegalArgumentException(
          "header value of " + name + " must not contain control characters");
    }
  }

  private static boolean isTokenChar(int c) {
    return c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
  }
}
