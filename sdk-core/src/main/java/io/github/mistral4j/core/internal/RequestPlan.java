package io.github.mistral4j.core.internal;

import feign.Param;
import feign.Request;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The request of one Feign method, worked out once from its {@code MethodMetadata} by {@link
 * PlanCompiler}: each call binds the arguments to the template's variables, encodes the body and
 * writes the {@link Request} Feign's template engine would build for the same arguments (same URL,
 * headers and body), without copying and re-expanding a {@link RequestTemplate} per call.
 *
 * <p>Every request carries the method's own template ({@link #template()}), whose {@code
 * methodMetadata()} names the method (read for {@link NonIdempotent}, the return type, the config
 * key); that template is never resolved.
 */
final class RequestPlan {
  private static final Object[] NO_VALUES = {};

  /** An argument bound to the template variables it fills ({@code slots}), through its expander. */
  record Binding(int index, int[] slots, Param.@Nullable Expander expander) {}

  /** A query parameter: a variable's slot, or ({@code slot < 0}) fixed text, {@code null} for none. */
  record Query(String name, int slot, @Nullable String fixed) {}

  /** A header: the chunks of each of its values, {@link String} literals and {@link Integer} slots. */
  record Header(String name, Object[][] values) {}

  /**
   * The URL: the target's text, the path (a {@link String} literal or an {@link Integer} slot per
   * chunk) and the query parameters in order.
   */
  record Url(String target, Object[] path, Query[] queries) {}

  /** The body: the argument's index and declared type; whether it may be {@code null}. */
  record Body(int index, Type type, boolean required) {}

  private final Request.HttpMethod method;
  private final Url url;
  private final Header[] headers;
  private final Binding[] bindings;
  private final int slots;
  private final @Nullable Body body;
  private final JsonCodec codec;
  private final RequestTemplate template;

  RequestPlan(
      Request.HttpMethod method,
      Url url,
      Header[] headers,
      Binding[] bindings,
      int slots,
      @Nullable Body body,
      JsonCodec codec,
      RequestTemplate template) {
    this.method = method;
    this.url = url;
    this.headers = headers;
    this.bindings = bindings;
    this.slots = slots;
    this.body = body;
    this.codec = codec;
    this.template = template;
  }

  /** The method's template, carried by every request of the plan. */
  RequestTemplate template() {
    return template;
  }

  /**
   * Builds the request for one call. As with Feign, the expanders run first (an invalid argument
   * fails with their {@link IllegalArgumentException}), then the body is encoded.
   *
   * @param argv the call's arguments ({@code null} for none)
   * @return the request, before {@link RetryingClient} prepares it
   */
  Request request(Object @Nullable [] argv) {
    Object[] values = bind(argv);
    byte[] body = this.body == null ? null : encode(this.body, argv);
    Map<String, Collection<String>> headerMap = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Header header : headers) {
      String value = expand(header, values);
      if (!value.isEmpty()) {
        headerMap.put(header.name(), List.of(value));
      }
    }
    if (body != null && body.length > 0) {
      headerMap.put("Content-Length", List.of(String.valueOf(body.length)));
    }
    Request.Body requestBody = body == null ? Request.Body.empty() : Request.Body.create(body, StandardCharsets.UTF_8);
    return Request.create(method, url(values), headerMap, requestBody, template);
  }

  private Object[] bind(Object @Nullable [] argv) {
    if (slots == 0 && bindings.length == 0) {
      return NO_VALUES;
    }
    Object[] values = new Object[slots];
    for (Binding binding : bindings) {
      Object value = argv == null ? null : argv[binding.index()];
      if (value == null) {
        continue;
      }
      Param.Expander expander = binding.expander();
      if (expander != null) {
        value = value instanceof Iterable<?> elements ? expandElements(expander, elements) : expander.expand(value);
      }
      for (int slot : binding.slots()) {
        values[slot] = value;
      }
    }
    return values;
  }

  private static List<String> expandElements(Param.Expander expander, Iterable<?> elements) {
    List<String> expanded = new ArrayList<>();
    for (Object element : elements) {
      if (element != null) {
        expanded.add(expander.expand(element));
      }
    }
    return expanded;
  }

  private byte[] encode(Body body, Object @Nullable [] argv) {
    Object value = argv == null ? null : argv[body.index()];
    if (body.required() && value == null) {
      throw new IllegalArgumentException("Body parameter " + body.index() + " was null");
    }
    try {
      return codec.bytes(value, body.type());
    } catch (EncodeException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new EncodeException(e.getMessage(), e);
    }
  }

  private String url(Object[] values) {
    StringBuilder out = new StringBuilder(url.target().length() + 96).append(url.target());
    int pathStart = out.length();
    for (Object chunk : url.path()) {
      if (chunk instanceof String literal) {
        out.append(literal);
      } else {
        Object value = values[(Integer) chunk];
        if (value != null) {
          out.append(FeignEncoding.expand(value));
        }
      }
    }
    FeignEncoding.literalFrom(out, pathStart);
    boolean first = true;
    for (Query query : url.queries()) {
      char separator = first ? '?' : '&';
      if (query.slot() < 0) {
        if (query.fixed() != null) {
          out.append(separator).append(query.fixed());
          first = false;
        }
        continue;
      }
      Object value = values[query.slot()];
      if (value != null && FeignEncoding.appendQuery(out, separator, query.name(), FeignEncoding.expand(value))) {
        first = false;
      }
    }
    return out.toString();
  }

  /** A header's value as Feign expands it: its values joined by {@code ", "}, "" for none. */
  private static String expand(Header header, Object[] values) {
    StringBuilder joined = null;
    for (Object[] chunks : header.values()) {
      StringBuilder value = null;
      for (Object chunk : chunks) {
        String text;
        if (chunk instanceof String literal) {
          text = literal;
        } else {
          Object v = values[(Integer) chunk];
          if (v == null) {
            continue;
          }
          text = (v instanceof Iterable<?> elements ? FeignEncoding.expandIterable(elements) : v.toString()).replace("%2F", "/");
        }
        value = value == null ? new StringBuilder(text) : value.append(text);
      }
      if (value != null) {
        joined = joined == null ? value : joined.append(", ").append(value);
      }
    }
    return joined == null ? "" : joined.toString();
  }
}
