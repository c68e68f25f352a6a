package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import java.util.List;

/**
 * Hides secrets in what the SDK logs, reports or quotes back: the single entry point of the rest of
 * the SDK (and of generated models). Header rules are in {@link SecretHeaders}, JSON masking in
 * {@link SecretJson}, finding a request's secrets in {@link RequestSecrets}, their encodings in
 * {@link SecretForms} and replacing them in text in {@link SecretScrubber}.
 */
public final class SecretMasker {
  /** What a masked value is replaced with. */
  public static final String MASK = "****";

  private SecretMasker() {}

  /**
   * Whether a header's value must never be shown.
   *
   * @param name header name, any case
   * @return true for authorization, cookies and any name mentioning a key, token, secret or
   *     credential
   */
  public static boolean isSecretHeader(String name) {
    return SecretHeaders.isSecret(name);
  }

  /**
   * Whether a header's value may be logged: its name is in the allow-list (standard HTTP metadata,
   * request ids), or starts with {@code x-ratelimit} or {@code ratelimit} and does not otherwise
   * mention a key, secret, credential or auth.
   *
   * @param name header name, any case
   * @return true when the value may be shown
   */
  public static boolean isLoggableHeader(String name) {
    return SecretHeaders.isLoggable(name);
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
    return SecretHeaders.shownValue(name, value);
  }

  /**
   * Whether a JSON member holds a secret.
   *
   * @param name member name, any case
   * @return true for tokens, client secrets, passwords and API keys
   */
  public static boolean isSecretMember(String name) {
    return SecretJson.isSecretMember(name);
  }

  /**
   * A JSON body as it may be shown: secret members and header values replaced by {@link #MASK}.
   *
   * @param mapper parser
   * @param body raw body
   * @return the masked JSON, or a size note when the body is not JSON (it could not be masked)
   */
  public static String maskJsonBody(ObjectMapper mapper, byte[] body) {
    return SecretJson.maskBody(mapper, body);
  }

  /**
   * A copy of a JSON tree with secrets masked.
   *
   * @param node any JSON
   * @return the masked copy
   */
  public static JsonNode mask(JsonNode node) {
    return SecretJson.mask(node);
  }

  /**
   * The secret values a request carries: the values of its secret headers (and the API key of its
   * {@code Authorization} header), the values of at least 8 characters of every other header
   * whose value is not logged, and every value {@link #mask(JsonNode)} would hide in its JSON body.
   * Used to scrub them from server text that quotes them back (error messages, echoed inputs).
   *
   * @param request the request as sent
   * @param mapper parser for the body
   * @return the secrets, longest first
   */
  public static List<String> secretsOf(Request request, ObjectMapper mapper) {
    return RequestSecrets.of(request, mapper);
  }

  /**
   * Replaces every occurrence of the given secrets in a text with {@link #MASK}, in each form the
   * secret can take on the wire (see {@link #formsOf(String)}): raw, JSON-escaped, percent-encoded.
   * The hex digits of {@code %XX} and <code>&#92;uHHHH</code> escapes match in any case.
   *
   * @param text any text
   * @param secrets values to hide
   * @return the scrubbed text
   */
  public static String scrub(String text, List<String> secrets) {
    return SecretScrubber.scrub(text, secrets);
  }

  /**
   * The forms in which a secret can appear in a text the SDK or a server writes: as is,
   * JSON-escaped (also with non-ASCII, {@code /} and HTML characters escaped, and quoted twice),
   * percent-encoded and form-encoded.
   *
   * @param secret a secret value
   * @return its distinct forms, the raw value first
   */
  public static List<String> formsOf(String secret) {
    return SecretForms.of(secret);
  }
}
