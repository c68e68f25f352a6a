package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.Feign;
import feign.FeignException;
import feign.Request;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralException;
import io.github.mistral4j.core.MistralHttp;
import io.github.mistral4j.core.MistralInvalidDataException;
import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.core.RequestOptions;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.net.SocketTimeoutException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The Feign factory and call runner every API module uses: one per client. It builds Feign
 * targets with the SDK's Feign ({@link SdkFeign}: codec, error mapping, retrying HTTP client,
 * request plans), runs calls with their {@link RequestOptions}, and turns every failure into a
 * {@link MistralException}. It is cheap: the costly resources (the JDK HTTP client and its threads, the async executor) live in a {@link
 * MistralHttp} that transports share; a transport closes its {@code MistralHttp} only if it owns
 * it.
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

  private MistralTransport(ClientOptions options, MistralHttp http, boolean ownsHttp) {
    this.options = options;
    this.http = http;
    this.ownsHttp = ownsHttp;
    this.mapper = Json.mapper();
    this.defaults = CallContext.of(options, RequestOptions.none());
    Client client = options.feignClient();
    if (client == null) {
      HttpClient jdk = options.httpClient();
      client = new JdkHttpClientAdapter(jdk != null ? jdk : http.httpClient(), options.maxResponseBytes());
    }
    this.feign = SdkFeign.build(options, client, mapper);
    Executor executor = options.asyncExecutor();
    this.asyncExecutor = executor != null ? executor : http.asyncExecutor();
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
      RuntimeException translated = translate(e);
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
   * Runs a call on the async executor.
   *
   * @param requestOptions per-call options
   * @param call invokes the Feign proxy
   * @param <R> result type
   * @return a future completed with the result or a {@link MistralException}
   */
  public <R> CompletableFuture<R> callAsync(RequestOptions requestOptions, Supplier<R> call) {
    try {
      return CompletableFuture.supplyAsync(RawCapture.propagate(() -> call(requestOptions, call)), asyncExecutor);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      return CompletableFuture.failedFuture(new MistralException("The client is closed", e));
    }
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

  static RuntimeException translate(FeignException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MistralException m) {
        return m;
      }
    }
    Throwable cause = e.getCause();
    String where = e.request() == null ? "the request" : HttpText.describe(e.request());
    if (cause instanceof ResponseTooLargeException tooLarge) {
      return new MistralIoException(tooLarge.getMessage(), tooLarge, false);
    }
    if (cause instanceof RequestRefusedException refused) {
      return new MistralException(refused.getMessage(), refused);
    }
    // a codec failure's text and causes may quote the body (Jackson's do): keep neither. Jackson's
    // exceptions are IOExceptions: they are no I/O failure
    if (e instanceof feign.codec.EncodeException) {
      return new IllegalArgumentException(
          "Could not encode the request body of " + where + problem(cause), JsonProblems.redacted(e));
    }
    if (e instanceof feign.codec.DecodeException || cause instanceof com.fasterxml.jackson.core.JsonProcessingException) {
      return new MistralInvalidDataException(
          "Could not decode the response of " + where + problem(cause), e.status(), JsonProblems.redacted(e));
    }
    if (cause instanceof IOException io) {
      boolean timeout = io instanceof HttpTimeoutException || io instanceof SocketTimeoutException;
      String what = timeout ? "Timed out" : "I/O error";
      java.util.List<String> secrets = secretsOf(e);
      String m = io.getMessage();
      // keep the I/O failure as the cause, unless its own message quotes a secret
      Throwable kept = m == null || SecretMasker.scrub(m, secrets).equals(m) ? io : JsonProblems.redacted(io);
      return new MistralIoException(what + " on " + where + ": " + describe(io, secrets), kept, timeout);
    }
    return new MistralException("Call failed on " + where + ": " + e.getClass().getSimpleName(), e);
  }

  private static String problem(@Nullable Throwable cause) {
    if (cause instanceof JsonProblems.Redacted r) {
      return ": " + r.description();
    }
    return cause == null ? "" : ": " + JsonProblems.describe(cause);
  }

  /** The secrets of the request as sent (with its per-attempt headers), else as Feign built it. */
  private static java.util.List<String> secretsOf(FeignException e) {
    Request sent = CallContext.lastSent();
    Request request = sent != null ? sent : e.request();
    return request == null ? java.util.List.of() : SecretMasker.secretsOf(request, Json.mapper());
  }

  private static String describe(IOException e, java.util.List<String> secrets) {
    String m = e.getMessage();
    String name = e.getClass().getSimpleName();
    return m == null || m.isBlank() ? name : name + " (" + HttpText.scrubThenCut(m, secrets, 200) + ")";
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
