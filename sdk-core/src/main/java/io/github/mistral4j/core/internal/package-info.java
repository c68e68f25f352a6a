/**
 * Wiring shared by the mistral4j API modules: the Feign factory, retries, JSON codec, error
 * mapping, path-parameter guard and logging. Not public API: it may change in any release.
 *
 * <p>How a call runs: the API modules describe each resource group as a Feign interface, which
 * {@code SdkContract} parses (slashes never decoded, path and query values encoded by the SDK's
 * expanders). When Feign builds a proxy, {@link RequestPlans} (Feign's {@code
 * InvocationHandlerFactory} extension point) works out a {@code RequestPlan} per method, once:
 * path chunks, query parameters, headers and the body's type. A call binds its arguments to the
 * plan and builds the {@code feign.Request} Feign's template engine would build, byte for byte,
 * without copying and re-expanding a {@code RequestTemplate}; every such request still carries the
 * method's template, so that {@code request.requestTemplate().methodMetadata()} names the method.
 * The request then goes to the same client chain ({@code RetryingClient}, then the JDK client
 * adapter), and the answer is decoded and mapped by the same codec and error mapping, ending in
 * the same exceptions as on Feign's engine. A method a plan cannot model keeps Feign's engine;
 * tests require that none of the SDK's own does.
 */
@NullMarked
package io.github.mistral4j.core.internal;

import org.jspecify.annotations.NullMarked;
