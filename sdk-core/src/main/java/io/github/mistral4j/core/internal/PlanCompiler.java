package io.github.mistral4j.core.internal;

import feign.CollectionFormat;
import feign.MethodMetadata;
import feign.Param;
import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import feign.Target;
import feign.TypedResponse;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Works out the {@link RequestPlan} of a Feign method from its parsed {@link MethodMetadata}, or
 * refuses, with {@link Unsupported}, a method using what plans do not model (a {@code @QueryMap},
 * a URI or {@code Options} argument, form or template bodies, patterns in expressions, another
 * collection format, slashes decoded, a target other than a fixed URL...): such a method keeps
 * Feign's own engine.
 */
final class PlanCompiler {
  /** Why a method cannot have a plan. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  private final MethodMetadata md;
  private final Map<String, Integer> slots = new LinkedHashMap<>();

  private PlanCompiler(MethodMetadata md) {
    this.md = md;
  }

  /**
   * The plan of a method.
   *
   * @param md the method's metadata, as the SDK's contract parsed it
   * @param target the Feign target the proxy is built for
   * @param codec the body encoder
   * @return the plan
   * @throws Unsupported when the method must run on Feign's engine, saying why
   */
  static RequestPlan compile(MethodMetadata md, Target<?> target, JsonCodec codec) {
    return new PlanCompiler(md).plan(target, codec);
  }

  private RequestPlan plan(Target<?> target, JsonCodec codec) {
    RequestTemplate t = md.template();
    checkSupported(t);
    String base = targetOf(target);
    String uri = t.requestUriTemplate();
    if (!uri.startsWith("/")) {
      throw new Unsupported("a path not starting with /");
    }
    Object[] path = slotted(TemplateChunks.of(uri));
    List<RequestPlan.Query> queries = new ArrayList<>();
    t.queries().forEach((name, values) -> queries.add(query(name, values)));
    List<RequestPlan.Header> headers = new ArrayList<>();
    t.headers().forEach((name, values) -> headers.add(header(name, values)));
    List<RequestPlan.Binding> bindings = bindings();
    Integer body = md.bodyIndex();
    return new RequestPlan(
        Request.HttpMethod.valueOf(t.method()),
        new RequestPlan.Url(base, path, queries.toArray(new RequestPlan.Query[0])),
        headers.toArray(new RequestPlan.Header[0]),
        bindings.toArray(new RequestPlan.Binding[0]),
        slots.size(),
        body == null ? null : new RequestPlan.Body(body, md.bodyType(), md.isBodyRequired()),
        codec,
        RequestTemplate.from(t).feignTarget(target));
  }

  private void checkSupported(RequestTemplate t) {
    String feature = unmodelled(t);
    if (feature != null) {
      throw new Unsupported(feature);
    }
  }

  /** The first feature of the method that plans do not model, or {@code null}. */
  private @Nullable String unmodelled(RequestTemplate t) {
    Class<?> returned = feign.Types.getRawType(md.returnType());
    if (md.urlIndex() != null) {
      return "a URI argument";
    } else if (md.queryMapIndex() != null) {
      return "a @QueryMap";
    } else if (md.headerMapIndex() != null) {
      return "a @HeaderMap";
    } else if (!md.formParams().isEmpty()) {
      return "form parameters " + md.formParams();
    } else if (md.alwaysEncodeBody()) {
      return "a body encoded from all arguments";
    } else if (t.bodyTemplate() != null || t.body() != null) {
      return "a @Body template";
    } else if (t.decodeSlash()) {
      return "slashes decoded";
    } else if (t.collectionFormat() != CollectionFormat.EXPLODED) {
      return "the collection format " + t.collectionFormat();
    } else if (t.url().indexOf('#') >= 0) {
      return "a fragment";
    } else if (returned == Response.class || TypedResponse.class.isAssignableFrom(returned)) {
      return "a raw response";
    } else if (CompletableFuture.class.isAssignableFrom(returned)) {
      return "an asynchronous result";
    } else if (List.of(md.method().getParameterTypes()).contains(Request.Options.class)) {
      return "an Options argument";
    }
    return null;
  }

  /** What Feign's {@code RequestTemplate.target} keeps of the target URL. */
  private static String targetOf(Target<?> target) {
    if (target.getClass() != Target.HardCodedTarget.class) {
      throw new Unsupported("the target " + target.getClass().getName());
    }
    String url = target.url();
    if (!url.startsWith("http")) {
      throw new Unsupported("a target URL that is not absolute");
    }
    if (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    URI parsed;
    try {
      parsed = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new Unsupported("a target URL that is not a URI");
    }
    if (parsed.getRawQuery() != null || parsed.getFragment() != null) {
      throw new Unsupported("a target URL with a query or a fragment");
    }
    return parsed.getScheme() + "://" + parsed.getRawAuthority() + parsed.getRawPath();
  }

  private RequestPlan.Query query(String name, Collection<String> values) {
    if (name.isEmpty() || !name.chars().allMatch(c -> FeignEncoding.isUnreserved((char) c))) {
      throw new Unsupported("the query name " + name);
    }
    if (values.isEmpty()) {
      return new RequestPlan.Query(name, -1, name);
    }
    if (values.size() > 1) {
      throw new Unsupported("several values of the query parameter " + name);
    }
    List<Object> chunks = TemplateChunks.of(values.iterator().next());
    if (chunks.size() == 1 && chunks.get(0) instanceof TemplateChunks.Var var) {
      return new RequestPlan.Query(name, slot(var.name()), null);
    }
    if (chunks.stream().anyMatch(c -> c instanceof TemplateChunks.Var)) {
      throw new Unsupported("the query value template " + values.iterator().next());
    }
    StringBuilder fixed = new StringBuilder();
    boolean sent = FeignEncoding.appendQuery(fixed, '&', name, String.join("", chunks.stream().map(String::valueOf).toList()));
    return new RequestPlan.Query(name, -1, sent ? fixed.substring(1) : null);
  }

  private RequestPlan.Header header(String name, Collection<String> values) {
    if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Content-Type")) {
      throw new Unsupported("a " + name + " header template");
    }
    Object[][] chunks = new Object[values.size()][];
    int i = 0;
    for (String value : values) {
      chunks[i++] = slotted(TemplateChunks.of(value));
    }
    return new RequestPlan.Header(name, chunks);
  }

  /** Literal chunks as they are, variables as their slots. */
  private Object[] slotted(List<Object> chunks) {
    Object[] out = new Object[chunks.size()];
    for (int i = 0; i < out.length; i++) {
      Object chunk = chunks.get(i);
      out[i] = chunk instanceof TemplateChunks.Var var ? (Object) slot(var.name()) : chunk;
    }
    return out;
  }

  private int slot(String name) {
    return slots.computeIfAbsent(name, n -> slots.size());
  }

  /** Each named argument, in Feign's order, with the slots of the variables it fills. */
  private List<RequestPlan.Binding> bindings() {
    Map<Integer, Param.Expander> expanders = expanders();
    Class<?>[] types = md.method().getParameterTypes();
    List<RequestPlan.Binding> bindings = new ArrayList<>();
    for (Map.Entry<Integer, Collection<String>> param : md.indexToName().entrySet()) {
      int index = param.getKey();
      int[] filled = param.getValue().stream().filter(slots::containsKey).mapToInt(slots::get).toArray();
      Param.Expander expander = expanders.get(index);
      if (expander == null && filled.length > 0 && !expandsAlike(types[index])) {
        throw new Unsupported("the argument type " + types[index].getName() + " without an expander");
      }
      if (filled.length > 0 || expander != null) {
        bindings.add(new RequestPlan.Binding(index, filled, expander));
      }
    }
    return bindings;
  }

  /** Feign's choice of expanders: the contract's instances, else one of each declared class. */
  private Map<Integer, Param.Expander> expanders() {
    if (md.indexToExpander() != null) {
      return md.indexToExpander();
    }
    Map<Integer, Param.Expander> made = new HashMap<>();
    md.indexToExpanderClass().forEach((index, type) -> {
      try {
        made.put(index, type.getDeclaredConstructor().newInstance());
      } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
        throw new Unsupported("the expander " + type.getName() + " (" + e + ")");
      }
    });
    return made;
  }

  /** Types whose raw value a plan expands as Feign does: scalars by their text, and collections. */
  private static boolean expandsAlike(Class<?> type) {
    return type.isPrimitive()
        || type.isEnum()
        || CharSequence.class.isAssignableFrom(type)
        || Number.class.isAssignableFrom(type)
        || type == Boolean.class
        || type == Character.class
        || Iterable.class.isAssignableFrom(type);
  }
}
