package io.github.mistral4j.core;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** Checks base URLs given to {@link ClientOptions} and {@link RequestOptions}. */
final class BaseUrls {
  private BaseUrls() {}

  static URI check(String parameter, URI url) {
    Objects.requireNonNull(url, parameter);
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw new IllegalArgumentException(
          parameter + " must be an absolute http(s) URL, got '" + url + "'");
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          parameter + " must not carry a query, fragment or user info, got '" + url.getHost() + "'");
    }
    String s = url.toString();
    return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : url;
  }
}
