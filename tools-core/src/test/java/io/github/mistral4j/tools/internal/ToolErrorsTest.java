package io.github.mistral4j.tools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mistral4j.core.AuthenticationException;
import io.github.mistral4j.core.InternalServerException;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.core.MistralServiceException.ErrorResponse;
import io.github.mistral4j.core.NotFoundException;
import io.github.mistral4j.core.PermissionDeniedException;
import io.github.mistral4j.core.RateLimitException;
import io.github.mistral4j.core.UnprocessableEntityException;
import io.github.mistral4j.core.ValidationError;
import io.github.mistral4j.tools.ConnectorToolCallException;
import io.github.mistral4j.tools.ConnectorToolCallException.Reason;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolErrorsTest {
  private static final String URL = "https://api.mistral.ai/v1/connectors/weather/tools/forecast/call";
  private final ToolErrors errors = new ToolErrors("weather", "work", "forecast", Duration.ofSeconds(30), 0);
  private final ToolErrors noCredentials = new ToolErrors("weather", null, "forecast", Duration.ofSeconds(30), 0);

  private static ErrorResponse response(int status, String body) throws Exception {
    JsonNode json = new ObjectMapper().readTree(body);
    return ErrorResponse.of(status, Map.of(), body, json, "POST", URL);
  }

  @Test
  void unauthorized_namesTheCredentialsToRenew() throws Exception {
    ConnectorToolCallException e = errors.translate(new AuthenticationException("HTTP 401 POST " + URL, response(401, "{\"detail\":\"Invalid token\"}")));

    assertThat(e.getMessage()).isEqualTo("Tool 'forecast' of connector 'weather' could not run: the call was not authenticated (HTTP 401): Invalid token. "
        + "The credentials 'work' of this connector are missing, expired or revoked (or the API key is invalid): store new credentials for the connector, then try again.");
    assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION);
    assertThat(e.statusCode()).isEqualTo(401);
    assertThat(e.getCause()).isNull(); // the SDK exception is suppressed, so no URL reaches a message chain
    assertThat(e.getSuppressed()).containsExactly(e.sdkException());
  }

  @Test
  void unauthorizedWithoutCredentials_pointsAtTheOAuthStep() throws Exception {
    ConnectorToolCallException e = noCredentials.translate(new AuthenticationException("HTTP 401", response(401, "{}")));

    assertThat(e.getMessage()).contains("(HTTP 401). The connector has no usable credentials")
        .contains("complete its OAuth authorization through the connector's authorization URL");
  }

  @Test
  void forbidden_explainsActivationAndPermissions() throws Exception {
    ConnectorToolCallException e = errors.translate(new PermissionDeniedException("HTTP 403", response(403, "{\"detail\":\"Connector not activated\"}")));

    assertThat(e.getMessage()).isEqualTo("Tool 'forecast' of connector 'weather' could not run: access denied (HTTP 403): Connector not activated. "
        + "The connector may not be activated for this workspace or user, or the credentials 'work' lack the permission this tool needs.");
    assertThat(e.reason()).isEqualTo(Reason.PERMISSION);
  }

  @Test
  void notFound_saysTheToolMayBeGone() throws Exception {
    ConnectorToolCallException e = errors.translate(new NotFoundException("HTTP 404", response(404, "{\"detail\":\"Tool forecast not found\"}")));

    assertThat(e.getMessage()).isEqualTo("Tool 'forecast' of connector 'weather' was not found (HTTP 404): Tool forecast not found. "
        + "The tool or the connector may have been removed or renamed; the tool list will be fetched again.");
    assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
  }

  @Test
  void unprocessable_listsTheValidationErrors() throws Exception {
    ConnectorToolCallException e = errors.translate(new UnprocessableEntityException("HTTP 422", response(422, "{}"),
        List.of(ValidationError.of(List.of("body", "arguments", "days"), "Input should be a valid integer", "int_parsing"),
            ValidationError.of(List.of("body", "arguments", "city"), "Field required", "missing"))));

    assertThat(e.getMessage()).isEqualTo("Tool 'forecast' of connector 'weather' rejected the arguments (HTTP 422): "
        + "body.arguments.days: Input should be a valid integer; body.arguments.city: Field required. Fix the arguments and call the tool again.");
    assertThat(e.reason()).isEqualTo(Reason.REJECTED);
  }

  @Test
  void rateLimited_saysWhenToRetry() throws Exception {
    ConnectorToolCallException e = errors.translate(new RateLimitException("HTTP 429", response(429, "{}"), Duration.ofSeconds(12)));

    assertThat(e.getMessage()).isEqualTo("Tool 'forecast' of connector 'weather' is rate limited (HTTP 429); retry after 12 seconds.");
    assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
  }

  @Test
  void serverError_saysItWasNotRetriedAndLeavesOutTheServersInternals() throws Exception {
    String body = "{\"detail\":\"upstream https://mcp.internal.example:8443/rpc?key=abc failed with Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig\"}";
    ConnectorToolCallException e = errors.translate(new InternalServerException("HTTP 502 POST " + URL, response(502, body)));

    assertThat(e.getMessage()).isEqualTo("Tool 'forecast' of connector 'weather' failed with a server error (HTTP 502). "
        + "It was not retried because a tool may have side effects; try again later if that is safe.");
    assertThat(e.getMessage()).doesNotContain("mistral.ai", "mcp.internal", "eyJ");
    assertThat(e.reason()).isEqualTo(Reason.SERVER_ERROR);
  }

  @Test
  void serverErrorAfterRetries_saysHowManyRetriesFailed() throws Exception {
    ToolErrors retrying = new ToolErrors("weather", null, "forecast", Duration.ofSeconds(30), 2);

    assertThat(retrying.translate(new InternalServerException("HTTP 500", response(500, "{}"))).getMessage())
        .endsWith("(HTTP 500). It still failed after 2 retries.");
  }

  @Test
  void clientErrorDetails_areKeptButCleaned() throws Exception {
    String body = "{\"detail\": \"Invalid value, see https://docs.internal/x; token abc123def456\"}";

    assertThat(errors.translate(new io.github.mistral4j.core.BadRequestException("HTTP 400", response(400, body))).getMessage())
        .isEqualTo("Tool 'forecast' of connector 'weather' rejected the call (HTTP 400): Invalid value, see <url> token ****.");
  }

  @Test
  void timeout_warnsThatTheToolMayHaveRun() {
    ConnectorToolCallException e = errors.translate(new MistralIoException("timed out POST " + URL, new SocketTimeoutException(), true));

    assertThat(e.getMessage()).isEqualTo("Tool 'forecast' of connector 'weather' did not answer within 30 seconds. It may still have run: check its effect before calling it again.");
    assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
  }

  @Test
  void networkAndDecodingFailures_getPlainMessages() {
    assertThat(errors.translate(new MistralIoException("reset " + URL, null, false)).getMessage())
        .isEqualTo("Tool 'forecast' of connector 'weather' could not be reached: a network error occurred between the client and the Mistral API.");
    assertThat(errors.translate(new MistralInvalidDataException("bad json at " + URL, 200, null)).getMessage())
        .isEqualTo("Tool 'forecast' of connector 'weather' answered with a response that could not be read.");
  }

  @Test
  void unexpectedClientFailure_namesOnlyTheExceptionType() {
    IllegalStateException boom = new IllegalStateException("secret internals");
    ConnectorToolCallException e = errors.translate(boom);

    assertThat(e.getMessage()).isEqualTo("Tool 'forecast' of connector 'weather' failed in the client (IllegalStateException).");
    assertThat(e.getCause()).isNull();
    assertThat(e.getSuppressed()).containsExactly(boom);
  }

  @Test
  void toolError_passesTheToolsTextThrough() {
    assertThat(errors.toolError("City 'Atlantis' not found").getMessage()).isEqualTo("City 'Atlantis' not found");
    assertThat(errors.toolError(" ").getMessage()).isEqualTo("Tool 'forecast' of connector 'weather' reported an error without a message.");
    assertThat(errors.toolError("x").reason()).isEqualTo(Reason.TOOL_ERROR);
  }
}
