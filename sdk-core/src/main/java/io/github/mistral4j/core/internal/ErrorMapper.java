package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;
import io.github.mistral4j.core.AuthenticationException;
import io.github.mistral4j.core.BadRequestException;
import io.github.mistral4j.core.ConflictException;
import io.github.mistral4j.core.InternalServerException;
import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.core.MistralServiceException;
import io.github.mistral4j.core.MistralServiceException.ErrorResponse;
import io.github.mistral4j.core.NotFoundException;
import io.github.mistral4j.core.PermissionDeniedException;
import io.github.mistral4j.core.RateLimitException;
import io.github.mistral4j.core.UnexpectedStatusException;
import io.github.mistral4j.core.UnprocessableEntityException;
import io.github.mistral4j.core.ValidationError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Maps an error response to the typed exception for its status. */
final class ErrorMapper implements ErrorDecoder {
  private static final int MAX_BODY = 1 << 20;
  private static final int MAX_MESSAGE_DETAIL = 300;

  private final ObjectMapper mapper;
  private final Clock clock;

  ErrorMapper(ObjectMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    // Feign hands over the request it built, without the headers added per attempt: prefer the one sent
    return decode(response, CallContext.lastSent());
  }

  /**
   * The exception for an error response.
   *
   * @param response the response, its body buffered
   * @param sent the request as last sent (with its per-attempt headers), else null
   */
  RuntimeException decode(Response response, feign.@Nullable Request sent) {
    String body;
    try {
      body = readBody(response);
    } catch (IOException e) {
      return new MistralIoException(
          "I/O error reading the HTTP " + response.status() + " response of " + HttpText.describe(response.request()),
          e,
          false);
    }
    JsonNode json = parse(body);
    ErrorResponse error =
        ErrorResponse.of(
            response.status(),
            response.headers(),
            body,
            json,
            response.request().httpMethod().name(),
            HttpText.withoutQuery(response.request().url()));
    List<String> secrets = SecretMasker.secretsOf(sent != null ? sent : response.request(), mapper);
    return toException(error, HttpText.describe(response.request()), secrets);
  }

  MistralServiceException toException(ErrorResponse error, String request, List<String> secrets) {
    int status = error.statusCode();
    List<ValidationError> details = status == 422 ? validationErrors(error.json()) : List.of();
    // the server may quote the key or a secret of the request back: never let it into the message.
    // Scrubbed whole, then cut: a cut first could leave a secret's prefix that scrubbing cannot find
    String detail = HttpText.scrubThenCut(detail(error, details), secrets, MAX_MESSAGE_DETAIL);
    String message =
        SecretMasker.scrub(statusText(status) + " (HTTP " + status + ") on " + request, secrets)
            + (detail.isBlank() ? "" : ": " + detail);
    return switch (status) {
      case 400 -> new BadRequestException(message, error);
      case 401 -> new AuthenticationException(message, error);
      case 403 -> new PermissionDeniedException(message, error);
      case 404 -> new NotFoundException(message, error);
      case 409 -> new ConflictException(message, error);
      case 422 -> new UnprocessableEntityException(message, error, details);
      case 429 ->
          new RateLimitException(
              message,
              error,
              RetryAfter.parse(error.header("retry-after"), error.header("retry-after-ms"), clock));
      default ->
          status >= 500
              ? new InternalServerException(message, error)
              : new UnexpectedStatusException(message, error);
    };
  }

  private String readBody(Response response) throws IOException {
    Response.Body b = response.body();
    if (b == null) {
      return "";
    }
    try (InputStream in = b.asInputStream()) {
      return new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
    }
  }

  private @Nullable JsonNode parse(String body) {
    String t = body.strip();
    if (!(t.startsWith("{") || t.startsWith("["))) {
      return null;
    }
    try {
      return mapper.readTree(t);
    } catch (IOException e) {
      return null;
    }
  }

  static List<ValidationError> validationErrors(@Nullable JsonNode json) {
    if (json == null || !json.path("detail").isArray()) {
      return List.of();
    }
    List<ValidationError> out = new ArrayList<>();
    for (JsonNode d : json.get("detail")) {
      List<Object> loc = new ArrayList<>();
      for (JsonNode part : d.path("loc")) {
        loc.add(part.isInt() ? (Object) part.intValue() : part.asText());
      }
      out.add(ValidationError.of(loc, d.path("msg").asText(""), d.path("type").asText("")));
    }
    return out;
  }

  /** The server's explanation, whole (to be scrubbed before it is cut), or "" for none. */
  private static String detail(ErrorResponse error, List<ValidationError> details) {
    String text;
    if (!details.isEmpty()) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < details.size() && i < 5; i++) {
        if (i > 0) {
          b.append("; ");
        }
        b.append(details.get(i).path()).append(": ").append(details.get(i).msg());
      }
      if (details.size() > 5) {
        b.append("; and ").append(details.size() - 5).append(" more");
      }
      text = b.toString();
    } else {
      text = serverMessage(error);
    }
    return text == null || text.isBlank() ? "" : text.replaceAll("\\s+", " ").strip();
  }

  private static @Nullable String serverMessage(ErrorResponse error) {
    JsonNode json = error.json();
    if (json == null) {
      String type = error.header("content-type");
      return error.body().isEmpty()
          ? null
          : "non-JSON body (" + (type == null ? "no content type" : type) + ", " + error.body().length() + " chars)";
    }
    for (JsonNode candidate :
        new JsonNode[] {
          json.path("detail"), json.path("message"), json.path("error").path("message"), json.path("error"), json.path("title")
        }) {
      if (candidate.isTextual()) {
        return candidate.asText();
      }
    }
    return null;
  }

  static String statusText(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 408 -> "Request timeout";
      case 409 -> "Conflict";
      case 413 -> "Payload too large";
      case 422 -> "Invalid request";
      case 429 -> "Rate limited";
      case 500 -> "Internal server error";
      case 502 -> "Bad gateway";
      case 503 -> "Service unavailable";
      case 504 -> "Gateway timeout";
      default -> "HTTP error";
    };
  }
}
