package io.github.mistral4j.core.internal;

import feign.FeignException;
import feign.Request;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.MistralIoException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a call failed with (a Feign exception on the blocking path, an I/O or decoding
 * failure on the async one) into the SDK exception callers see, with no secret in its message.
 */
final class Failures {
  /** Where a failure arose. */
  enum Stage {
    ENCODING,
    DECODING,
    EXCHANGE
  }

  private Failures() {}

  /**
   * The SDK exception for a Feign failure.
   *
   * @param e the failure
   * @param sent the request as last sent (with its per-attempt headers), when known
   */
  static RuntimeException translate(FeignException e, feign.@Nullable Request sent) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MistralException m) {
        return m;
      }
    }
    Stage stage =
        e instanceof feign.codec.EncodeException
            ? Stage.ENCODING
            : e instanceof feign.codec.DecodeException ? Stage.DECODING : Stage.EXCHANGE;
    return of(stage, e.getCause(), e.request(), e.status(), e, sent);
  }

  /**
   * The SDK exception for a failure of the async path.
   *
   * @param stage where it arose
   * @param failure the failure
   * @param request the request as Feign built it
   * @param status the response's status, or -1
   * @param sent the request as last sent, when known
   */
  static RuntimeException of(Stage stage, Throwable failure, Request request, int status, @Nullable Request sent) {
    if (failure instanceof MistralException m) {
      return m;
    }
    return of(stage, failure, request, status, failure, sent);
  }

  private static RuntimeException of(
      Stage stage, @Nullable Throwable cause, @Nullable Request request, int status, Throwable whole, @Nullable Request sent) {
    String where = request == null ? "the request" : HttpText.describe(request);
    if (cause instanceof ResponseTooLargeException tooLarge) {
      return new MistralIoException(tooLarge.getMessage(), tooLarge, false);
    }
    if (cause instanceof RequestRefusedException refused) {
      return new MistralException(refused.getMessage(), refused);
    }
    // a codec failure's text and causes may quote the body (Jackson's do): keep neither. Jackson's
    // exceptions are IOExceptions: they are no I/O failure
    if (stage == Stage.ENCODING) {
      return new IllegalArgumentException(
          "Could not encode the request body of " + where + problem(cause), JsonProblems.redacted(whole));
    }
    if (stage == Stage.DECODING || cause instanceof com.fasterxml.jackson.core.JsonProcessingException) {
      return new MistralInvalidDataException(
          "Could not decode the response of " + where + problem(cause), status, JsonProblems.redacted(whole));
    }
    if (cause instanceof IOException io) {
      boolean timeout = io instanceof HttpTimeoutException || io instanceof SocketTimeoutException;
      String what = timeout ? "Timed out" : "I/O error";
      Request secretsFrom = sent != null ? sent : request;
      List<String> secrets = secretsFrom == null ? List.of() : SecretMasker.secretsOf(secretsFrom, Json.mapper());
      String m = io.getMessage();
      // keep the I/O failure as the cause, unless its own message quotes a secret
      Throwable kept = m == null || SecretMasker.scrub(m, secrets).equals(m) ? io : JsonProblems.redacted(io);
      return new MistralIoException(what + " on " + where + ": " + describe(io, secrets), kept, timeout);
    }
    return new MistralException("Call failed on " + where + ": " + whole.getClass().getSimpleName(), whole);
  }

  private static String problem(@Nullable Throwable cause) {
    if (cause instanceof JsonProblems.Redacted r) {
      return ": " + r.description();
    }
    return cause == null ? "" : ": " + JsonProblems.describe(cause);
  }

  private static String describe(IOException e, List<String> secrets) {
    String m = e.getMessage();
    String name = e.getClass().getSimpleName();
    return m == null || m.isBlank() ? name : name + " (" + HttpText.scrubThenCut(m, secrets, 200) + ")";
  }
}
