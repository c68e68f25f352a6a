package io.github.mistral4j.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The contract's {@code operationId} of a Feign method, e.g. {@code connector_list_v1}: the name
 * under which the SDK's events report its calls. Every method of the API modules' Feign
 * interfaces carries one (a test of each module checks them against the contract).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OperationId {
  /**
   * The operation id.
   *
   * @return the contract's {@code operationId}
   */
  String value();
}
