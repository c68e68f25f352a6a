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
    return CACHE.computeIfAbsent(metadata.method(), m -> describe(m, metadata));
  }

  private static Descriptor describe(Method method, MethodMetadata metadata) {
    OperationId id = method.getAnnotation(OperationId.class);
    String url = metadata.template().url();
    int query = url.indexOf('?');
    String path = query < 0 ? url : url.substring(0, query);
    return new Descriptor(id == null ? metadata.configKey() : id.value(), path.isEmpty() ? "/" : path);
  }
}
