package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The encodings in which a secret can appear in a text the SDK or a server writes. */
final class SecretForms {
  private static final JsonStringEncoder JSON_ESCAPER = JsonStringEncoder.getInstance();

  private SecretForms() {}

  /**
   * The forms of a secret: as is; escaped inside a JSON string the way the SDK's mapper writes it,
   * with non-ASCII characters as <code>&#92;uHHHH</code> (as Python and Jackson's {@code
   * ESCAPE_NON_ASCII} write it), with {@code /} and HTML characters escaped, and once more escaped
   * (a JSON document quoted inside a JSON string); percent-encoded as the SDK encodes query values
   * and path segments, and form-encoded (space as {@code +}).
   *
   * @param secret a secret value
   * @return its distinct forms, the raw value first
   */
  static List<String> of(String secret) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(secret);
    String json = jsonEscape(secret, false, false);
    String ascii = jsonEscape(secret, true, false);
    String htmlSafe = jsonEscape(secret, true, true);
    for (String f : new String[] {json, ascii, htmlSafe}) {
      forms.add(f);
      forms.add(f.replace("/", "\\/"));
      forms.add(jsonEscape(f, false, false)); // quoted twice
    }
    forms.add(PathParams.encodeQueryValue(secret));
    forms.add(PathParams.encodeQueryValue(secret).replace("%20", "+"));
    forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
    return List.copyOf(forms);
  }

  /** Jackson's escaping of a JSON string's content; optionally non-ASCII and HTML characters as hex escapes too. */
  static String jsonEscape(String s, boolean nonAscii, boolean html) {
    if (!nonAscii && !html) {
      return new String(JSON_ESCAPER.quoteAsString(s));
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || (nonAscii && c > 0x7e) || (html && (c == '<' || c == '>' || c == '&' || c == '\''))) {
            b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
