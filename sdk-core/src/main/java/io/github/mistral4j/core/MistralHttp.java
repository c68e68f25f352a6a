package io.github.mistral4j.core;

import io.github.mistral4j.core.internal.AsyncRuntime;
import io.github.mistral4j.core.internal.SdkPools;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The costly resources API clients send with, shareable between them: a JDK {@link HttpClient}
 * (its connection pool and selector thread) on at most four SDK-owned worker threads ({@code
 * mistral4j-http-N}), and what async calls run on ({@code mistral4j-async-N}, {@code
 * mistral4j-scheduler-N}). Everything else a client
 * needs (retries, codec, logging, headers) is built per set of {@link ClientOptions} and is cheap.
 *
 * <p>Every client made with {@code create(options)} builds and owns one; {@code withOptions(...)}
 * clients share their parent's, and only the client that built it closes it. To share one between
 * connectors and agents clients, create it yourself and close it last:
 *
 * <pre>{@code
 * ClientOptions options = ClientOptions.fromEnv();
 * try (MistralHttp http = MistralHttp.create(options);
 *     ConnectorsClient connectors = ConnectorsClient.create(options, http);
 *     AgentsClient agents = AgentsClient.create(options, http)) {
 *   ...
 * }
 * }</pre>
 *
 * <p>Closing a client given a {@code MistralHttp} leaves it open; closing the {@code MistralHttp}
 * makes every client using it refuse later calls with a {@link MistralException} saying it is
 * closed.
 *
 * <p><b>Async calls.</b> With the JDK client, async calls hold no thread while in flight: they are
 * sent with {@code HttpClient.sendAsync}, their short steps (preparing attempts, decoding, listener
 * events) run on at most two {@code mistral4j-async-N} threads, and their backoff waits and
 * deadlines are tasks of one {@code mistral4j-scheduler-N} thread. An executor given with {@link
 * ClientOptions.Builder#asyncExecutor} runs the steps instead and is left to its owner. On {@link
 * #close()}, async calls in flight or waiting to retry complete with a {@link MistralException}.
 *
 * <p><b>Async executor.</b> With a custom {@link ClientOptions#feignClient() feignClient}, which
 * cannot send asynchronously, async calls run as blocking calls on {@link #asyncExecutor()}: at
 * most {@link #DEFAULT_ASYNC_THREADS} daemon threads, a new one only when none is idle, each ended
 * after {@value #ASYNC_KEEP_ALIVE_SECONDS} s idle. When all are busy, calls wait in an unbounded
 * queue, in order; they are never rejected while it is open. On {@link #close()}, calls still
 * queued complete with a {@link MistralException} without sending anything; calls in flight
 * finish.
 *
 * <p>Thread-safe. The deadline watchdog that bounds every call by its request timeout is one daemon
 * thread for the whole JVM, shared by every client whatever its {@code MistralHttp}.
 */
public final class MistralHttp implements AutoCloseable {
  /**
   * The most threads the SDK's async executor runs at once: four per available processor, at
   * least 16 and at most 64. Calls beyond that wait in its queue.
   */
  public static final int DEFAULT_ASYNC_THREADS =
      Math.min(64, Math.max(16, 4 * Runtime.getRuntime().availableProcessors()));

  /** Seconds an idle SDK async thread lives. */
  public static final long ASYNC_KEEP_ALIVE_SECONDS = SdkPools.KEEP_ALIVE_SECONDS;

  /** The connect timeout {@link ClientOptions} default to. */
  static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** The most threads of the JDK client this instance builds: its work is short and never blocks. */
  static final int HTTP_THREADS = Math.min(4, Math.max(2, Runtime.getRuntime().availableProcessors()));

  private static final AtomicInteger HTTP_THREAD_NUMBERS = new AtomicInteger();
  private static final AtomicInteger ASYNC_THREAD_NUMBERS = new AtomicInteger();
  private static final AtomicInteger SCHEDULER_THREAD_NUMBERS = new AtomicInteger();

  static {
    AsyncRuntime.install(http -> http.async);
  }

  private final @Nullable Duration connectTimeout;
  private final @Nullable HttpClient givenHttpClient;
  private final Executor asyncExecutor;
  private final @Nullable ExecutorService ownedAsyncExecutor;
  private final AsyncRuntime async;
  private final Object lock = new Object();
  private @Nullable HttpClient builtHttpClient;
  private @Nullable ExecutorService ownedHttpExecutor;
  private volatile boolean closed;

  private MistralHttp(Duration connectTimeout, @Nullable HttpClient httpClient, @Nullable Executor asyncExecutor) {
    this.givenHttpClient = httpClient;
    this.connectTimeout = httpClient == null ? connectTimeout : null;
    this.async =
        new AsyncRuntime(
            SdkPools.daemonThreads("mistral4j-async-", ASYNC_THREAD_NUMBERS),
            SdkPools.daemonThreads("mistral4j-scheduler-", SCHEDULER_THREAD_NUMBERS));
    if (asyncExecutor == null) {
      ExecutorService pool = SdkPools.handOff(DEFAULT_ASYNC_THREADS, SdkPools.daemonThreads("mistral4j-async-", ASYNC_THREAD_NUMBERS));
      this.ownedAsyncExecutor = pool;
      this.asyncExecutor = pool;
    } else {
      this.ownedAsyncExecutor = null;
      this.asyncExecutor = asyncExecutor;
    }
  }

  /**
   * Creates one with the defaults: a connect timeout of 10 s and the SDK's async executor.
   *
   * @return a new instance; close it once the clients using it are done
   */
  public static MistralHttp create() {
    return new MistralHttp(DEFAULT_CONNECT_TIMEOUT, null, null);
  }

  /**
   * Creates one from the options' {@link ClientOptions#connectTimeout() connectTimeout}, {@link
   * ClientOptions#httpClient() httpClient} (used as is, never closed) and {@link
   * ClientOptions#asyncExecutor() asyncExecutor} (used as is, never shut down); the rest of the
   * options do not matter here. The JDK client is built on first use, so that clients using a
   * {@code feignClient} never start one.
   *
   * @param options the options
   * @return a new instance; close it once the clients using it are done
   */
  public static MistralHttp create(ClientOptions options) {
    Objects.requireNonNull(options, "options");
    return new MistralHttp(options.connectTimeout(), options.httpClient(), options.asyncExecutor());
  }

  /**
   * The connect timeout of the JDK client this instance builds; empty when it uses a client given
   * in the options (whose own connect timeout applies).
   *
   * @return the connect timeout
   */
  public Optional<Duration> connectTimeout() {
    return Optional.ofNullable(connectTimeout);
  }

  /**
   * The JDK client: the one given in the options, else one this instance builds on first use
   * (never following redirects) and owns.
   *
   * @return the client
   * @throws MistralException when this instance is closed and has not built its client
   */
  public HttpClient httpClient() {
    if (givenHttpClient != null) {
      return givenHttpClient;
    }
    synchronized (lock) {
      if (builtHttpClient == null) {
        if (closed) {
          throw new MistralException("The client is closed", null);
        }
        ExecutorService executor =
            SdkPools.handOff(HTTP_THREADS, SdkPools.daemonThreads("mistral4j-http-", HTTP_THREAD_NUMBERS));
        builtHttpClient =
            HttpClient.newBuilder()
                .connectTimeout(Objects.requireNonNull(connectTimeout))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
        ownedHttpExecutor = executor;
      }
      return builtHttpClient;
    }
  }

  /**
   * The executor async calls run on (a view: it cannot be shut down through it). After {@link
   * #close()}, the SDK's own executor refuses new work with a {@link RejectedExecutionException}.
   *
   * @return the executor
   */
  public Executor asyncExecutor() {
    return ownedAsyncExecutor == null ? asyncExecutor : ownedAsyncExecutor::execute;
  }

  /**
   * Whether {@link #close()} was called.
   *
   * @return true once closed
   */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Closes what this instance owns; idempotent. Clients using it refuse later calls with a {@link
   * MistralException}; async calls still queued complete with it, calls in flight finish. The
   * SDK's async threads and HTTP worker threads end at once; on Java 21+ the JDK client it built is
   * closed too (connections and selector thread); on Java 17-20, which cannot close a JDK client,
   * its selector thread and idle connections go when it is garbage-collected. A client or executor
   * given in the options is left to its owner.
   */
  @Override
  public void close() {
    HttpClient built;
    ExecutorService httpExecutor;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      built = builtHttpClient;
      httpExecutor = ownedHttpExecutor;
    }
    async.close();
    if (ownedAsyncExecutor != null) {
      ownedAsyncExecutor.shutdown();
    }
    if (built instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception ignored) {
        // closing is best effort (HttpClient is AutoCloseable from Java 21)
      }
    }
    if (httpExecutor != null) {
      httpExecutor.shutdown();
    }
  }

  @Override
  public String toString() {
    return "MistralHttp{" + (closed ? "closed" : "open") + "}";
  }
}
