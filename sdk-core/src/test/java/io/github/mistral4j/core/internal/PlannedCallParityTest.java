package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.Feign;
import feign.FeignException;
import feign.Param;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import feign.Retryer;
import feign.Target;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A planned call ends as Feign's handler ends it, for every kind of answer: the same result, or
 * the same exception (class, message, status), and the same {@link io.github.mistral4j.core.MistralException}
 * once {@link Failures#translate} has mapped it.
 */
class PlannedCallParityTest {
  interface Api {
    @RequestLine("GET /v1/things/{id}")
    JsonNode get(@Param("id") String id);

    @RequestLine("DELETE /v1/things/{id}")
    void delete(@Param("id") String id);

    @RequestLine("GET /v1/things/{id}/name")
    String name(@Param("id") String id);
  }

  /** What the client does with the request. */
  enum Answer {
    JSON(200, "{\"a\":1}"),
    NULL(200, "null"),
    BROKEN(200, "{\"a\":"),
    EMPTY(200, ""),
    NO_CONTENT(204, ""),
    NOT_FOUND(404, "{\"detail\":\"no such thing\"}"),
    UNPROCESSABLE(422, "{\"detail\":[{\"loc\":[\"body\",\"name\"],\"msg\":\"bad\",\"type\":\"x\"}]}"),
    RATE_LIMITED(429, "{}"),
    SERVER_ERROR(500, "oops"),
    REDIRECT(302, ""),
    UNREADABLE(200, null),
    IO_FAILURE(-1, null),
    CONNECT_FAILURE(-2, null),
    RUNTIME_FAILURE(-3, null);

    final int status;
    final @Nullable String body;

    Answer(int status, @Nullable String body) {
      this.status = status;
      this.body = body;
    }
  }

  private final ObjectMapper mapper = Json.mapper();

  @ParameterizedTest
  @EnumSource(Answer.class)
  void aPlannedCall_endsAsFeignsHandlerEndsIt(Answer answer) {
    List<Function<Api, Object>> calls =
        List.of(api -> api.get("t1"), api -> {
          api.delete("t1");
          return "done";
        }, api -> api.name("t1"));
    for (Sent sent : Sent.values()) {
      for (Function<Api, Object> call : calls) {
        assertThat(outcome(proxy(true, answer, sent), call))
            .as("%s", sent)
            .isEqualTo(outcome(proxy(false, answer, sent), call));
      }
    }
  }

  /** The request the client's answer names: the SDK's client answers with the request it sent. */
  enum Sent {
    AS_BUILT,
    WITH_HEADERS,
    ELSEWHERE;

    Request of(Request built) {
      if (this == AS_BUILT) {
        return built;
      }
      Map<String, Collection<String>> headers = new LinkedHashMap<>(built.headers());
      headers.put("Authorization", List.of("Bearer sk-sent-key-SECRET-7"));
      String url = this == ELSEWHERE ? built.url().replace("https://api.example.com", "https://proxy.example.com/mistral")
          : built.url();
      return Request.create(built.httpMethod(), url, headers, built.body(), built.charset(), built.requestTemplate());
    }
  }

  private String outcome(Api api, Function<Api, Object> call) {
    try {
      return "result " + call.apply(api);
    } catch (FeignException e) {
      RuntimeException translated = Failures.translate(e, CallContext.lastSent());
      // Feign's own read failure is a plain FeignException, whose constructors only a subclass can call
      Class<?> type = e instanceof PlannedCall.ReadFailed ? FeignException.class : e.getClass();
      return type.getName() + " " + e.status() + " " + e.getMessage()
          + " -> " + translated.getClass().getName() + ": " + translated.getMessage();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private Api proxy(boolean planned, Answer answer, Sent sent) {
    JsonCodec codec = new JsonCodec(mapper);
    ErrorMapper errors = new ErrorMapper(mapper, Clock.systemUTC());
    Request.Options options = new Request.Options(1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS, false);
    Client client = (request, o) -> respond(sent.of(request), answer);
    Feign.Builder builder =
        Feign.builder()
            .client(client)
            .encoder(codec)
            .decoder(codec)
            .errorDecoder(errors)
            .retryer(Retryer.NEVER_RETRY)
            .contract(new SdkContract())
            .options(options);
    if (planned) {
      builder.invocationHandlerFactory(new RequestPlans(new SdkContract(), codec, errors, client, options));
    }
    return builder.build().newInstance(new Target.HardCodedTarget<>(Api.class, "https://api.example.com"));
  }

  private static Response respond(Request request, Answer answer) throws IOException {
    switch (answer) {
      case IO_FAILURE:
        throw new IOException("connection reset");
      case CONNECT_FAILURE:
        throw new ConnectException("connection refused");
      case RUNTIME_FAILURE:
        throw new IllegalStateException("client broken");
      default:
        break;
    }
    Response.Builder response =
        Response.builder()
            .status(answer.status)
            .headers(Map.of("content-type", List.of("application/json"), "retry-after", List.of("1")))
            .request(request);
    if (answer.body == null) {
      response.body(new Unreadable());
    } else {
      response.body(new BytesBody(answer.body.getBytes(StandardCharsets.UTF_8)));
    }
    return response.build();
  }

  /** A body whose reading fails. */
  private static final class Unreadable implements Response.Body {
    @Override
    public Integer length() {
      return null;
    }

    @Override
    public boolean isRepeatable() {
      return false;
    }

    @Override
    public InputStream asInputStream() throws IOException {
      throw new IOException("stream closed");
    }

    @Override
    public java.io.Reader asReader(java.nio.charset.Charset charset) throws IOException {
      throw new IOException("stream closed");
    }

    @Override
    public void close() {}
  }
}
