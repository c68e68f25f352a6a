package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.Feign;
import feign.FeignException;
import feign.Request;
import feign.Retryer;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.MistralException;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The Feign factory and call runner every API module uses: one per client. It builds Feign
 * targets with the SDK's codec, error mapping and retrying HTTP client, runs calls with their
 * {@link RequestOptions}, and turns every failure into a {@link MistralException}.
 */
public final class MistralTransport implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final ClientOptions options;
  private final ObjectMapper mapper;
  private final Feign feign;
  private final Executor asyncExecutor;
  private final @Nullable ExecutorService ownedExecutor;
  private final @Nullable HttpClient ownedHttpClient;
  private final @Nullable ExecutorService ownedHttpExecutor;
  private volatile boolean closed;
  private final CallContext defaults;

  private MistralTransport(ClientOptions options) {
    this.options = options;
    this.mapper = Json.mapper();
    this.defaults = CallContext.of(options, RequestOptions.none());
    HttpClient ownHttp = null;
    ExecutorService ownHttpExecutor = null;
    Client http = options.feignClient();
    if (http == null) {
      HttpClient jdk = options.httpClient();
      if (jdk == null) {
        ownHttpExecutor = Executors.newCachedThreadPool(daemonThreads("mistral4j-http-"));
        jdk = ownHttp = newJdkClient(options, ownHttpExecutor);
      }
      http = new JdkHttpClientAdapter(jdk, options.maxResponseBytes());
    }
    this.ownedHttpClient = ownHttp;
    this.ownedHttpExecutor = ownHttpExecutor;
    JsonCodec codec = new JsonCodec(mapper);
    HttpLogger log = new HttpLogger(options.logLevel(), mapper);
    this.feign =
        Feign.builder()
            .client(new RetryingClient(http, options, log))
            .encoder(codec)
            .decoder(codec)
            .errorDecoder(new ErrorMapper(mapper, options.clock()))
            .retryer(Retryer.NEVER_RETRY)
            .contract(new SdkContract())
            .options(
                new Request.Options(
                    options.connectTimeout().toMillis(),
                    TimeUnit.MILLISECONDS,
                    options.requestTimeout().toMillis(),
                    TimeUnit.MILLISECONDS,
                    false))
            .build();
    Executor executor = options.asyncExecutor();
    if (executor == null) {
      ExecutorService pool = Executors.newCachedThreadPool(daemonThreads("mistral4j-async-"));
      this.ownedExecutor = pool;
      this.asyncExecutor = pool;
    } else {
      this.ownedExecutor = null;
      this.asyncExecutor = executor;
    }
  }

  /**
   * Creates a transport for the given options.
   *
   * @param options client options
   * @return the transport; close it to release its threads
   */
  public static MistralTransport create(ClientOptions options) {
    return new MistralTransport(Objects.requireNonNull(options, "options"));
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
    if (closed) {
      throw new MistralException("The client is closed", null);
    }
    CallContext context = requestOptions == RequestOptions.none() ? defaults : CallContext.of(options, requestOptions);
    CallContext previous = context.bind();
    try {
      return call.get();
    } catch (FeignException e) {
      throw translate(e);
    } finally {
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
      return CompletableFuture.supplyAsync(() -> call(requestOptions, call), asyncExecutor);
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
      return CompletableFuture.supplyAsync(work, asyncExecutor);
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
   * Refuses new calls and releases what this transport owns: its async threads, and the HTTP
   * client it built (on Java 21+ {@code HttpClient.close()} waits for exchanges in flight and
   * closes every connection; on Java 17 to 20, which have no such method, the client's worker
   * threads end at once, and its selector thread and idle connections when the client is
   * collected). A client or executor given in the options is left to its owner.
   */
  @Override
  public void close() {
    closed = true;
    if (ownedExecutor != null) {
      ownedExecutor.shutdown();
    }
    if (ownedHttpClient instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception ignored) {
        // closing is best effort (HttpClient is AutoCloseable from Java 21)
      }
    }
    if (ownedHttpExecutor != null) {
      ownedHttpExecutor.shutdown();
    }
  }

  private static HttpClient newJdkClient(ClientOptions options, Executor executor) {
    return HttpClient.newBuilder()
        .connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(executor)
        .build();
  }

  private static ThreadFactory daemonThreads(String prefix) {
    return r -> {
      Thread t = new Thread(r, prefix + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
