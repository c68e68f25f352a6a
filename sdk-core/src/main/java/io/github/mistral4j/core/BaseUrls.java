package io.github.mistral4j.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks base URLs given to {@link ClientOptions} (and {@code MISTRAL_BASE_URL}) and {@link
 * RequestOptions}. User info ({@code user:password@}) is refused outright, and no message repeats
 * a URL that may carry it: the messages show the scheme and host at most.
 */
final class BaseUrls {
  private BaseUrls() {}

  static URI parse(String parameter, String url) {
    Objects.requireNonNull(url, parameter);
    refuseUserInfo(parameter, url);
    try {
      return check(parameter, new URI(url));
    } catch (URISyntaxException e) {
      // the JDK's message quotes the whole input
      throw new IllegalArgumentException(
          parameter + " is not a valid URI (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
  }

  static URI check(String parameter, URI url) {
    Objects.requireNonNull(url, parameter);
    refuseUserInfo(parameter, url.toString());
    if (url.getRawUserInfo() != null) {
      throw new IllegalArgumentException(parameter + " must not carry user info (user:password@)");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))) {
      throw new IllegalArgumentException(
          parameter + " must be an absolute http(s) URL, got " + (scheme.isEmpty() ? "no scheme" : "scheme '" + safe(scheme) + "'"));
    }
    if (url.getHost() == null) {
      throw new IllegalArgumentException(parameter + " must be an absolute http(s) URL with a valid host name");
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          parameter + " must not carry a query or fragment, got host '" + url.getHost() + "'");
    }
    String s = url.toString();
    return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : url;
  }

  /** Refuses an authority with user info, also where {@link URI} cannot parse a server authority. */
  private static void refuseUserInfo(String parameter, String url) {
    int scheme = url.indexOf("://");
    int start = scheme < 0 ? 0 : scheme + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    if (url.substring(start, end).indexOf('@') >= 0) {
      throw new IllegalArgumentException(parameter + " must not carry user info (user:password@)");
    }
  }

  private static String safe(String scheme) {
    return scheme.length() > 20 || !scheme.matches("[a-z][a-z0-9+.-]*") ? "?" : scheme;
  }
}
