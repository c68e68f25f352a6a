package io.github.mistral4j.spring.boot.internal;

import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the API key and connector credentials in {@code /actuator/configprops} and {@code
 * /actuator/env}, even when they are set to show values: {@code mistral.api-key}, {@code apiKey}
 * and the {@code MISTRAL_API_KEY} environment variable.
 */
public final class ApiKeySanitizer implements SanitizingFunction {
  /** Creates the sanitizer. */
  public ApiKeySanitizer() {}

  @Override
  public SanitizableData apply(SanitizableData data) {
    String key = data.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
    boolean secret = key.equals("apikey") || key.equals("mistral.apikey") || key.equals("mistralapikey")
        || key.endsWith("mistral.apikey");
    return secret ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
  }
}
