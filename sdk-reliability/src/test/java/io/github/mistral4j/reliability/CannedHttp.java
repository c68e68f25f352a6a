package io.github.mistral4j.reliability;

import feign.Client;
import feign.Request;
import feign.Response;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP client that answers every request with a set answer and remembers the last request, so
 * that fuzz tests drive the SDK's real encoding, retrying, error mapping and decoding path without
 * a network. Plugged in with {@code ClientOptions.Builder.feignClient}; one thread at a time.
 */
final class CannedHttp implements Client {
  private int status = 200;
  private Map<String, Collection<String>> headers = Map.of();
  private byte[] body = new byte[0];
  private Request last;
  private int requests;

  /** Sets the answer to every following request. */
  CannedHttp answer(int status, Map<String, ? extends Collection<String>> headers, byte[] body) {
    this.status = status;
    Map<String, Collection<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    this.headers = copy;
    this.body = body.clone();
    this.last = null;
    this.requests = 0;
    return this;
  }

  CannedHttp answerJson(int status, byte[] body) {
    return answer(status, Map.of("Content-Type", List.of("application/json")), body);
  }

  @Override
  public Response execute(Request request, Request.Options options) {
    last = request;
    requests++;
    return Response.builder()
        .status(status)
        .reason("canned")
        .headers(headers)
        .body(body)
        .request(request)
        .protocolVersion(Request.ProtocolVersion.HTTP_1_1)
        .build();
  }

  /** The last request sent since {@link #answer}, or null. */
  Request last() {
    return last;
  }

  /** How many requests were sent since {@link #answer}. */
  int requests() {
    return requests;
  }
}
