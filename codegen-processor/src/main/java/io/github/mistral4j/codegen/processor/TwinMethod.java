package io.github.mistral4j.codegen.processor;

import com.squareup.javapoet.TypeName;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * One public method of a class marked {@code AsyncTwin}, and what its twin makes of it.
 *
 * @param owner the marked class
 * @param source the marked class's method, or the method of its operations interface that it overrides
 * @param kind what the twin's method does
 * @param returnType the twin's method's return type
 * @param full for a {@link Kind#SHORT} method, the operation it calls; otherwise null
 */
record TwinMethod(TypeElement owner, ExecutableElement source, Kind kind, TypeName returnType, @Nullable TwinMethod full) {
  TwinMethod(TypeElement owner, ExecutableElement source, Kind kind, TypeName returnType) {
    this(owner, source, kind, returnType, null);
  }

  /** {@return the kind of the operation this method sends: its own, or for a short overload its full one's} */
  Kind operationKind() {
    return full == null ? kind : full.kind();
  }

  /** What a twin's method does (the rules are documented on the annotation). */
  enum Kind {
    /** Sends the calls class's {@code ApiCall}: a {@code CompletableFuture} of its result. */
    CALL,
    /** Sends the calls class's {@code Listing}: a {@code CompletableFuture} of its first page. */
    PAGE,
    /** Sends the calls class's {@code Listing} page by page: an {@code AsyncAutoPager}. */
    AUTO_PAGER,
    /**
     * A short overload of an operation, without its calls method: calls the twin's full overload with
     * {@code none()} for the parameters it leaves out.
     */
    SHORT,
    /** A static factory of the marked class: the twin of the client it makes. */
    FACTORY,
    /** An instance method returning the marked class ({@code withOptions}): the twin of that client. */
    DERIVED,
    /** A sub-service accessor: the twin of the sub-service. */
    SUB_SERVICE,
    /** {@code async()}: the twin has {@code sync()} instead. */
    SYNC,
    /** {@code close()}: closes the marked class. */
    CLOSE,
    /** {@code withRawResponse()}: the raw view of the twin. */
    RAW_VIEW,
    /** Any other method: calls the marked class's. */
    DELEGATE
  }
}
