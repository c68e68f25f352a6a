package io.github.mistral4j.core.internal;

/**
 * Carries a query value the caller set to the empty string through Feign, which would otherwise
 * send it as a bare {@code name} (no {@code =}), a form many servers read as absent.
 *
 * <p>{@link SdkContract.QueryValueExpander} expands an empty value to {@link #MARK}; {@link
 * #restore(String)} turns each such value of the final URL's query back into nothing, so the
 * parameter leaves as {@code name=}. The mark is {@code %FF}: byte 0xFF never occurs in UTF-8, so
 * no value the SDK encodes can hold it, and Feign passes percent-encoded text through unchanged.
 */
final class EmptyQueryValues {
  /** What an empty query value expands to until the request is prepared. */
  static final String MARK = "%FF";

  private EmptyQueryValues() {}

  /**
   * Replaces every marked value in the query of a URL by the empty value.
   *
   * @param url the URL Feign built
   * @return the URL to send
   */
  static String restore(String url) {
    int query = url.indexOf('?');
    if (query < 0 || url.indexOf(MARK, query) < 0) {
      return url;
    }
    StringBuilder out = new StringBuilder(url.length()).append(url, 0, query + 1);
    String[] pairs = url.substring(query + 1).split("&", -1);
    for (int i = 0; i < pairs.length; i++) {
      String pair = pairs[i];
      if (pair.endsWith("=" + MARK)) {
        pair = pair.substring(0, pair.length() - MARK.length());
      }
      out.append(i == 0 ? "" : "&").append(pair);
    }
    return out.toString();
  }
}
