package io.github.mistral4j.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.mistral4j.testkit.Fault;
import io.github.mistral4j.testkit.internal.http.ApiException;
import io.github.mistral4j.testkit.internal.http.ApiRequest;
import io.github.mistral4j.testkit.internal.http.ApiResponse;
import io.github.mistral4j.testkit.internal.http.Inputs;
import io.github.mistral4j.testkit.internal.http.Router;
import io.github.mistral4j.testkit.internal.http.StandInJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Handles every HTTP exchange, in this order: record it in the journal, apply a waiting fault, check the API
 * key, route it, run the operation, write the answer. An unexpected failure is answered with 500.
 */
final class Dispatcher implements HttpHandler {
  private static final System.Logger LOG = System.getLogger("io.github.mistral4j.testkit");

  private final Router router;
  private final Auth auth;
  private final Journal journal;
  private final FaultPlan faults;

  Dispatcher(Router router, Auth auth, Journal journal, FaultPlan faults) {
    this.router = router;
    this.auth = auth;
    this.journal = journal;
    this.faults = faults;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      ApiRequest request = read(exchange);
      Router.Resolution route = router.resolve(request.method(), request.rawSegments());
      String operationId = route instanceof Router.Found f ? f.route().operationId() : null;
      JournalEntry entry = journal.record(request, operationId);
      Fault fault = faults.take(request.method(), request.rawPath(), operationId);
      ApiResponse response =
          fault == null ? answer(request, route) : applyFault(fault, request, route);
      if (response != null) {
        // recorded before writing: the client may read the journal as soon as it has the answer
        entry.answered(response.status());
        write(exchange, request, response);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The fault's answer, or null when the connection is to be dropped. */
  private ApiResponse applyFault(Fault fault, ApiRequest request, Router.Resolution route)
      throws InterruptedException {
    if (!fault.delay().isZero()) {
      Thread.sleep(fault.delay().toMillis());
    }
    if (fault.dropsConnection()) {
      return null;
    }
    Integer status = fault.status();
    if (status == null) {
      return answer(request, route);
    }
    ApiResponse response = fault.body() != null
        ? new ApiResponse(status, Map.of(), null, fault.body())
        : status == 204
            ? ApiResponse.noContent()
            : ApiResponse.error(status, Reasons.phrase(status));
    for (Map.Entry<String, String> h : fault.headers().entrySet()) {
      response = response.withHeader(h.getKey(), h.getValue());
    }
    return response;
  }

  private ApiResponse answer(ApiRequest request, Router.Resolution route) {
    if (!auth.accepts(request.header("authorization"))) {
      return ApiResponse.error(401, "Unauthorized").withHeader("WWW-Authenticate", "Bearer");
    }
    if (route instanceof Router.NotFound) {
      return ApiResponse.error(404, "Not Found");
    }
    if (route instanceof Router.MethodNotAllowed m) {
      return ApiResponse.error(405, "Method Not Allowed")
          .withHeader("Allow", String.join(", ", m.allowed()));
    }
    Router.Found found = (Router.Found) route;
    try {
      return found.route().handler().handle(new Inputs(request, found.params()));
    } catch (ApiException e) {
      return e.response();
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Stand-in failed on " + request.method() + " " + request.rawPath(),
          e);
      return ApiResponse.error(500, "Internal Server Error");
    }
  }

  private static ApiRequest read(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    return new ApiRequest(
        exchange.getRequestMethod(),
        exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(),
        exchange.getRequestHeaders(),
        body);
  }

  private static void write(HttpExchange exchange, ApiRequest request, ApiResponse response) {
    byte[] body = new byte[0];
    if (response.rawBody() != null) {
      body = response.rawBody().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
    } else if (response.body() != null) {
      body = StandInJson.bytes(response.body());
      exchange.getResponseHeaders().set("Content-Type", "application/json");
    }
    response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    boolean noBody =
        body.length == 0 || request.method().equals("HEAD") || response.status() == 204;
    try {
      exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
      if (!noBody) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (IOException e) {
      LOG.log(
          System.Logger.Level.DEBUG,
          "Client went away before the answer to " + request.rawPath(),
          e);
    }
  }
}
