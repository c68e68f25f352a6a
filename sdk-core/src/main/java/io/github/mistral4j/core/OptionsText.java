package io.github.mistral4j.core;

/**
 * The text of {@link ClientOptions#toString()}. It never holds a secret: the API key is masked,
 * default headers show their names only, listeners are counted, and the clients, executor, sleeper
 * and clock are left out.
 */
final class OptionsText {
  private OptionsText() {}

  /**
   * Describes option values.
   *
   * @param v the values
   * @return the text
   */
  static String describe(OptionValues v) {
    return "ClientOptions{apiKey=****, baseUrl="
        + v.baseUrl
        + ", connectTimeout="
        + v.connectTimeout
        + ", requestTimeout="
        + v.requestTimeout
        + ", retryPolicy="
        + v.retryPolicy
        + ", defaultHeaders="
        + v.defaultHeaders.keySet()
        + ", userAgent="
        + v.userAgent
        + ", logLevel="
        + v.logLevel
        + ", maxResponseBytes="
        + v.maxResponseBytes
        + ", listeners="
        + v.listeners.size()
        + '}';
  }
}
