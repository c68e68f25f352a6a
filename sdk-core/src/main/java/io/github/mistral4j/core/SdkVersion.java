package io.github.mistral4j.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's own version, as built. */
public final class SdkVersion {
  private static final String VERSION = load();

  private SdkVersion() {}

  /** {@return the version of mistral4j, e.g. {@code 0.1.0}} */
  public static String version() {
    return VERSION;
  }

  static String userAgent() {
    return "mistral4j/" + VERSION + " (Java " + Runtime.version().feature() + ")";
  }

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
