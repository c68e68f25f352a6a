package io.github.mistral4j.core.internal;

import io.github.mistral4j.core.RequestOptions;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One operation, ready to run blocking ({@link MistralTransport#run}) or async ({@link
 * MistralTransport#runAsync}): its per-call options, the Feign call that sends its request, and
 * what turns the decoded body into the operation's result. Services build these from validated
 * arguments, so that a sync method and its async twin share the preparation and the
 * post-processing.
 *
 * @param <R> the operation's result type
 */
public final class ApiCall<R> {
  private final RequestOptions options;
  private final Supplier<?> request;
  private final Function<Object, R> result;

  private ApiCall(RequestOptions options, Supplier<?> request, Function<Object, R> result) {
    this.options = options;
    this.request = request;
    this.result = result;
  }

  /**
   * An operation whose result is the decoded body.
   *
   * @param options per-call options
   * @param request invokes one method of a Feign proxy, nothing more (the async path runs it to
   *     capture the request, not to send it)
   * @param <T> the decoded body's type
   * @return the operation
   * @throws NullPointerException naming {@code requestOptions} or {@code request} when one is null,
   *     so that the calls classes need not check their {@code RequestOptions} argument again
   */
  @SuppressWarnings("unchecked")
  public static <T> ApiCall<T> of(RequestOptions options, Supplier<T> request) {
    Objects.requireNonNull(options, "requestOptions");
    Objects.requireNonNull(request, "request");
    return new ApiCall<>(options, request, body -> (T) body);
  }

  /**
   * The same operation with its result post-processed (a page made of the body, items checked...).
   *
   * @param then turns the result into another; it runs before the operation counts as ended
   * @param <U> the new result type
   * @return the operation
   */
  public <U> ApiCall<U> map(Function<? super R, ? extends U> then) {
    Objects.requireNonNull(then, "then");
    Function<Object, R> first = result;
    return new ApiCall<>(options, request, body -> then.apply(first.apply(body)));
  }

  RequestOptions options() {
    return options;
  }

  Supplier<?> request() {
    return request;
  }

  Function<Object, R> result() {
    return result;
  }
}
