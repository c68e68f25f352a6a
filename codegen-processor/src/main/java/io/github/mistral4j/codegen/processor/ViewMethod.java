package io.github.mistral4j.codegen.processor;

import com.squareup.javapoet.TypeName;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * One method of a raw view: the service method it mirrors, how it wraps that method's result, and
 * its return type.
 *
 * @param owner the marked service
 * @param source the service method, or the method of its operations interface that it overrides
 * @param kind how the result is wrapped
 * @param returnType the view method's return type
 */
record ViewMethod(TypeElement owner, ExecutableElement source, Kind kind, TypeName returnType) {
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
