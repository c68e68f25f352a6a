package io.github.mistral4j.codegen.processor;

import com.squareup.javapoet.TypeName;
import javax.lang.model.element.ExecutableElement;

/**
 * One method of a raw view: the service method it mirrors, how it wraps that method's result, and
 * its return type.
 *
 * @param source the service method
 * @param kind how the result is wrapped
 * @param returnType the view method's return type
 */
record ViewMethod(ExecutableElement source, Kind kind, TypeName returnType) {
  /** How a view method wraps its service method's result (as {@code RawViewMethods} pairs them). */
  enum Kind {
    /** {@code RawResponse<T>} for {@code T}. */
    SYNC,
    /** {@code CompletableFuture<RawResponse<T>>} for {@code CompletableFuture<T>}. */
    ASYNC,
    /** The raw view of the sub-service the method returns. */
    VIEW
  }
}
