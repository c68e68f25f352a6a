package io.github.mistral4j.core.internal;

import feign.Request;

/** Short, secret-free descriptions of requests and failures for messages and logs. */
final class HttpText {
  private HttpText() {}

  /** {@code GET /v1/connectors/x}: method and path, never the query or host. */
  static String describe(Request request) {
    return request.httpMethod() + " " + pathOf(request.url());
  }

  static String pathOf(String url) {
    int scheme = url.indexOf("://");
    int start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
    if (start < 0) {
      return "/";
    }
    int end = url.indexOf('?', start);
    return end < 0 ? url.substring(start) : url.substring(start, end);
  }

  static String withoutQuery(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  /** A URL without {@code user:password@} before its host. */
  static String withoutUserInfo(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return url;
    }
    int hostStart = scheme + 3;
    int hostEnd = url.indexOf('/', hostStart);
    int at = url.lastIndexOf('@', hostEnd < 0 ? url.length() - 1 : hostEnd);
    return at < hostStart ? url : url.substring(0, hostStart) + url.substring(at + 1);
  }

  /**
   * At most {@code max} characters of a text, then {@code ...}. Only for text that holds no secret
   * any more: use {@link #scrubThenCut} for text from a server or a request.
   */
  static String truncate(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max > 0 && Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max; // keep pairs whole
    return s.substring(0, end) + "...";
  }

  /**
   * A text for a message or a log: every secret scrubbed from the whole text (each of its
   * encodings), and only then cut to {@code max} characters, so that a cut never leaves a part of
   * a secret that scrubbing could no longer recognise.
   */
  static String scrubThenCut(String text, java.util.List<String> secrets, int max) {
    return truncate(SecretMasker.scrub(text, secrets), max);
  }
}
