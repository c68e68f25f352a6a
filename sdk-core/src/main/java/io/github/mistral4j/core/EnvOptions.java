package io.github.mistral4j.core;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link ClientOptions#API_KEY_ENV}, {@link ClientOptions#BASE_URL_ENV} and {@link
 * ClientOptions#LOG_ENV} from an environment. Absent or blank variables leave the values as they
 * are; the others are checked as the builder checks them, and messages name the variable.
 */
final class EnvOptions {
  private EnvOptions() {}

  /**
   * Applies the environment, key first, then base URL, then log level.
   *
   * @param env the environment, e.g. {@link System#getenv()}
   * @param into the values to change
   */
  static void apply(Map<String, String> env, OptionValues into) {
    Objects.requireNonNull(env, "env");
    String key = present(env, ClientOptions.API_KEY_ENV);
    if (key != null) {
      into.apiKey(key.trim());
    }
    String url = present(env, ClientOptions.BASE_URL_ENV);
    if (url != null) {
      into.baseUrl = BaseUrls.parse(ClientOptions.BASE_URL_ENV, url.trim());
    }
    String log = present(env, ClientOptions.LOG_ENV);
    if (log != null) {
      into.logLevel(LogLevel.parse(log));
    }
  }

  private static @Nullable String present(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value;
  }
}
