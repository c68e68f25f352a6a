package io.github.mistral4j.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The contract's {@code operationId} of a Feign method, e.g. {@code connector_list_v1}: the name
 * under which the SDK's events report its calls. Every method of the API modules' Feign
 * interfaces carries one (a test of each module checks them against the contract). One Feign
 * method may serve several operations that differ by a path segment: {@code
 * connector_list_{scope}_credentials_v1} takes {@code {scope}} from the request's path (and the
 * reported URL template gets the same value), giving {@code connector_list_user_credentials_v1}.
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
