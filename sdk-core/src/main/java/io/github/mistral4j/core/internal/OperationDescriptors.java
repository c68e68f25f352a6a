package io.github.mistral4j.core.internal;

import feign.MethodMetadata;
import feign.Request;
import feign.RequestTemplate;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a request is, in the contract's terms: its operation id (from {@link OperationId}) and its
 * path template, derived once per Feign method.
 */
final class OperationDescriptors {
  /** An operation id and the path template of its requests. */
  record Descriptor(String operationId, String urlTemplate) {}

  private static final Map<Method, Descriptor> CACHE = new ConcurrentHashMap<>();

  private OperationDescriptors() {}

  static Descriptor of(Request request) {
    RequestTemplate template = request.requestTemplate();
    MethodMetadata metadata = template == null ? null : template.methodMetadata();
    if (metadata == null || metadata.method() == null) {
      return new Descriptor("unknown", HttpText.pathOf(request.url()));
    }
    Descriptor d = CACHE.computeIfAbsent(metadata.method(), m -> describe(m, metadata));
    return d.operationId().indexOf('{') < 0 ? d : resolve(d, HttpText.pathOf(request.url()));
  }

  /** Fills the path parameters an operation id names from the request's path, in the id and the template. */
  static Descriptor resolve(Descriptor d, String path) {
    String[] template = d.urlTemplate().split("/", -1);
    String[] actual = path.split("/", -1);
    String id = d.operationId();
    String url = d.urlTemplate();
    for (int i = 0; i < template.length && i < actual.length; i++) {
      String segment = template[i];
      if (segment.startsWith("{") && segment.endsWith("}") && id.contains(segment)) {
        id = id.replace(segment, actual[i]);
        url = url.replace(segment, actual[i]);
      }
    }
    return new Descriptor(id, url);
  }

  private static Descriptor describe(Method method, MethodMetadata metadata) {
    OperationId id = method.getAnnotation(OperationId.class);
    String url = metadata.template().url();
    int query = url.indexOf('?');
    String path = query < 0 ? url : url.substring(0, query);
    return new Descriptor(id == null ? metadata.configKey() : id.value(), path.isEmpty() ? "/" : path);
  }
}
