package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.Feign;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import feign.Retryer;
import feign.Target;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The request a plan builds is the request Feign's own engine builds, for the same contract and
 * arguments: method, URL, headers, body bytes and charset, or the same exception, over thousands
 * of argument combinations, hostile values included (slashes, dots, {@code %}, commas, braces,
 * empty strings and collections, non-ASCII text, unpaired surrogates, nulls).
 */
class RequestPlanParityTest {
  static final String BASE = "https://api.example.com/base/";

  @Headers("X-Fixed: fixed")
  interface ProbeApi {
    @RequestLine("GET /v1/things/{id}/items/{item}?q={q}&tags={tags}&n={n}&flag={flag}&fixed=1&bare")
    @Headers({"X-Trace: {trace}", "X-Mixed: pre-{trace}-{n}"})
    JsonNode get(
        @Param("id") @Nullable String id,
        @Param("item") @Nullable String item,
        @Param("q") @Nullable String q,
        @Param("tags") @Nullable List<String> tags,
        @Param("n") @Nullable Integer n,
        @Param("flag") @Nullable Boolean flag,
        @Param("trace") @Nullable String trace);

    @RequestLine("POST /v1/things/{id}/call?mode={mode}")
    JsonNode post(@Param("id") @Nullable String id, @Param("mode") @Nullable String mode, @Nullable Map<String, Object> body);

    @RequestLine("PATCH /v1/things/{id}")
    JsonNode patch(@Param("id") @Nullable String id, @Nullable JsonNode body);

    @RequestLine("DELETE /v1/things/{id}?id={id}")
    void delete(@Param("id") @Nullable String id);

    @RequestLine("GET /v1/raw/{id}/x?v={v}&w={w}")
    @Headers({"X-List: {w}", "X-Value: {v}"})
    JsonNode raw(
        @Param(value = "id", expander = Plain.class) @Nullable String id,
        @Param(value = "v", expander = Plain.class) @Nullable String v,
        @Param(value = "w", expander = Plain.class) @Nullable List<String> w);

    @RequestLine("GET /v1/map?a={a}")
    JsonNode queryMap(@Param("a") @Nullable String a, @QueryMap Map<String, Object> more);
  }

  /** Feign's default expansion (the value's text), so that Feign's own encoding rules are exercised. */
  public static final class Plain implements Param.Expander {
    @Override
    public String expand(Object value) {
      return String.valueOf(value);
    }
  }

  private static final String[] TEXTS = {
    "", "a", "A-z_0.9~", "a b", "a/b", "../x", ".", "..", "%", "100%", "%41", "%41%", "%zz", "%2F", "%2f", "%FF",
    "a,b", ",", ",,", "a,", ",a", "a&b=c", "?#", "{x}", "{", "}", "é", "日本", "\uD83D\uDE00", "\uD800", "+", "'\"<>", " ", "x\ty"
  };

  private final ObjectMapper mapper = Json.mapper();
  private final Capture capture = new Capture();
  private final Random random = new Random(20261206L);

  @Test
  void everyMethodOfTheProbe_butTheQueryMapOne_hasAPlan() {
    assertThat(RequestPlans.unplannable(ProbeApi.class)).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("ProbeApi#queryMap(String,Map): a @QueryMap");
  }

  @Test
  void aKnownRequest_asFeignBuildsIt() {
    proxy(true).get("a b", "x/y", "", List.of(), 7, null, "t");
    Request request = java.util.Objects.requireNonNull(capture.last);
    // "" is marked until RetryingClient prepares the request (q=); Feign sends an empty list as a bare name
    assertThat(request.url())
        .isEqualTo("https://api.example.com/base/v1/things/a%20b/items/x%2Fy?q=%FF&tags&n=7&fixed=1&bare");
    assertThat(request.headers())
        .containsEntry("X-Fixed", List.of("fixed"))
        .containsEntry("X-Trace", List.of("t"))
        .containsEntry("X-Mixed", List.of("pre-t-7"))
        .hasSize(3);
    assertThat(request.body()).isNull();
  }

  @Test
  void get_pathQueryHeadersCollectionsAndEmptyValues() {
    compare(3000, api -> api.get(text(), text(), text(), texts(), number(), bool(), text()));
  }

  @Test
  void post_andPatch_bodies() {
    compare(1000, api -> api.post(text(), text(), body()));
    compare(300, api -> api.patch(text(), random.nextInt(4) == 0 ? null : mapper.createObjectNode().put("k", text())));
  }

  @Test
  void delete_aParameterInThePathAndTheQuery() {
    compare(500, api -> {
      api.delete(text());
      return null;
    });
  }

  @Test
  void raw_feignsOwnEncodingOfUnencodedValues() {
    compare(3000, api -> api.raw(text(), text(), texts()));
  }

  @Test
  void aMethodWithoutAPlan_runsOnFeignsEngine() {
    compare(200, api -> api.queryMap(text(), random.nextBoolean() ? Map.of() : Map.of("b", "x y")));
  }

  @Test
  void proxies_compareAndPrintAsFeignsDo() {
    ProbeApi one = proxy(true);
    assertThat(one.toString()).isEqualTo(proxy(false).toString());
    assertThat(one).isEqualTo(proxy(true)).hasSameHashCodeAs(proxy(true));
  }

  private void compare(int times, Function<ProbeApi, Object> call) {
    ProbeApi feign = proxy(false);
    ProbeApi planned = proxy(true);
    for (int i = 0; i < times; i++) {
      long seed = random.nextLong();
      random.setSeed(seed);
      Outcome expected = outcome(feign, call);
      random.setSeed(seed);
      Outcome actual = outcome(planned, call);
      assertThat(actual).as("call %d (seed %d)", i, seed).isEqualTo(expected);
    }
  }

  private Outcome outcome(ProbeApi api, Function<ProbeApi, Object> call) {
    capture.last = null;
    String failure = null;
    try {
      call.apply(api);
    } catch (RuntimeException e) {
      failure = e.getClass().getName() + ": " + e.getMessage();
    }
    Request r = capture.last;
    if (r == null) {
      return new Outcome(null, null, null, null, null, null, failure);
    }
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    r.headers().forEach((k, v) -> headers.put(k, new ArrayList<>(v)));
    return new Outcome(
        r.httpMethod().name(),
        r.url(),
        headers,
        r.body() == null ? null : Arrays.toString(r.body()),
        r.charset() == null ? null : r.charset().name(),
        r.requestTemplate().methodMetadata().configKey(),
        failure);
  }

  private record Outcome(
      @Nullable String method,
      @Nullable String url,
      @Nullable Map<String, List<String>> headers,
      @Nullable String body,
      @Nullable String charset,
      @Nullable String configKey,
      @Nullable String failure) {}

  private ProbeApi proxy(boolean planned) {
    JsonCodec codec = new JsonCodec(mapper);
    ErrorMapper errors = new ErrorMapper(mapper, Clock.systemUTC());
    Request.Options options = new Request.Options(1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS, false);
    Feign.Builder builder =
        Feign.builder()
            .client(capture)
            .encoder(codec)
            .decoder(codec)
            .errorDecoder(errors)
            .retryer(Retryer.NEVER_RETRY)
            .contract(new SdkContract())
            .options(options);
    if (planned) {
      builder.invocationHandlerFactory(new RequestPlans(new SdkContract(), codec, errors, capture, options));
    }
    return builder.build().newInstance(new Target.HardCodedTarget<>(ProbeApi.class, BASE));
  }

  private @Nullable String text() {
    int pick = random.nextInt(TEXTS.length + 3);
    if (pick == TEXTS.length) {
      return null;
    }
    if (pick > TEXTS.length) {
      return TEXTS[random.nextInt(TEXTS.length)] + TEXTS[random.nextInt(TEXTS.length)];
    }
    return TEXTS[pick];
  }

  private @Nullable List<String> texts() {
    int size = random.nextInt(5) - 1;
    if (size < 0) {
      return null;
    }
    List<String> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      list.add(text());
    }
    return list;
  }

  private @Nullable Integer number() {
    return random.nextInt(4) == 0 ? null : random.nextInt(200) - 100;
  }

  private @Nullable Boolean bool() {
    int pick = random.nextInt(3);
    return pick == 0 ? null : pick == 1;
  }

  private @Nullable Map<String, Object> body() {
    if (random.nextInt(5) == 0) {
      return null;
    }
    Map<String, Object> body = new HashMap<>();
    body.put("k", text());
    body.put("n", number());
    return body;
  }

  /** Records the request it is given and answers {@code {}}. */
  static final class Capture implements Client {
    volatile @Nullable Request last;

    @Override
    public Response execute(Request request, Request.Options options) {
      last = request;
      return Response.builder()
          .status(200)
          .headers(Map.of("content-type", List.of("application/json")))
          .body("{}", StandardCharsets.UTF_8)
          .request(request)
          .build();
    }
  }
}
