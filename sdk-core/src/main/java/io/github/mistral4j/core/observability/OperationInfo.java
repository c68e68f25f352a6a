package io.github.mistral4j.core.observability;

import java.util.Objects;

/**
 * One operation: one call of a client method, with the same instance in every event of that call.
 *
 * @param id unique within the JVM for each operation; lets a listener match events of one
 *     operation (for example, to find the span it started)
 * @param operationId the contract's operation id, e.g. {@code connector_list_v1}
 * @param method the HTTP method, e.g. {@code GET}
 * @param urlTemplate the path of the contract, e.g. {@code /v1/connectors/{connector_id_or_name}};
 *     low cardinality
 * @param url the URL as sent, with its query, every secret of the request masked; high
 *     cardinality (ids)
 */
public record OperationInfo(long id, String operationId, String method, String urlTemplate, String url) {
  /**
   * Checks that no component is null.
   *
   * @param id unique within the JVM
   * @param operationId the contract's operation id
   * @param method the HTTP method
   * @param urlTemplate the path template
   * @param url the URL as sent, secrets masked
   */
  public OperationInfo {
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(urlTemplate, "urlTemplate");
    Objects.requireNonNull(url, "url");
  }
}
