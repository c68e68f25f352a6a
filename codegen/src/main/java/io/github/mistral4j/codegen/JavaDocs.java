package io.github.mistral4j.codegen;

import java.util.Locale;

/** Turns the contract's descriptions into Javadoc text that doclint accepts. */
public final class JavaDocs {
  private JavaDocs() {}

  /**
   * Escapes a description for Javadoc: HTML characters, {@code @} at a line start, comment ends;
   * {@code `code`} becomes {@code {@code code}} when the code has no braces.
   *
   * @param text the description
   * @return the Javadoc text
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder();
    String[] parts = text.split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean code = i % 2 == 1 && i < parts.length - 1;
      if (code && !part.contains("{") && !part.contains("}") && !part.isEmpty()) {
        out.append("{@code ").append(part).append('}');
      } else {
        if (i % 2 == 1) {
          out.append('`');
        }
        out.append(part.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("@", "&#64;").replace("*/", "*&#47;").replace("{", "&#123;").replace("}", "&#125;"));
      }
    }
    return out.toString().strip();
  }

  /**
   * A description as a phrase: first letter in lower case (unless an acronym), no final period,
   * escaped.
   *
   * @param text the description
   * @return the phrase
   */
  public static String phrase(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.endsWith(".") && t.indexOf(". ") < 0) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.length() > 1 && Character.isUpperCase(t.charAt(0)) && !Character.isUpperCase(t.charAt(1))) {
      t = t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(1);
    }
    return escape(t);
  }

  /**
   * A description as a sentence: ends with a period, escaped.
   *
   * @param text the description
   * @return the sentence
   */
  public static String sentence(String text) {
    String t = text.strip();
    return escape(t.endsWith(".") ? t : t + ".");
  }
}
