package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.Feign;
import feign.FeignException;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.MistralHttp;
import io.github.mistral4j.core.RequestOptions;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The Feign factory and call runner every API module uses: one per client. It builds Feign
 * targets with the SDK's Feign ({@link SdkFeign}: codec, error mapping, retrying HTTP client,
 * request plans), runs calls with their {@link RequestOptions}, and turns every failure into a
 * {@link MistralException}. It is cheap: the costly resources (the JDK HTTP client, threads,
 * scheduler) live in a {@link MistralHttp} that transports share and only an owner closes.
 */
public final class MistralTransport implements AutoCloseable {
  private final ClientOptions options;
  private final ObjectMapper mapper;
  private final Feign feign;
  private final Executor asyncExecutor;
  private final MistralHttp http;
  private final boolean ownsHttp;
  private volatile boolean closed;
  private final CallContext defaults;
  private final @Nullable AsyncCalls asyncCalls;

  private MistralTransport(ClientOptions options, MistralHttp http, boolean ownsHttp) {
    this.options = options;
    this.http = http;
    this.ownsHttp = ownsHttp;
    this.mapper = Json.mapper();
    this.defaults = CallContext.of(options, RequestOptions.none());
    Client client = options.feignClient();
    HttpClient jdk = null;
    if (client == null) {
      jdk = options.httpClient() != null ? options.httpClient() : http.httpClient();
      client = new JdkHttpClientAdapter(jdk, options.maxResponseBytes());
    }
    JsonCodec codec = new JsonCodec(mapper);
    HttpLogger log = new HttpLogger(options.logLevel(), mapper);
    RequestPreparer preparer = new RequestPreparer(options);
    ErrorMapper errors = new ErrorMapper(mapper, options.clock());
    this.feign = SdkFeign.build(options, new RetryingClient(client, options, preparer, log), codec, errors);
    Executor executor = options.asyncExecutor();
    this.asyncExecutor = executor != null ? executor : http.asyncExecutor();
    // a custom Feign client has no sendAsync: its async calls block an executor thread each
    this.asyncCalls =
        jdk == null ? null : new AsyncCalls(options, AsyncRuntime.of(http), jdk, preparer, log, codec, errors);
  }

  /**
   * Creates a transport that owns a new {@link MistralHttp} built from the options.
   *
   * @param options client options
   * @return the transport; close it to release its threads
   */
  public static MistralTransport create(ClientOptions options) {
    Objects.requireNonNull(options, "options");
    MistralHttp http = MistralHttp.create(options);
    try {
      return new MistralTransport(options, http, true);
    } catch (RuntimeException | Error e) {
      http.close();
      throw e;
    }
  }

  /**
   * Creates a transport on a shared {@link MistralHttp}, which it never closes. A JDK client,
   * Feign client or async executor named in the options is used instead of the shared one.
   *
   * @param options client options
   * @param http the shared resources
   * @return the transport
   * @throws IllegalArgumentException when the options need the SDK to build a JDK client with
   *     another connect timeout than the shared one's
   * @throws MistralException when {@code http} is closed
   */
  public static MistralTransport create(ClientOptions options, MistralHttp http) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(http, "http");
    if (!canShare(options, http)) {
      throw new IllegalArgumentException(
          "The options' connectTimeout ("
              + options.connectTimeout()
              + ") differs from the shared MistralHttp's ("
              + http.connectTimeout().orElseThrow()
              + "): create the MistralHttp from these options, or give them the same connectTimeout");
    }
    if (http.isClosed()) {
      throw new MistralException("The shared MistralHttp is closed", null);
    }
    return new MistralTransport(options, http, false);
  }

  /**
   * A transport for a derived client ({@code withOptions}): it shares this transport's {@link
   * MistralHttp} and never closes it, unless the new options need a JDK client of their own (the
   * SDK builds its JDK clients with the connect timeout, so a changed {@code connectTimeout} with
   * neither {@code httpClient} nor {@code feignClient} set): then it owns a new one, which its
   * {@link #close()} closes.
   *
   * @param newOptions the derived client's options
   * @return the transport
   */
  public MistralTransport derive(ClientOptions newOptions) {
    Objects.requireNonNull(newOptions, "newOptions");
    if (closed || http.isClosed()) {
      throw new MistralException("The client is closed", null);
    }
    return canShare(newOptions, http) ? new MistralTransport(newOptions, http, false) : create(newOptions);
  }

  /** Whether these options can run on the shared resources without a JDK client of their own. */
  private static boolean canShare(ClientOptions options, MistralHttp http) {
    if (options.feignClient() != null || options.httpClient() != null) {
      return true;
    }
    return http.connectTimeout().map(t -> t.equals(options.connectTimeout())).orElse(true);
  }

  /** The shared resources this transport sends with. */
  public MistralHttp http() {
    return http;
  }

  /** Whether this transport closes its {@link #http()} when it is closed. */
  public boolean ownsHttp() {
    return ownsHttp;
  }

  /** The options this transport was built with. */
  public ClientOptions options() {
    return options;
  }

  /** The SDK's mapper. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Builds the Feign proxy of an internal API interface, targeting the base URL.
   *
   * @param api the Feign interface
   * @param <T> its type
   * @return the proxy
   */
  public <T> T api(Class<T> api) {
    return feign.newInstance(new feign.Target.HardCodedTarget<>(api, options.baseUrl().toString()));
  }

  /**
   * Runs a call on this thread with its options.
   *
   * @param requestOptions per-call options
   * @param call invokes the Feign proxy
   * @param <R> result type
   * @return the decoded result
   * @throws MistralException when the call fails
   */
  public <R> R call(RequestOptions requestOptions, Supplier<R> call) {
    if (closed || http.isClosed()) {
      throw new MistralException("The client is closed", null);
    }
    CallContext context = requestOptions == RequestOptions.none() ? defaults : CallContext.of(options, requestOptions);
    CallContext previous = context.bind();
    ObservedCall observed = ObservedCall.open(options.listeners(), mapper);
    Throwable failure = null;
    try {
      return call.get();
    } catch (FeignException e) {
      RuntimeException translated = Failures.translate(e, CallContext.lastSent());
      failure = translated;
      throw translated;
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      if (observed != null) {
        observed.ended(failure);
        observed.close();
      }
      CallContext.restore(previous);
    }
  }

  /**
   * Runs an operation on this thread.
   *
   * @param call the operation
   * @param <R> result type
   * @return its result
   * @throws MistralException when the call fails
   */
  public <R> R run(ApiCall<R> call) {
    Objects.requireNonNull(call, "call");
    return call(call.options(), () -> call.result().apply(call.request().get()));
  }

  /**
   * Runs an operation asynchronously (see {@link #callAsync}); the operation is made on this
   * thread, and a failure to make it (invalid arguments) fails the returned future.
   *
   * @param prepare validates the arguments and makes the operation
   * @param <R> result type
   * @return a future completed with the result or the exception the blocking call would throw
   */
  public <R> CompletableFuture<R> runAsync(Supplier<ApiCall<R>> prepare) {
    ApiCall<R> call;
    try {
      call = Objects.requireNonNull(prepare.get(), "call");
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return start(call.options(), call.request(), call.result());
  }

  /**
   * Runs a call asynchronously. With the SDK's JDK client (no {@code feignClient} in the options),
   * the Feign proxy is invoked on this thread only to build the request; its attempts are then
   * sent with {@code HttpClient.sendAsync}, their steps run on the async executor and their waits
   * on a scheduler: no thread is held while the call is in flight. With a custom {@code
   * feignClient}, which cannot send asynchronously, the call runs as a blocking call on the async
   * executor. Either way it behaves as {@link #call}: same options, retries, deadline, limits,
   * events and exceptions. Cancelling the future stops the call.
   *
   * @param requestOptions per-call options
   * @param call invokes one method of a Feign proxy
   * @param <R> result type
   * @return a future completed with the result or a {@link MistralException}
   */
  @SuppressWarnings("unchecked")
  public <R> CompletableFuture<R> callAsync(RequestOptions requestOptions, Supplier<R> call) {
    Function<Object, R> same = value -> (R) value;
    return start(requestOptions, call, same);
  }

  private <R> CompletableFuture<R> start(RequestOptions requestOptions, Supplier<?> call, Function<Object, R> result) {
    Objects.requireNonNull(requestOptions, "requestOptions");
    if (closed || http.isClosed()) {
      return CompletableFuture.failedFuture(new MistralException("The client is closed", null));
    }
    AsyncCalls async = asyncCalls;
    if (async == null) {
      return supplyAsync(() -> call(requestOptions, () -> result.apply(call.get())));
    }
    CallContext context = requestOptions == RequestOptions.none() ? defaults : CallContext.of(options, requestOptions);
    return async.start(context, call, result);
  }

  /**
   * Runs any blocking work (typically a sync client method) on the async executor. Async clients
   * use this so that sync and async share one implementation.
   *
   * @param work the blocking work
   * @param <R> result type
   * @return a future completed with the result or the exception the work threw
   */
  public <R> CompletableFuture<R> supplyAsync(Supplier<R> work) {
    try {
      return CompletableFuture.supplyAsync(RawCapture.propagate(work), asyncExecutor);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      return CompletableFuture.failedFuture(new MistralException("The client is closed", e));
    }
  }

  /**
   * Unwraps the exception a failed future carries.
   *
   * @param t what the future failed with
   * @return the SDK exception or the original
   */
  public static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }

  /**
   * Refuses new calls; when this transport owns its {@link MistralHttp}, closes it too (see {@link
   * MistralHttp#close()}). A shared {@code MistralHttp} is left open for its owner to close.
   */
  @Override
  public void close() {
    closed = true;
    if (ownsHttp) {
      http.close();
    }
  }
}
