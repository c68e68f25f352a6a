package io.github.mistral4j.core;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import io.github.mistral4j.core.internal.HeaderRules;
import io.github.mistral4j.core.observability.MistralListener;
import org.jspecify.annotations.Nullable;

/**
 * Immutable configuration shared by every client: API key, base URL, timeouts, retries, headers,
 * logging and the HTTP client. Build one with {@link #builder()} or {@link #fromEnv()}, derive
 * variants with {@link #toBuilder()}.
 *
 * <p>Unless an {@link HttpClient} (or a Feign client) is given, the SDK builds a JDK {@link
 * HttpClient} with the connect timeout and no redirects; pass your own to set a proxy, an {@code
 * SSLContext} or an executor.
 */
public final class ClientOptions {
  /** Environment variable holding the API key. */
  public static final String API_KEY_ENV = "MISTRAL_API_KEY";

  /** Environment variable overriding the base URL. */
  public static final String BASE_URL_ENV = "MISTRAL_BASE_URL";

  /** Environment variable setting the log level ({@code basic}, {@code headers}, {@code body}). */
  public static final String LOG_ENV = "MISTRAL_LOG";

  /** The production API. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.mistral.ai");

  /**
   * The default longest response body accepted: 32 MiB. The largest answers of these APIs are
   * pages of {@code list_tools} (about 137 KB for 100 tools) and connector and agent listings of a
   * few hundred KB, so the default leaves two orders of magnitude of room while bounding the
   * memory one call can take.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L << 20;

  /** The largest limit that can be set: the longest Java byte array. */
  public static final long MAX_RESPONSE_BYTES_LIMIT = Integer.MAX_VALUE - 16;

  private final Supplier<String> apiKey;
  private final URI baseUrl;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final RetryPolicy retryPolicy;
  private final Map<String, String> defaultHeaders;
  private final String userAgent;
  private final LogLevel logLevel;
  private final long maxResponseBytes;
  private final @Nullable HttpClient httpClient;
  private final feign.@Nullable Client feignClient;
  private final @Nullable Executor asyncExecutor;
  private final Sleeper sleeper;
  private final Clock clock;
  private final List<MistralListener> listeners;

  private ClientOptions(Builder b, Supplier<String> apiKey) {
    this.apiKey = apiKey;
    this.baseUrl = b.baseUrl;
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = b.requestTimeout;
    this.retryPolicy = b.retryPolicy;
    this.defaultHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(b.defaultHeaders));
    this.userAgent = b.userAgent;
    this.logLevel = b.logLevel;
    this.maxResponseBytes = b.maxResponseBytes;
    this.httpClient = b.httpClient;
    this.feignClient = b.feignClient;
    this.asyncExecutor = b.asyncExecutor;
    this.sleeper = b.sleeper;
    this.clock = b.clock;
    this.listeners = List.copyOf(b.listeners);
  }

  /** {@return A builder with every default and no API key} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Options from the environment: {@code MISTRAL_API_KEY} (required), {@code MISTRAL_BASE_URL} and
   * {@code MISTRAL_LOG} (optional).
   *
   * @return the options
   * @throws IllegalStateException when {@code MISTRAL_API_KEY} is not set
   */
  public static ClientOptions fromEnv() {
    return builder().applyEnv(System.getenv()).build();
  }

  /** {@return A builder holding every value of these options} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.apiKey = apiKey;
    b.baseUrl = baseUrl;
    b.connectTimeout = connectTimeout;
    b.requestTimeout = requestTimeout;
    b.retryPolicy = retryPolicy;
    b.defaultHeaders.putAll(defaultHeaders);
    b.userAgent = userAgent;
    b.logLevel = logLevel;
    b.maxResponseBytes = maxResponseBytes;
    b.httpClient = httpClient;
    b.feignClient = feignClient;
    b.asyncExecutor = asyncExecutor;
    b.sleeper = sleeper;
    b.clock = clock;
    b.listeners.addAll(listeners);
    return b;
  }

  /** {@return supplies the API key for each request (called once per attempt, so keys can rotate)} */
  public Supplier<String> apiKey() {
    return apiKey;
  }

  /** {@return the base URL, e.g. {@code https://api.mistral.ai}} */
  public URI baseUrl() {
    return baseUrl;
  }

  /** {@return how long to wait for a TCP/TLS connection} */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** {@return how long to wait for a whole response, per attempt} */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** {@return when and how calls are retried} */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** {@return headers sent with every request} */
  public Map<String, String> defaultHeaders() {
    return defaultHeaders;
  }

  /** {@return the {@code User-Agent} header value} */
  public String userAgent() {
    return userAgent;
  }

  /** {@return how much of each exchange is logged} */
  public LogLevel logLevel() {
    return logLevel;
  }

  /**
   * The longest response body accepted, in bytes; a longer one fails the call with a {@link
   * MistralIoException} (and is not retried).
   *
   * @return the limit in bytes
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** {@return the JDK HTTP client to use, or {@code null} to let the SDK build one} */
  public @Nullable HttpClient httpClient() {
    return httpClient;
  }

  /** {@return a Feign client to use instead of the JDK one, or {@code null}} */
  public feign.@Nullable Client feignClient() {
    return feignClient;
  }

  /** {@return runs the async clients' calls, or {@code null} for an SDK-owned pool of daemon threads} */
  public @Nullable Executor asyncExecutor() {
    return asyncExecutor;
  }

  /** {@return waits between retries} */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** {@return the clock used to read {@code Retry-After} dates} */
  public Clock clock() {
    return clock;
  }

  /**
   * {@return the listeners that hear every operation, attempt and retry of the clients built with
   * these options, in the order they were added}
   */
  public List<MistralListener> listeners() {
    return listeners;
  }

  @Override
  public String toString() {
    return "ClientOptions{apiKey=****, baseUrl="
        + baseUrl
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", retryPolicy="
        + retryPolicy
        + ", defaultHeaders="
        + defaultHeaders.keySet()
        + ", userAgent="
        + userAgent
        + ", logLevel="
        + logLevel
        + ", maxResponseBytes="
        + maxResponseBytes
        + ", listeners="
        + listeners.size()
        + '}';
  }

  /** Builds {@link ClientOptions}. */
  public static final class Builder {
    private @Nullable Supplier<String> apiKey;
    private URI baseUrl = DEFAULT_BASE_URL;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(300);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    private String userAgent = SdkVersion.userAgent();
    private LogLevel logLevel = LogLevel.NONE;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private @Nullable HttpClient httpClient;
    private feign.@Nullable Client feignClient;
    private @Nullable Executor asyncExecutor;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();
    private final List<MistralListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * Reads {@code MISTRAL_API_KEY}, {@code MISTRAL_BASE_URL} and {@code MISTRAL_LOG} from the
     * given environment; absent or blank variables leave the current values.
     *
     * @param env the environment, e.g. {@link System#getenv()}
     * @return this builder
     */
    public Builder applyEnv(Map<String, String> env) {
      String key = env.get(API_KEY_ENV);
      if (key != null && !key.isBlank()) {
        apiKey(key.trim());
      }
      String url = env.get(BASE_URL_ENV);
      if (url != null && !url.isBlank()) {
        this.baseUrl = BaseUrls.parse(BASE_URL_ENV, url.trim());
      }
      String log = env.get(LOG_ENV);
      if (log != null && !log.isBlank()) {
        logLevel(LogLevel.parse(log));
      }
      return this;
    }

    /**
     * Sets a fixed API key.
     *
     * @param apiKey the key: visible ASCII characters, not blank
     * @return this builder
     * @throws IllegalArgumentException when the key is blank or holds other characters (the
     *     message does not repeat the key)
     */
    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey");
      if (apiKey.isBlank()) {
        throw new IllegalArgumentException("apiKey must not be blank (see " + API_KEY_ENV + ")");
      }
      String problem = HeaderRules.problemWithApiKey(apiKey);
      if (problem != null) {
        throw new IllegalArgumentException("apiKey " + problem);
      }
      this.apiKey = () -> apiKey;
      return this;
    }

    /**
     * Sets a supplier asked for the API key on every attempt, for keys that rotate.
     *
     * @param apiKey the supplier; must return a non-blank key
     * @return this builder
     */
    public Builder apiKey(Supplier<String> apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return this;
    }

    /**
     * Sets the base URL.
     *
     * @param baseUrl an absolute http or https URL, without user info, query or fragment
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = BaseUrls.parse("baseUrl", baseUrl);
      return this;
    }

    /**
     * Sets the base URL.
     *
     * @param baseUrl an absolute http or https URL, without user info, query or fragment
     * @return this builder
     */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = BaseUrls.check("baseUrl", baseUrl);
      return this;
    }

    /**
     * Sets the connect timeout (default 10 s).
     *
     * @param connectTimeout positive
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive("connectTimeout", connectTimeout);
      return this;
    }

    /**
     * Sets the per-attempt request timeout (default 300 s).
     *
     * @param requestTimeout positive
     * @return this builder
     */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = positive("requestTimeout", requestTimeout);
      return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Shortcut for a retry policy that keeps the other settings and changes the retry count.
     *
     * @param maxRetries zero or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.retryPolicy = retryPolicy.toBuilder().maxRetries(maxRetries).build();
      return this;
    }

    /**
     * Adds a header sent with every request.
     *
     * @param name header name, an HTTP token; not one the SDK or the HTTP client sets (Host,
     *     Content-Length, Transfer-Encoding, Connection, Upgrade, Expect, TE, Trailer, Keep-Alive,
     *     Proxy-*, Authorization: use {@link #apiKey(String)})
     * @param value header value: visible ASCII, space and tab
     * @return this builder
     * @throws IllegalArgumentException when the name or value breaks these rules
     */
    public Builder putDefaultHeader(String name, String value) {
      Headers.check(name, value);
      defaultHeaders.put(name, value);
      return this;
    }

    /**
     * Replaces the {@code User-Agent} header value.
     *
     * @param userAgent not blank
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      Headers.check("User-Agent", userAgent);
      this.userAgent = userAgent;
      return this;
    }

    /**
     * Sets how much is logged (default {@link LogLevel#NONE}).
     *
     * @param logLevel the level
     * @return this builder
     */
    public Builder logLevel(LogLevel logLevel) {
      this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
      return this;
    }

    /**
     * Sets the longest response body accepted (default {@link #DEFAULT_MAX_RESPONSE_BYTES}). The
     * limit holds while reading, with or without a {@code Content-Length}: a call never holds
     * more than this much body in memory. A longer body fails the call with a {@link
     * MistralIoException} and is not retried.
     *
     * @param maxResponseBytes from 1 to {@link #MAX_RESPONSE_BYTES_LIMIT}
     * @return this builder
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      this.maxResponseBytes = checkMaxResponseBytes(maxResponseBytes);
      return this;
    }

    /**
     * Uses this JDK HTTP client; the SDK does not close it. The client must not follow redirects
     * ({@link HttpClient.Redirect#NEVER}, the JDK's default): a followed redirect would carry the
     * API key to whatever origin the server names.
     *
     * @param httpClient the client
     * @return this builder
     * @throws IllegalArgumentException when the client follows redirects
     */
    public Builder httpClient(HttpClient httpClient) {
      Objects.requireNonNull(httpClient, "httpClient");
      if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
        throw new IllegalArgumentException(
            "httpClient must not follow redirects (it follows "
                + httpClient.followRedirects()
                + "): a redirect would send the API key to another origin; build it with"
                + " followRedirects(HttpClient.Redirect.NEVER)");
      }
      this.httpClient = httpClient;
      return this;
    }

    /**
     * Uses this Feign client for the HTTP exchange instead of the JDK one. Retries, logging,
     * error mapping and the response size limit still apply. The SDK asks it not to follow
     * redirects ({@code Request.Options.isFollowRedirects()} is false); a client that follows
     * them anyway would send the API key to another origin.
     *
     * @param feignClient the client
     * @return this builder
     */
    public Builder feignClient(feign.Client feignClient) {
      this.feignClient = Objects.requireNonNull(feignClient, "feignClient");
      return this;
    }

    /**
     * Runs the steps of the async clients' calls on this executor (preparing attempts, decoding,
     * listener events; never waiting), and so their futures' completions; with a custom {@link
     * #feignClient feignClient}, runs each whole blocking call on it. The SDK does not shut it down.
     *
     * @param asyncExecutor the executor
     * @return this builder
     */
    public Builder asyncExecutor(Executor asyncExecutor) {
      this.asyncExecutor = Objects.requireNonNull(asyncExecutor, "asyncExecutor");
      return this;
    }

    /**
     * Replaces how the SDK waits between retries (for tests). Async calls, which otherwise wait on
     * the SDK's scheduler, then call this sleeper on an async thread.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Replaces the clock used for {@code Retry-After} dates (for tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Adds a listener of the SDK's events (operations, attempts, retries, tool calls): the {@code
     * mistral4j-micrometer} and {@code mistral4j-opentelemetry} modules provide some. Listeners are
     * called in the order added; one that throws is logged and ignored.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder addListener(MistralListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Replaces every listener with these (an empty list removes them all).
     *
     * @param listeners the listeners, in the order they are called
     * @return this builder
     */
    public Builder listeners(List<? extends MistralListener> listeners) {
      Objects.requireNonNull(listeners, "listeners");
      List<MistralListener> copy = new ArrayList<>(listeners.size());
      for (int i = 0; i < listeners.size(); i++) {
        MistralListener listener = listeners.get(i);
        if (listener == null) {
          throw new IllegalArgumentException("listeners[" + i + "] is null");
        }
        copy.add(listener);
      }
      this.listeners.clear();
      this.listeners.addAll(copy);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws IllegalStateException when no API key was given
     */
    public ClientOptions build() {
      Supplier<String> key = apiKey;
      if (key == null) {
        throw new IllegalStateException(
            "No Mistral API key: set the "
                + API_KEY_ENV
                + " environment variable or call ClientOptions.builder().apiKey(...)");
      }
      return new ClientOptions(this, key);
    }

    static long checkMaxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1 || maxResponseBytes > MAX_RESPONSE_BYTES_LIMIT) {
        throw new IllegalArgumentException(
            "maxResponseBytes must be from 1 to " + MAX_RESPONSE_BYTES_LIMIT + ", got " + maxResponseBytes);
      }
      return maxResponseBytes;
    }

    private static Duration positive(String name, Duration d) {
      Objects.requireNonNull(d, name);
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, got " + d);
      }
      return d;
    }
  }
}
