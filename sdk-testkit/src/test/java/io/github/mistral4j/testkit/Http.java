package io.github.mistral4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A tiny JSON client over the JDK HttpClient, as a user's test would write one. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String baseUrl;
  private final @Nullable String apiKey;

  private Http(String baseUrl, @Nullable String apiKey) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
  }

  /** A client of a stand-in, with a key it accepts. */
  static Http to(MistralStandIn standIn) {
    return new Http(standIn.baseUrl(), standIn.apiKey());
  }

  /** The same client with another key (null: no Authorization header). */
  Http withKey(@Nullable String key) {
    return new Http(baseUrl, key);
  }

  /** An answer. */
  record Reply(int status, HttpHeaders headers, String raw) {
    JsonNode json() {
      if (raw.isEmpty()) {
        return MissingNode.getInstance();
      }
      try {
        return JSON.readTree(raw);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON: " + raw, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + raw;
    }
  }

  Reply get(String path) {
    return send("GET", path, null);
  }

  Reply post(String path, String json) {
    return send("POST", path, json);
  }

  Reply post(String path) {
    return send("POST", path, null);
  }

  Reply patch(String path, String json) {
    return send("PATCH", path, json);
  }

  Reply patch(String path) {
    return send("PATCH", path, null);
  }

  Reply put(String path) {
    return send("PUT", path, null);
  }

  Reply delete(String path) {
    return send("DELETE", path, null);
  }

  Reply send(String method, String path, @Nullable String json) {
    return send(method, path, json, Map.of());
  }

  Reply send(String method, String path, @Nullable String body, Map<String, String> headers) {
    try {
      return sendOrThrow(method, path, body, headers, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Reply sendOrThrow(
      String method,
      String path,
      @Nullable String body,
      Map<String, String> headers,
      @Nullable Duration timeout)
      throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
    if (body != null && !headers.containsKey("Content-Type")) {
      b.header("Content-Type", "application/json");
    }
    if (apiKey != null) {
      b.header("Authorization", "Bearer " + apiKey);
    }
    headers.forEach(b::header);
    if (timeout != null) {
      b.timeout(timeout);
    }
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.headers(), r.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Parses JSON text (test data). */
  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
