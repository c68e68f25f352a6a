package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.MistralIoException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonCodecTest {
  private static final String TOKEN = "sk_live_server_token_SECRET_5";

  record Token(String name, int ttl, OffsetDateTime expiresAt, List<Integer> scopes) {}

  private static Request request() {
    return Request.create(Request.HttpMethod.GET, "https://api.example.com/v1/tokens/t1",
        Map.of("Authorization", List.of("Bearer sk-request-key-SECRET-6")), null, StandardCharsets.UTF_8, null);
  }

  private static Response ok(String body) {
    return Response.builder().status(200).request(request()).headers(Map.of()).body(body, StandardCharsets.UTF_8).build();
  }

  /** Every message and toString along the cause chain. */
  private static String everything(Throwable t) {
    List<String> out = new ArrayList<>();
    for (Throwable c = t; c != null; c = c.getCause()) {
      out.add(String.valueOf(c.getMessage()));
      out.add(c.toString());
      for (Throwable s : c.getSuppressed()) {
        out.add(everything(s));
      }
    }
    return String.join("\n", out);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"name\":\"n\",\"ttl\":\"" + TOKEN + "\"}",                // wrong type: Jackson quotes the string
      "{\"name\":\"n\",\"expiresAt\":\"" + TOKEN + "\"}",          // invalid date: DateTimeParseException quotes it
      "{\"name\":" + TOKEN + "}",                                   // unquoted: "Unrecognized token 'sk_live_...'"
      "{\"name\":\"n\",\"scopes\":[1,\"" + TOKEN + "\"]}",         // wrong item type in a list
      "{\"name\":[\"" + TOKEN + "\"]}"})                            // array for a string
  void decodeFailure_neverQuotesTheBody(String body) {
    Throwable e = catchThrowable(() -> new JsonCodec(Json.mapper()).decode(ok(body), Token.class));

    assertThat(e).isInstanceOf(MistralInvalidDataException.class);
    assertThat(everything(e)).doesNotContain(TOKEN).doesNotContain("sk_live").doesNotContain("SECRET_5");
    assertThat(e.getMessage()).startsWith("Could not decode the response of GET /v1/tokens/t1 as ").contains("line 1");
  }

  @Test
  void decodeFailure_saysWhatAndWhere() {
    Throwable e = catchThrowable(() -> new JsonCodec(Json.mapper()).decode(ok("{\"name\":\"n\",\"scopes\":[1,\"" + TOKEN + "\"]}"), Token.class));

    assertThat(e.getMessage()).contains("invalid format (expected Integer) at $.scopes[1] (line 1, column");
  }

  static final class Leaky {
    public String getValue() {
      throw new IllegalStateException("cannot use " + TOKEN);
    }
  }

  @Test
  void encodeFailure_neverQuotesTheValue() {
    Throwable e = catchThrowable(() -> new JsonCodec(Json.mapper()).encode(new Leaky(), Leaky.class, new RequestTemplate()));

    assertThat(e).isInstanceOf(feign.codec.EncodeException.class);
    assertThat(everything(e)).doesNotContain(TOKEN).contains("$.value");
  }

  @Test
  void translate_keepsNoCodecTextInTheCauses() {
    IOException jackson;
    try {
      Json.mapper().readValue("{\"ttl\":\"" + TOKEN + "\"}", Token.class);
      throw new AssertionError("should fail");
    } catch (IOException io) {
      jackson = io;
    }
    feign.codec.DecodeException decode = new feign.codec.DecodeException(200, jackson.getMessage(), request(), jackson);

    RuntimeException translated = Failures.translate(decode, CallContext.lastSent());

    assertThat(translated).isInstanceOf(MistralInvalidDataException.class);
    assertThat(everything(translated)).doesNotContain(TOKEN).contains("invalid format (expected int) at $.ttl");
  }

  @Test
  void translate_scrubsTheRequestSecretsFromAnIoMessage_beforeCuttingIt() {
    String key = "sk-request-key-SECRET-6";
    IOException io = new IOException("x".repeat(190) + key + " was refused"); // the 200-character cut falls in the key
    feign.RetryableException failure =
        new feign.RetryableException(-1, io.getMessage(), Request.HttpMethod.GET, io, (Long) null, request());

    RuntimeException translated = Failures.translate(failure, CallContext.lastSent());

    assertThat(translated).isInstanceOf(MistralIoException.class);
    assertThat(everything(translated)).doesNotContain(key.substring(0, 6));
  }
}
