package io.github.mistral4j.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a synchronous client or service class whose asynchronous twin is generated at build time by
 * the build-only annotation processor (module {@code codegen-processor}). Source retention: nothing
 * of it reaches the class files.
 *
 * <p>Names: for a class {@code NameClient} (or {@code NameService}) the twin is the public final
 * class {@code NameAsyncClient} ({@code NameAsyncService}) and its operations are in the
 * package-private class {@code NameCalls}, all in the same package. The marked class builds its
 * twin once, with the twin's package-private constructor {@code (sync, calls, transport)} (the
 * class itself, its {@code NameCalls} and its {@link MistralTransport}), and returns it from a
 * method {@code async()} (public on a client, package-private on a sub-service).
 *
 * <p>The twin has one method per public method of the marked class and of its operations interfaces
 * (the interfaces it implements directly that are declared in its package; the class's override of
 * such a method is read as the interface's, doc comment included), in the class's order, the
 * interfaces' methods taking the place of its first override of one of them. The twin implements
 * the class's other interfaces, not these. Each method is:
 * <ul>
 *   <li>an operation, that is a method for which {@code NameCalls} has a method of the same name and
 *       parameter types returning {@link ApiCall ApiCall&lt;R&gt;} (for a method returning {@code R},
 *       or {@code void} with {@code ApiCall<@Nullable Void>}) or {@link Listing Listing&lt;T&gt;} (for
 *       a method returning {@code Page<T>} or {@code AutoPager<T>}): the twin method has the same
 *       parameters and returns {@code CompletableFuture<R>}, {@code CompletableFuture<AsyncPage<T>>}
 *       or {@code AsyncAutoPager<T>}; it makes the operation on the calling thread, a refused argument
 *       failing the future ({@code AsyncAutoPager}: failing the traversal, when it starts);
 *   <li>a short overload, that is a method without such a {@code NameCalls} method (none of the same
 *       name and parameter types) for which the class has an operation of the same name and return
 *       type whose parameters are this method's followed by one or more parameters of types that
 *       declare a public static {@code none()} returning the type ({@code RequestOptions}, the
 *       {@code ...Params} classes): the twin method has the same parameters and returns what that
 *       operation's twin returns, calling it with {@code none()} for each parameter left out (so the
 *       calls class needs no forward for it). Of several such operations, the one with the fewest
 *       extra parameters is called; two with as few are a compile error;
 *   <li>a static method returning the marked class (a factory): the same, returning the twin of the
 *       client made;
 *   <li>an instance method returning the marked class ({@code withOptions}): the twin of the client
 *       it returns;
 *   <li>a method without parameters returning another marked class (a sub-service): that class's twin;
 *   <li>{@code async()}: replaced by {@code sync()}, returning the marked class (only when
 *       {@code async()} is public); {@code close()}: closes the marked class; {@code
 *       withRawResponse()}: the raw view of the twin (the twin is marked {@link RawView});
 *   <li>any other method: calls the marked class's, returning the same.
 * </ul>
 * The Javadoc of each is derived from the marked class's method ({@code @param} and {@code @return}
 * are required on operations); the twin's method links to it.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface AsyncTwin {}
