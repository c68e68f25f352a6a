package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An http(s) URL of at most 2083 characters, as pydantic's {@code HttpUrl}. The value is kept as sent. */
final class UrlSpec implements Spec {
  static final UrlSpec INSTANCE = new UrlSpec();
  private static final int MAX_LENGTH = 2083;

  private UrlSpec() {}

  @Override
  public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
    if (!input.isTextual()) {
      return issues.reject("url_type", loc, "URL input should be a string or URL", input);
    }
    String s = input.textValue();
    if (s.length() > MAX_LENGTH) {
      Bound.URL_MAX_LENGTH.report(MAX_LENGTH, input, loc, issues);
      return null;
    }
    String error = parseError(s);
    if (error != null) {
      return issues.reject(
          "url_parsing",
          loc,
          "Input should be a valid URL, " + error,
          input,
          Ctx.of("error", error));
    }
    String scheme = URI.create(s).getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return issues.reject(
          "url_scheme",
          loc,
          "URL scheme should be 'http' or 'https'",
          input,
          Ctx.of("expected_schemes", "'http' or 'https'"));
    }
    return input;
  }

  private static @Nullable String parseError(String s) {
    if (s.isEmpty()) {
      return "input is empty";
    }
    try {
      URI uri = new URI(s);
      if (uri.getScheme() == null) {
        return "relative URL without a base";
      }
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        return "empty host";
      }
      return null;
    } catch (URISyntaxException e) {
      return "invalid URL";
    }
  }

  @Override
  public String label() {
    return "url";
  }
}
