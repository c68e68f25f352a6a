package io.github.mistral4j.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces known secrets in a text, in every form {@link SecretForms} knows, by {@link SecretMasker#MASK}. */
final class SecretScrubber {
  private static final Pattern HEX_ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}|\\\\u[0-9A-Fa-f]{4}");

  private SecretScrubber() {}

  /**
   * Replaces every occurrence of the secrets in a text, in each of their forms; the hex digits of
   * {@code %XX} and <code>&#92;uHHHH</code> escapes match in any case.
   *
   * @param text any text
   * @param secrets values to hide
   * @return the scrubbed text
   */
  static String scrub(String text, List<String> secrets) {
    if (secrets.isEmpty() || text.isEmpty()) {
      return text;
    }
    Set<String> forms = new LinkedHashSet<>();
    for (String secret : secrets) {
      forms.addAll(SecretForms.of(secret));
    }
    List<String> ordered = new ArrayList<>(forms);
    ordered.sort((a, b) -> b.length() - a.length()); // a longer form may contain a shorter one
    String out = text;
    for (String form : ordered) {
      if (!form.isEmpty()) {
        out = patternOf(form).matcher(out).replaceAll(SecretMasker.MASK);
      }
    }
    return out;
  }

  /** A literal pattern for the form, except that the hex digits of its escapes match in any case. */
  static Pattern patternOf(String form) {
    StringBuilder re = new StringBuilder();
    Matcher m = HEX_ESCAPE.matcher(form);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        re.append(Pattern.quote(form.substring(last, m.start())));
      }
      String escape = m.group();
      int digits = escape.charAt(0) == '%' ? 1 : 2;
      re.append(Pattern.quote(escape.substring(0, digits)))
          .append("(?i:")
          .append(escape.substring(digits))
          .append(')');
      last = m.end();
    }
    if (last < form.length()) {
      re.append(Pattern.quote(form.substring(last)));
    }
    return Pattern.compile(re.toString());
  }
}
