package io.github.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.mistral4j.agents.ListAgentsParams;
import io.github.mistral4j.connectors.GetAuthUrlParams;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.RetryPolicy;
import io.github.mistral4j.core.internal.PathParams;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The path guard: no text given for a path parameter leaves its segment, and no text given for a
 * query parameter leaves its value. Checked on {@link PathParams} itself and on the raw URLs the
 * clients send (captured by {@link CannedHttp}, as WireMock would normalise nothing but prove
 * nothing either). Validators accept exactly their documented form and otherwise throw {@link
 * IllegalArgumentException} or {@link NullPointerException}, before any request.
 */
@SuppressWarnings("deprecation") // agents.list: deprecated by the API, its free-text query values still matter
class PathGuardFuzzTest {
  private static final Pattern UUID =
      Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
  private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");
  private static final Pattern ALIAS = Pattern.compile("^[a-z]([a-z0-9_-]*[a-z0-9])?$");
  private static final String BASE = "http://127.0.0.1:9";

  private static final CannedHttp http = new CannedHttp();
  private static final Clients clients =
      Clients.of(
          ClientOptions.builder()
              .apiKey(Fixtures.API_KEY)
              .baseUrl(BASE)
              .feignClient(http)
              .retryPolicy(RetryPolicy.none())
              .sleeper(d -> {})
              .build());

  @AfterAll
  static void close() {
    clients.close();
  }

  @FuzzTest(maxDuration = "10m")
  void anyText_staysInItsPathSegmentOrQueryValue(FuzzedDataProvider data) {
    checkText(data.consumeRemainingAsString());
  }

  @FuzzTest(maxDuration = "10m")
  void anyText_passesTheValidatorsOnlyInItsDocumentedForm(FuzzedDataProvider data) {
    checkValidators(data.consumeRemainingAsString());
  }

  @Test
  void randomTexts_neverLeaveTheirSegmentOrValue() {
    Random random = new Random(7);
    for (int i = 0; i < 3000; i++) {
      String text = randomText(random);
      checkValidators(text);
      checkText(text);
    }
  }

  @Test
  void unpairedSurrogate_isRefusedRatherThanSentAsAnotherName() {
    String name = "a\uD800b";
    Throwable thrown = catchAll(() -> PathParams.segment("tool_name", name));
    if (thrown == null) {
      assertThat(percentDecode(PathParams.encodeSegment(name))).as("name sent").isEqualTo(name);
    } else {
      assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    }
  }

  
  @Test
  void queryValueWithPercentEscape_reachesTheServerUnchanged() {
    // the page-numbered listing always sends page and page_size (its defaults when unset)
    Map<String, String> expected = Map.of("search", "100%25", "name", "a%2Fb", "page", "0", "page_size", "20");
    assertPath(() -> clients.agents().list(ListAgentsParams.builder().search("100%25").name("a%2Fb").build()),
        Fixtures.AGENTS, List.of("v1", "agents"), expected, "100%25", true);
    assertPath(() -> clients.connectors().getAuthUrl("weather", GetAuthUrlParams.builder().credentialsTitle("50%25").build()),
        Fixtures.AUTH_URL, List.of("v1", "connectors", "weather", "auth_url"), Map.of("credentials_title", "50%25"),
        "50%25", true);
  }

  @Test
  void queryValueWithPercentEscapeAndCharactersToEncode_reachesTheServerUnchanged() {
    String returnUrl = "https://app.example.com/cb?next=%2Fhome&x=1";
    assertPath(() -> clients.connectors().getAuthUrl("weather", GetAuthUrlParams.builder().appReturnUrl(returnUrl).build()),
        Fixtures.AUTH_URL, List.of("v1", "connectors", "weather", "auth_url"), Map.of("app_return_url", returnUrl),
        returnUrl, true);
  }

  // ---- the checks --------------------------------------------------------------------------

  static void checkValidators(String text) {
    accepted("uuid", () -> PathParams.uuid("connector_id", text), v -> UUID.matcher(v).matches());
    accepted("name", () -> PathParams.name("credentials_name", text), v -> NAME.matcher(v).matches());
    accepted("uuidOrName", () -> PathParams.uuidOrName("connector_id_or_name", text),
        v -> UUID.matcher(v).matches() || NAME.matcher(v).matches());
    accepted("alias", () -> PathParams.alias("alias", text), v -> v.length() <= 64 && ALIAS.matcher(v).matches());
    accepted("segment", () -> PathParams.segment("tool_name", text),
        v -> !v.isEmpty() && !v.equals(".") && !v.equals("..") && v.length() <= 1024
            && v.chars().noneMatch(c -> c < 0x20 || c == 0x7f));
  }

  static void checkText(String text) {
    if (catchAll(() -> PathParams.segment("tool_name", text)) == null) {
      String encoded = PathParams.encodeSegment(text);
      assertThat(isEncodedSegment(encoded)).as("encoded %s is %s", show(text), encoded).isTrue();
      assertThat(encoded).isNotIn(".", "..");
      if (isWellFormed(text)) {
        assertThat(percentDecode(encoded)).as("decoded segment").isEqualTo(text);
      }
      assertPath(() -> clients.connectors().tools().call("weather", text, Map.of()), Fixtures.TOOL_CALL,
          List.of("v1", "connectors", "weather", "tools", encoded, "call"), Map.of(), text);
      assertPath(() -> clients.agents().get(text), Fixtures.AGENT, List.of("v1", "agents", encoded), Map.of(), text);
      assertPath(() -> clients.agents().versions().get(Fixtures.AGENT_ID, text), Fixtures.AGENT,
          List.of("v1", "agents", Fixtures.AGENT_ID, "versions", encoded), Map.of(), text);
    } else {
      assertNoRequest(() -> clients.connectors().tools().call("weather", text, Map.of()), text);
      assertNoRequest(() -> clients.agents().get(text), text);
    }
    if (isWellFormed(text)) {
      assertPath(() -> clients.agents().list(ListAgentsParams.builder().search(text).name(text).build()), Fixtures.AGENTS,
          List.of("v1", "agents"), Map.of("name", text, "search", text, "page", "0", "page_size", "20"), text);
      Map<String, String> authQuery = new LinkedHashMap<>();
      authQuery.put("app_return_url", text);
      Throwable titleRefused = catchAll(() -> GetAuthUrlParams.builder().credentialsTitle(text));
      if (titleRefused == null) {
        authQuery.put("credentials_title", text);
      }
      GetAuthUrlParams.Builder params = GetAuthUrlParams.builder().appReturnUrl(text);
      if (titleRefused == null) {
        params.credentialsTitle(text);
      }
      assertPath(() -> clients.connectors().getAuthUrl("weather", params.build()), Fixtures.AUTH_URL,
          List.of("v1", "connectors", "weather", "auth_url"), authQuery, text);
    } else {
      // an unpaired surrogate cannot be sent as given (UTF-8 would turn it into '?'): refused, naming the parameter
      assertQueryRefused(() -> clients.agents().list(ListAgentsParams.builder().search(text).build()), "search", text);
      assertQueryRefused(() -> clients.connectors().getAuthUrl("weather", GetAuthUrlParams.builder().appReturnUrl(text).build()),
          "app_return_url", text);
      assertQueryRefused(() -> clients.connectors().list(io.github.mistral4j.connectors.ListConnectorsParams.builder().cursor(text).build()),
          "cursor", text);
    }
  }

  private static void assertQueryRefused(Runnable call, String parameter, String text) {
    assertNoRequest(call, text);
    assertThat(catchAll(call)).hasMessageStartingWith(parameter + " must not contain an unpaired UTF-16 surrogate");
  }

  /** Runs a call answered with {@code body}; the raw URL sent has exactly these segments and query values. */
  private static void assertPath(
      Runnable call, String body, List<String> segments, Map<String, String> query, String text) {
    assertPath(call, body, segments, query, text, false);
  }

  private static void assertPath(
      Runnable call, String body, List<String> segments, Map<String, String> query, String text, boolean strict) {
    http.answerJson(200, body.getBytes(StandardCharsets.UTF_8));
    call.run();
    assertThat(http.requests()).isEqualTo(1);
    String url = http.last().url();
    assertThat(url).as("URL sent for %s", show(text)).startsWith(BASE + "/").doesNotContain("#");
    URI uri = URI.create(url); // the raw URL must be a valid URI
    String rawPath = uri.getRawPath();
    assertThat(rawPath.substring(1).split("/", -1)).as("path segments of %s", url).containsExactlyElementsOf(segments);
    String rawQuery = uri.getRawQuery();
    Map<String, String> sent = new LinkedHashMap<>();
    if (rawQuery != null) {
      assertThat(rawQuery).as("raw query of %s", url).doesNotContain("+");
      for (String pair : rawQuery.split("&", -1)) {
        int eq = pair.indexOf('=');
        // a key without '=' is an empty value, as servers read it
        String key = percentDecode(eq < 0 ? pair : pair.substring(0, eq));
        assertThat(sent.put(key, eq < 0 ? "" : percentDecode(pair.substring(eq + 1))))
            .as("repeated query parameter %s in %s", key, url)
            .isNull();
      }
    }
    assertThat(sent.keySet()).as("query parameters of %s", url).containsExactlyInAnyOrderElementsOf(query.keySet());
    if (strict || !hasPercentEscape(text)) { // known bug otherwise: see queryValueWithPercentEscape_reachesTheServerUnchanged
      assertThat(sent).as("query of %s", url).isEqualTo(query);
    }
  }

  private static void assertNoRequest(Runnable call, String text) {
    http.answerJson(200, Fixtures.AGENT.getBytes(StandardCharsets.UTF_8));
    Throwable thrown = catchAll(call);
    assertThat(thrown).as("refused %s", show(text)).isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class);
    assertThat(http.requests()).as("requests sent for refused %s", show(text)).isZero();
  }

  private static void accepted(String validator, Supplier<String> check, java.util.function.Predicate<String> rule) {
    String value;
    try {
      value = check.get();
    } catch (IllegalArgumentException | NullPointerException refused) {
      assertThat(refused.getMessage()).as("%s refusal names the parameter", validator).isNotBlank();
      return;
    }
    assertThat(rule.test(value)).as("%s accepted %s", validator, show(value)).isTrue();
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static @Nullable Throwable catchAll(Runnable call) {
    try {
      call.run();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  /** Only RFC 3986 unreserved characters and upper-case %XX escapes, at least one character. */
  private static boolean isEncodedSegment(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~';
      if (unreserved) {
        continue;
      }
      if (c != '%' || i + 2 >= s.length() || "0123456789ABCDEF".indexOf(s.charAt(i + 1)) < 0
          || "0123456789ABCDEF".indexOf(s.charAt(i + 2)) < 0) {
        return false;
      }
      i += 2;
    }
    return true;
  }

  private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");

  private static boolean hasPercentEscape(String s) {
    return PERCENT_ESCAPE.matcher(s).find();
  }

  private static boolean isWellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** Strict percent-decoding as UTF-8 ('+' stays '+'). */
  static String percentDecode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        assertThat(i + 2).as("truncated escape in %s", s).isLessThan(s.length());
        out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        assertThat((int) c).as("raw character in %s", s).isLessThan(0x80);
        out.write(c);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String show(String s) {
    StringBuilder b = new StringBuilder("'");
    s.codePoints().limit(80).forEach(cp -> {
      if (cp < 0x20 || cp == 0x7f || (cp >= 0xd800 && cp <= 0xdfff)) {
        b.append(String.format("\\u%04x", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.append(s.length() > 80 ? "...'" : "'").toString();
  }

  private static final String[] PIECES = {
    "/", "\\", "?", "#", "%", "%2F", "%2f", "%25", "%00", ".", "..", "../", "./", "&", "=", "+", ";", " ", "\t",
    "{", "}", "{x}", "~", "é", "\u00a0", "\u202e", "😀", "\uD800", "\uDC00", "\u0000", "\u007f", "a", "Z", "0",
    "_", "-", "http://h/", "?a=b&c=d", "#frag", "%zz", "%%", "//", "\r\n"
  };

  /** A text made of pieces that matter to URLs, with some random characters. */
  static String randomText(Random random) {
    StringBuilder b = new StringBuilder();
    int parts = 1 + random.nextInt(8);
    for (int i = 0; i < parts; i++) {
      if (random.nextInt(4) == 0) {
        b.append((char) random.nextInt(0x3000));
      } else {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    if (random.nextInt(50) == 0) {
      b.append("x".repeat(1000 + random.nextInt(100)));
    }
    return b.toString();
  }
}
