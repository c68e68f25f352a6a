package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.Response;
import io.github.mistral4j.core.LogLevel;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * Logs HTTP exchanges through {@link System.Logger} {@code io.github.mistral4j.http} at INFO,
 * as much as the configured {@link LogLevel} asks, with secrets masked: header values are shown
 * only for the allow-listed headers of {@link SecretMasker#isLoggableHeader} (every other header is
 * listed with its value masked), JSON bodies have their secret members masked, and every secret
 * the request carries is scrubbed from the whole text in each of its encodings.
 */
final class HttpLogger {
  static final String LOGGER_NAME = "io.github.mistral4j.http";

  private final System.Logger logger = System.getLogger(LOGGER_NAME);
  private final LogLevel level;
  private final ObjectMapper mapper;

  HttpLogger(LogLevel level, ObjectMapper mapper) {
    this.level = level;
    this.mapper = mapper;
  }

  boolean enabled() {
    return level != LogLevel.NONE && logger.isLoggable(Level.INFO);
  }

  boolean logsBodies() {
    return level == LogLevel.BODY && enabled();
  }

  void request(Request request, int attempt) {
    if (!enabled()) {
      return;
    }
    StringBuilder b = new StringBuilder("--> ").append(request.httpMethod()).append(' ').append(HttpText.withoutQuery(request.url()));
    if (request.url().indexOf('?') >= 0) {
      b.append('?').append(request.url().substring(request.url().indexOf('?') + 1));
    }
    if (attempt > 0) {
      b.append(" (retry ").append(attempt).append(')');
    }
    appendHeaders(b, request.headers());
    if (logsBodies() && request.body() != null) {
      b.append("\n").append(SecretMasker.maskJsonBody(mapper, request.body()));
    }
    // a secret may also sit where no rule masks it (the query, an allow-listed header)
    logger.log(Level.INFO, SecretMasker.scrub(b.toString(), SecretMasker.secretsOf(request, mapper)));
  }

  /** Logs a response whose body is already buffered (so reading it here consumes nothing). */
  Response response(Response response, Duration elapsed) throws IOException {
    if (!enabled()) {
      return response;
    }
    StringBuilder b =
        new StringBuilder("<-- ")
            .append(response.status())
            .append(' ')
            .append(HttpText.describe(response.request()))
            .append(" (")
            .append(elapsed.toMillis())
            .append(" ms)");
    appendHeaders(b, response.headers());
    if (logsBodies()) {
      byte[] body = JsonCodec.readBody(response);
      b.append("\n").append(SecretMasker.maskJsonBody(mapper, body));
    }
    // the server may echo a secret of the request (a 422's detail[].input, an allow-listed header),
    // in any of its encodings: hide those too, on the whole text
    logger.log(Level.INFO, SecretMasker.scrub(b.toString(), SecretMasker.secretsOf(response.request(), mapper)));
    return response;
  }

  void failure(Request request, IOException e, Duration elapsed) {
    if (enabled()) {
      logger.log(
          Level.INFO,
          "<-- " + HttpText.describe(request) + " failed after " + elapsed.toMillis() + " ms: " + e.getClass().getSimpleName());
    }
  }

  void retrying(Request request, String reason, Duration delay, int retry, int maxRetries) {
    if (enabled()) {
      logger.log(
          Level.INFO,
          "retrying " + HttpText.describe(request) + " after " + reason + " in " + delay.toMillis() + " ms (retry " + retry + " of " + maxRetries + ")");
    }
  }

  private void appendHeaders(StringBuilder b, Map<String, Collection<String>> headers) {
    if (level == LogLevel.BASIC) {
      return;
    }
    headers.forEach(
        (name, values) -> {
          for (String v : values) {
            b.append('\n').append(name).append(": ").append(SecretMasker.headerValue(name, v));
          }
        });
  }
}
