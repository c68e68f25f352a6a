package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Masks secrets in headers and JSON bodies before they are logged. */
public final class SecretMasker {
  /** What a masked value is replaced with. */
  public static final String MASK = "****";

  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key");
  /**
   * The headers whose values may be logged (lower case): standard HTTP metadata, request ids and
   * rate-limit information. Every other header is logged with its value masked, whatever its name:
   * a secret cannot reach the logs through a harmless-looking name (the rule of the Azure SDKs).
   */
  static final Set<String> LOGGABLE_HEADERS =
      Set.of(
          "accept",
          "accept-encoding",
          "accept-language",
          "age",
          "cache-control",
          "connection",
          "content-encoding",
          "content-language",
          "content-length",
          "content-type",
          "date",
          "etag",
          "expires",
          "if-match",
          "if-modified-since",
          "if-none-match",
          "if-unmodified-since",
          "keep-alive",
          "last-modified",
          "location",
          "pragma",
          "request-id",
          "retry-after",
          "retry-after-ms",
          "server",
          "traceparent",
          "transfer-encoding",
          "user-agent",
          "vary",
          "via",
          "mistral-correlation-id",
          "x-request-id",
          "x-correlation-id",
          "x-kong-request-id",
          "x-kong-proxy-latency",
          "x-kong-upstream-latency",
          "x-envoy-upstream-service-time",
          "cf-ray");
  /** Header name prefixes whose values may be logged: rate-limit counters. */
  private static final java.util.List<String> LOGGABLE_HEADER_PREFIXES = java.util.List.of("x-ratelimit", "ratelimit");
  /** A request header outside the allow-list and without a secret-sounding name: its value is scrubbed from this length. */
  private static final int MIN_PLAIN_HEADER_SECRET = 8;

  private static final Set<String> SECRET_MEMBERS =
      Set.of(
          "access_token",
          "refresh_token",
          "id_token",
          "bearer_token",
          "client_secret",
          "api_key",
          "apikey",
          "password",
          "secret",
          "token",
          "connection_secrets",
          "connection_credentials",
          "oauth2_metadata_secrets");
  /** Members whose every value is secret (header maps, authorization objects), except a {@code type}. */
  private static final Set<String> ALL_SECRET_MEMBERS = Set.of("headers", "global_headers", "authorization");

  private SecretMasker() {}

  /**
   * Whether a header's value must never be shown.
   *
   * @param name header name, any case
   * @return true for authorization, cookies and any name mentioning a key, token, secret or
   *     credential
   */
  public static boolean isSecretHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return SECRET_HEADERS.contains(n)
        || n.contains("token")
        || n.contains("secret")
        || n.contains("key")
        || n.contains("credential")
        || n.contains("auth");
  }

  /**
   * Whether a header's value may be logged: its name is in the allow-list ({@link
   * #LOGGABLE_HEADERS}, or starts with {@code x-ratelimit} or {@code ratelimit} and does not
   * otherwise mention a key, secret, credential or auth).
   *
   * @param name header name, any case
   * @return true when the value may be shown
   */
  public static boolean isLoggableHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (LOGGABLE_HEADERS.contains(n)) {
      return true;
    }
    for (String prefix : LOGGABLE_HEADER_PREFIXES) {
      // rate-limit counters may count (model) tokens: only the other secret-sounding words exclude one
      if (n.startsWith(prefix) && !isSecretHeader(n.replace("token", ""))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The header value as it may be shown: the value of an allow-listed header ({@code Location}
   * without its user info, query or fragment), {@link #MASK} for any other.
   *
   * @param name header name
   * @param value header value
   * @return the value as it may be logged
   */
  public static String headerValue(String name, String value) {
    if (!isLoggableHeader(name)) {
      return MASK;
    }
    return name.equalsIgnoreCase("location") ? HttpText.withoutUserInfo(HttpText.withoutQuery(value)) : value;
  }

  /**
   * Whether a JSON member holds a secret.
   *
   * @param name member name, any case
   * @return true for tokens, client secrets, passwords and API keys
   */
  public static boolean isSecretMember(String name) {
    return SECRET_MEMBERS.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * A JSON body as it may be shown: secret members and header values replaced by {@link #MASK}.
   *
   * @param mapper parser
   * @param body raw body
   * @return the masked JSON, or a size note when the body is not JSON (it could not be masked)
   */
  public static String maskJsonBody(ObjectMapper mapper, byte[] body) {
    if (body.length == 0) {
      return "";
    }
    try {
      JsonNode tree = mapper.readTree(body);
      if (tree == null) {
        return "";
      }
      return mapper.writeValueAsString(mask(tree));
    } catch (IOException e) {
      return "<" + body.length + " bytes, not JSON: not shown>";
    }
  }

  /**
   * A copy of a JSON tree with secrets masked.
   *
   * @param node any JSON
   * @return the masked copy
   */
  public static JsonNode mask(JsonNode node) {
    JsonNode copy = node.deepCopy();
    maskInPlace(copy, false);
    return copy;
  }

  /**
   * The secret values a request carries: the values of its secret headers (and the API key of its
   * {@code Authorization} header), the values of at least 8 characters of every other header
   * whose value is not logged, and every value {@link #mask(JsonNode)} would hide in its JSON body. Used to scrub them from server text
   * that quotes them back (error messages, echoed inputs).
   *
   * @param request the request as sent
   * @param mapper parser for the body
   * @return the secrets, longest first
   */
  public static java.util.List<String> secretsOf(feign.Request request, ObjectMapper mapper) {
    java.util.Set<String> secrets = new java.util.HashSet<>();
    request.headers().forEach((name, values) -> {
      if (isSecretHeader(name)) {
        for (String v : values) {
          secrets.add(v);
          int space = v.indexOf(' ');
          if (space > 0) {
            secrets.add(v.substring(space + 1).trim());
          }
        }
      } else if (!isLoggableHeader(name)) {
        // never logged, so never shown: a header set by the user under a harmless name may hold a secret
        for (String v : values) {
          if (v.length() >= MIN_PLAIN_HEADER_SECRET) {
            secrets.add(v);
          }
        }
      }
    });
    byte[] body = request.body();
    if (body != null && body.length > 0) {
      try {
        JsonNode tree = mapper.readTree(body);
        if (tree != null) {
          collectMasked(tree, mask(tree), secrets);
        }
      } catch (IOException e) {
        // not JSON: nothing to collect
      }
    }
    secrets.removeIf(v -> v.length() < 4 || v.equals(MASK));
    java.util.List<String> ordered = new java.util.ArrayList<>(secrets);
    ordered.sort((a, b) -> b.length() - a.length());
    return ordered;
  }

  /**
   * Replaces every occurrence of the given secrets in a text with {@link #MASK}, in each form the
   * secret can take on the wire (see {@link #formsOf(String)}): raw, JSON-escaped, percent-encoded.
   *
   * @param text any text
   * @param secrets values to hide
   * @return the scrubbed text
   */
  public static String scrub(String text, java.util.List<String> secrets) {
    if (secrets.isEmpty() || text.isEmpty()) {
      return text;
    }
    java.util.Set<String> forms = new java.util.LinkedHashSet<>();
    for (String secret : secrets) {
      forms.addAll(formsOf(secret));
    }
    java.util.List<String> ordered = new java.util.ArrayList<>(forms);
    ordered.sort((a, b) -> b.length() - a.length()); // a longer form may contain a shorter one
    String out = text;
    for (String form : ordered) {
      if (!form.isEmpty()) {
        out = patternOf(form).matcher(out).replaceAll(MASK);
      }
    }
    return out;
  }

  /**
   * The forms in which a secret can appear in a text the SDK or a server writes: as is; escaped
   * inside a JSON string the way the SDK's mapper writes it, with non-ASCII characters as <code>&#92;uHHHH</code> (as Python and Jackson's {@code ESCAPE_NON_ASCII} write it), with {@code /} and HTML
   * characters escaped, and once more escaped (a JSON document quoted inside a JSON string);
   * percent-encoded as the SDK encodes query values and path segments, and form-encoded (space as
   * {@code +}). {@link #scrub} matches the hex digits of {@code %XX} and <code>&#92;uHHHH</code> escapes in
   * any case.
   *
   * @param secret a secret value
   * @return its distinct forms, the raw value first
   */
  public static java.util.List<String> formsOf(String secret) {
    java.util.Set<String> forms = new java.util.LinkedHashSet<>();
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
    forms.add(java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8));
    return java.util.List.copyOf(forms);
  }

  /** Jackson's escaping of a JSON string's content; optionally non-ASCII and HTML characters as hex escapes too. */
  private static String jsonEscape(String s, boolean nonAscii, boolean html) {
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

  private static final com.fasterxml.jackson.core.io.JsonStringEncoder JSON_ESCAPER =
      com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance();
  private static final java.util.regex.Pattern HEX_ESCAPE =
      java.util.regex.Pattern.compile("%[0-9A-Fa-f]{2}|\\\\u[0-9A-Fa-f]{4}");

  /** A literal pattern for the form, except that the hex digits of its escapes match in any case. */
  private static java.util.regex.Pattern patternOf(String form) {
    StringBuilder re = new StringBuilder();
    java.util.regex.Matcher m = HEX_ESCAPE.matcher(form);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        re.append(java.util.regex.Pattern.quote(form.substring(last, m.start())));
      }
      String escape = m.group();
      int digits = escape.charAt(0) == '%' ? 1 : 2;
      re.append(java.util.regex.Pattern.quote(escape.substring(0, digits)))
          .append("(?i:")
          .append(escape.substring(digits))
          .append(')');
      last = m.end();
    }
    if (last < form.length()) {
      re.append(java.util.regex.Pattern.quote(form.substring(last)));
    }
    return java.util.regex.Pattern.compile(re.toString());
  }

  private static void collectMasked(JsonNode original, JsonNode masked, java.util.Set<String> out) {
    if (!original.isValueNode() && masked.isTextual() && MASK.equals(masked.textValue())) {
      collectLeaves(original, out); // a whole object or array was masked
      return;
    }
    if (original.isValueNode()) {
      if (masked.isTextual() && MASK.equals(masked.textValue()) && !original.isNull()) {
        out.add(original.asText());
      }
      return;
    }
    if (original.isObject()) {
      JsonMaps.fieldsOf(original).forEach(e -> {
        JsonNode m = masked.get(e.getKey());
        if (m != null) {
          collectMasked(e.getValue(), m, out);
        }
      });
    } else if (original.isArray()) {
      for (int i = 0; i < original.size() && i < masked.size(); i++) {
        collectMasked(original.get(i), masked.get(i), out);
      }
    }
  }

  private static void collectLeaves(JsonNode node, java.util.Set<String> out) {
    if (node.isValueNode()) {
      if (!node.isNull()) {
        out.add(node.asText());
      }
    } else {
      node.elements().forEachRemaining(child -> collectLeaves(child, out));
    }
  }

  private static boolean isAllSecret(String member) {
    return ALL_SECRET_MEMBERS.contains(member.toLowerCase(Locale.ROOT));
  }

  private static void maskInPlace(JsonNode node, boolean allLeaves) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = field.getKey();
        JsonNode value = field.getValue();
        if (isSecretMember(name) && !value.isNull() && !value.isBoolean()) {
          field.setValue(TextNode.valueOf(MASK));
        } else if (value.isValueNode() && !value.isNull() && (allLeaves && !name.equals("type") || isAllSecret(name))) {
          field.setValue(TextNode.valueOf(MASK));
        } else {
          maskInPlace(value, allLeaves || isAllSecret(name));
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        if (allLeaves && item.isValueNode() && !item.isNull()) {
          array.set(i, TextNode.valueOf(MASK));
        } else {
          maskInPlace(item, allLeaves);
        }
      }
    }
  }
}
