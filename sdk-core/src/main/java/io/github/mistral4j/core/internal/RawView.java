package io.github.mistral4j.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a client or service class whose {@code withRawResponse()} view interface is generated at
 * build time by the build-only annotation processor (module {@code codegen-processor}): the
 * interface {@code Raw} + the class's simple name, in the class's package, that {@link RawViews}
 * implements at run time. Source retention: nothing of it reaches the class files.
 *
 * <p>Each public instance method declared by the class, or by one of its operations interfaces (the
 * interfaces it implements directly that are declared in its package), gets a twin with the same
 * name and parameters, returning {@code RawResponse<T>} for {@code T} ({@code RawResponse<Void>} for
 * {@code void}) or {@code CompletableFuture<RawResponse<T>>} for {@code CompletableFuture<T>}, and
 * Javadoc derived from the method's. A method without parameters returning another class marked
 * {@code @RawView} (a sub-service) returns that class's view. The class's override of an operations
 * interface's method is read as that method, doc comment included (the override needs none). Left
 * out: the methods named in {@link #exclude()}, {@code withRawResponse()}, the class's methods that
 * override another supertype's (such as {@code close()}), methods deprecated for removal, and methods
 * returning a lazy pager ({@code AutoPager}, {@code AsyncAutoPager}), which may send many requests.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface RawView {
  /**
   * Public methods that are no operation (accessors, copies, the other flavour of the client).
   *
   * @return the names of the methods left out of the view
   */
  String[] exclude() default {"withOptions", "options", "sync", "async"};
}
