package io.github.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mistral4j.core.AuthenticationException;
import io.github.mistral4j.core.BadRequestException;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.ConflictException;
import io.github.mistral4j.core.InternalServerException;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.MistralServiceException;
import io.github.mistral4j.core.NotFoundException;
import io.github.mistral4j.core.PermissionDeniedException;
import io.github.mistral4j.core.RateLimitException;
import io.github.mistral4j.core.RequestOptions;
import io.github.mistral4j.core.RetryPolicy;
import io.github.mistral4j.core.UnexpectedStatusException;
import io.github.mistral4j.core.UnprocessableEntityException;
import io.github.mistral4j.core.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Response decoding of every response model through the SDK's real path (Feign proxy, retrying
 * client, codec, error mapping), fed by {@link CannedHttp} instead of a network: any 2xx body ends in
 * a result or {@link MistralInvalidDataException}, any error answer in the service exception of its
 * status; nothing else ever escapes. A decoded result can be printed, compared and written back.
 *
 * <p>In the normal build the fuzz tests replay their seed corpus (regression mode); {@code
 * JAZZER_FUZZ=1} fuzzes (see the module README). {@link #mutatedFixtures_decodeOrFailAsInvalidData}
 * adds several thousand systematic mutations of the valid answers to every build.
 */
class ResponseDecodingFuzzTest {
  private static final CannedHttp http = new CannedHttp();
  private static final Clients clients =
      Clients.of(
          ClientOptions.builder()
              .apiKey(Fixtures.API_KEY)
              .baseUrl("http://127.0.0.1:9")
              .feignClient(http)
              .retryPolicy(RetryPolicy.none())
              .sleeper(d -> {})
              .build());

  /** Operations that decode a body (void ones ignore it). */
  private static final List<Operation> DECODING =
      Operations.all().stream().filter(op -> !op.returnsNothing()).toList();

  @AfterAll
  static void close() {
    clients.close();
  }

  @FuzzTest(maxDuration = "10m")
  void anyBody_decodesOrFailsAsInvalidData(byte[] input) {
    FuzzInput in = FuzzInput.of(input);
    Operation op = in.operation(DECODING);
    checkDecoding(op, in.rest());
  }

  @FuzzTest(maxDuration = "10m")
  void anyErrorAnswer_isTheServiceExceptionOfItsStatus(byte[] input) {
    FuzzInput in = FuzzInput.of(input);
    Operation op = in.operation(Operations.all());
    int status = in.errorStatus();
    Map<String, List<String>> headers = in.headers();
    byte[] body = in.rest();
    http.answer(status, headers, body);

    Throwable thrown = invoke(op).failure();

    assertThat(thrown).as("%s answered %d", op, status).isExactlyInstanceOf(exceptionFor(status));
    MistralServiceException e = (MistralServiceException) thrown;
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.getMessage()).contains("HTTP " + status);
    assertThat(e.toString()).isNotBlank();
    assertThat(e.method()).isEqualTo(op.method());
    if (e instanceof UnprocessableEntityException u) {
      u.validationErrors().forEach(v -> assertThat(v.toString()).isNotNull());
    }
    if (e instanceof RateLimitException r && r.retryAfter() != null) {
      assertThat(r.retryAfter().isNegative()).as("negative Retry-After").isFalse();
    }
  }

  @Test
  void mutatedFixtures_decodeOrFailAsInvalidData() throws JsonProcessingException {
    int checked = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Operation op : DECODING) {
      // one operation per answer and way of reading it: the others decode the same bytes the same way
      String way = op.name().contains("listAll") ? "pager" : op.name().contains("Pretty") ? "json" : "model";
      if (op.name().startsWith("async") || !seen.add(way + op.okBody())) {
        continue;
      }
      JsonNode valid = Json.mapper().readTree(op.okBody());
      for (JsonNode mutant : mutants(valid)) {
        checkDecoding(op, Json.mapper().writeValueAsBytes(mutant));
        checked++;
      }
    }
    assertThat(checked).as("mutants decoded").isGreaterThan(3000);
  }

  /** The check shared by the fuzz test and the mutation test. */
  static void checkDecoding(Operation op, byte[] body) {
    http.answerJson(200, body);
    Outcome outcome = invoke(op);
    if (outcome.failure() != null) {
      if (!(outcome.failure() instanceof MistralInvalidDataException invalid)) {
        throw new AssertionError(
            op + " let " + outcome.failure() + " escape for body " + preview(body), outcome.failure());
      }
      assertThat(invalid.statusCode()).isEqualTo(200);
      assertThat(invalid.toString()).isNotBlank();
      return;
    }
    Object result = outcome.result();
    assertThat(result).as("result of %s for body %s", op, preview(body)).isNotNull();
    assertThat(result).isEqualTo(result);
    assertThat(result.hashCode()).isEqualTo(result.hashCode());
    assertThat(result.toString()).isNotNull();
    try {
      Json.mapper().writeValueAsBytes(result);
    } catch (JsonProcessingException e) {
      throw new AssertionError(op + " decoded " + preview(body) + " into a result that cannot be written back", e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decodingOperations")
  void jsonNullBody_isInvalidData(Operation op) {
    http.answerJson(200, "null".getBytes(StandardCharsets.UTF_8));

    assertThat(invoke(op).failure()).as("%s given 'null'", op).isInstanceOf(MistralInvalidDataException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listOperations")
  void nullListItem_isInvalidData(Operation op) {
    http.answerJson(200, "[null]".getBytes(StandardCharsets.UTF_8));

    Outcome outcome = invoke(op);

    assertThat(outcome.failure()).as("%s given [null] returned %s", op, outcome.result())
        .isInstanceOf(MistralInvalidDataException.class);
  }

  static List<Operation> listOperations() {
    return DECODING.stream().filter(op -> op.okBody().strip().startsWith("[")).toList();
  }

  static List<Operation> decodingOperations() {
    return DECODING;
  }



  private static Outcome invoke(Operation op) {
    try {
      return new Outcome(op.call().invoke(clients, RequestOptions.none()), null);
    } catch (CompletionException e) {
      return new Outcome(null, e.getCause() == null ? e : e.getCause());
    } catch (RuntimeException e) {
      return new Outcome(null, e);
    }
  }

  private record Outcome(@Nullable Object result, @Nullable Throwable failure) {}

  static Class<? extends MistralServiceException> exceptionFor(int status) {
    return switch (status) {
      case 400 -> BadRequestException.class;
      case 401 -> AuthenticationException.class;
      case 403 -> PermissionDeniedException.class;
      case 404 -> NotFoundException.class;
      case 409 -> ConflictException.class;
      case 422 -> UnprocessableEntityException.class;
      case 429 -> RateLimitException.class;
      default -> status >= 500 ? InternalServerException.class : UnexpectedStatusException.class;
    };
  }

  private static String preview(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  // ---- systematic mutations of a valid answer -----------------------------------------------

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** What replaces a node: JSON null, a value of another type, an unknown union variant, a huge number. */
  private static List<JsonNode> replacements(JsonNode node) {
    List<JsonNode> r = new ArrayList<>();
    r.add(NODES.nullNode());
    if (node.isTextual()) {
      r.add(NODES.numberNode(-1));
    } else if (node.isNumber()) {
      r.add(NODES.textNode(""));
      r.add(NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")));
    } else if (node.isBoolean()) {
      r.add(NODES.textNode("yes"));
    } else if (node.isArray()) {
      r.add(NODES.objectNode());
      r.add(NODES.arrayNode().add(NODES.textNode("?")));
    } else if (node.isObject()) {
      r.add(NODES.arrayNode());
      r.add(NODES.objectNode().put("type", "unknown_variant"));
    }
    return r;
  }

  /** For each node: removed (object members), and replaced by each of its replacements. */
  static List<JsonNode> mutants(JsonNode valid) {
    List<JsonNode> out = new ArrayList<>();
    List<List<Object>> paths = new ArrayList<>();
    collectPaths(valid, new ArrayList<>(), paths);
    for (List<Object> path : paths) {
      Object last = path.get(path.size() - 1);
      if (last instanceof String name) {
        JsonNode copy = valid.deepCopy();
        ((ObjectNode) at(copy, path.subList(0, path.size() - 1))).remove(name);
        out.add(copy);
      }
      for (JsonNode replacement : replacements(at(valid, path))) {
        JsonNode copy = valid.deepCopy();
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        if (parent instanceof ObjectNode o) {
          o.set((String) last, replacement);
        } else {
          ((ArrayNode) parent).set((Integer) last, replacement);
        }
        out.add(copy);
      }
    }
    out.addAll(replacements(valid)); // the whole answer replaced
    return out;
  }

  private static void collectPaths(JsonNode node, List<Object> prefix, List<List<Object>> paths) {
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        List<Object> path = new ArrayList<>(prefix);
        path.add(name);
        paths.add(path);
        collectPaths(node.get(name), path, paths);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        List<Object> path = new ArrayList<>(prefix);
        path.add(i);
        paths.add(path);
        collectPaths(node.get(i), path, paths);
      }
    }
  }

  private static JsonNode at(JsonNode root, List<Object> path) {
    JsonNode node = root;
    for (Object step : path) {
      node = step instanceof String s ? node.get(s) : node.get((Integer) step);
    }
    return node;
  }
}
