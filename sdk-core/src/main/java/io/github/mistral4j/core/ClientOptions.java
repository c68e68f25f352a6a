package io.github.mistral4j.core;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
   * few hundred KB: two orders of magnitude of room, while bounding the memory one call can take.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L << 20;

  /** The largest limit that can be set: the longest Java byte array. */
  public static final long MAX_RESPONSE_BYTES_LIMIT = Integer.MAX_VALUE - 16;

  private final Supplier<String> apiKey;
  private final OptionValues values;

  private ClientOptions(OptionValues values) {
    this.apiKey = OptionChecks.given(values.apiKey);
    this.values = values.frozenCopy();
  }

  /** {@return A builder with every default and no API key} */
  public static Builder builder() {
    return new Builder(new OptionValues());
  }

  /**
   * {@return options from the environment: {@code MISTRAL_API_KEY} (required), {@code
   * MISTRAL_BASE_URL} and {@code MISTRAL_LOG} (optional)}
   * @throws IllegalStateException when {@code MISTRAL_API_KEY} is not set
   */
  public static ClientOptions fromEnv() {
    return builder().applyEnv(System.getenv()).build();
  }

  /** {@return A builder holding every value of these options} */
  public Builder toBuilder() {
    return new Builder(values.editableCopy());
  }

  /** {@return supplies the API key for each request (called once per attempt, so keys can rotate)} */
  public Supplier<String> apiKey() { return apiKey; }
  /** {@return the base URL, e.g. {@code https://api.mistral.ai}} */
  public URI baseUrl() { return values.baseUrl; }
  /** {@return how long to wait for a TCP/TLS connection} */
  public Duration connectTimeout() { return values.connectTimeout; }
  /** {@return how long to wait for a whole response, per attempt} */
  public Duration requestTimeout() { return values.requestTimeout; }
  /** {@return when and how calls are retried} */
  public RetryPolicy retryPolicy() { return values.retryPolicy; }
  /** {@return headers sent with every request} */
  public Map<String, String> defaultHeaders() { return values.defaultHeaders; }
  /** {@return the {@code User-Agent} header value} */
  public String userAgent() { return values.userAgent; }
  /** {@return how much of each exchange is logged} */
  public LogLevel logLevel() { return values.logLevel; }
  /**
   * {@return the longest response body accepted, in bytes} A longer one fails the call with a
   * {@link MistralIoException} (and is not retried).
   */
  public long maxResponseBytes() { return values.maxResponseBytes; }
  /** {@return the JDK HTTP client to use, or {@code null} to let the SDK build one} */
  public @Nullable HttpClient httpClient() { return values.httpClient; }
  /** {@return a Feign client to use instead of the JDK one, or {@code null}} */
  public feign.@Nullable Client feignClient() { return values.feignClient; }
  /** {@return runs the async clients' calls, or {@code null} for an SDK-owned pool of daemon threads} */
  public @Nullable Executor asyncExecutor() { return values.asyncExecutor; }
  /** {@return waits between retries} */
  public Sleeper sleeper() { return values.sleeper; }
  /** {@return the clock used to read {@code Retry-After} dates} */
  public Clock clock() { return values.clock; }
  /**
   * {@return the listeners that hear every operation, attempt and retry of the clients built with
   * these options, in the order they were added}
   */
  public List<MistralListener> listeners() { return values.listeners; }

  @Override
  public String toString() { return OptionsText.describe(values); }

  /** Builds {@link ClientOptions}; every setter checks its value at once. */
  public static final class Builder {
    private final OptionValues values;

    private Builder(OptionValues values) { this.values = values; }

    /**
     * Reads {@code MISTRAL_API_KEY}, {@code MISTRAL_BASE_URL} and {@code MISTRAL_LOG} from the
     * given environment; absent or blank variables leave the current values.
     * @param env the environment, e.g. {@link System#getenv()}
     * @return this builder
     */
    public Builder applyEnv(Map<String, String> env) { return set(v -> EnvOptions.apply(env, v)); }

    /**
     * Sets a fixed API key.
     * @param apiKey the key: visible ASCII characters, not blank
     * @return this builder
     * @throws IllegalArgumentException when the key is blank or holds other characters (the
     *     message does not repeat the key)
     */
    public Builder apiKey(String apiKey) { return set(v -> v.apiKey(apiKey)); }

    /**
     * Sets a supplier asked for the API key on every attempt, for keys that rotate.
     * @param apiKey the supplier; must return a non-blank key
     * @return this builder
     */
    public Builder apiKey(Supplier<String> apiKey) { return set(v -> v.apiKey(apiKey)); }

    /**
     * Sets the base URL.
     * @param baseUrl an absolute http or https URL, without user info, query or fragment
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) { return set(v -> v.baseUrl(baseUrl)); }

    /**
     * Sets the base URL.
     * @param baseUrl an absolute http or https URL, without user info, query or fragment
     * @return this builder
     */
    public Builder baseUrl(URI baseUrl) { return set(v -> v.baseUrl(baseUrl)); }

    /**
     * Sets the connect timeout (default 10 s).
     * @param connectTimeout positive
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) { return set(v -> v.connectTimeout(connectTimeout)); }

    /**
     * Sets the per-attempt request timeout (default 300 s).
     * @param requestTimeout positive
     * @return this builder
     */
    public Builder requestTimeout(Duration requestTimeout) { return set(v -> v.requestTimeout(requestTimeout)); }

    /**
     * Sets the retry policy.
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) { return set(v -> v.retryPolicy(retryPolicy)); }

    /**
     * Shortcut for a retry policy that keeps the other settings and changes the retry count.
     * @param maxRetries zero or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) { return set(v -> v.maxRetries(maxRetries)); }

    /**
     * Adds a header sent with every request.
     * @param name header name, an HTTP token; not one the SDK or the HTTP client sets (Host,
     *     Content-Length, Transfer-Encoding, Connection, Upgrade, Expect, TE, Trailer, Keep-Alive,
     *     Proxy-*, Authorization: use {@link #apiKey(String)})
     * @param value header value: visible ASCII, space and tab
     * @return this builder
     * @throws IllegalArgumentException when the name or value breaks these rules
     */
    public Builder putDefaultHeader(String name, String value) { return set(v -> v.putDefaultHeader(name, value)); }

    /**
     * Replaces the {@code User-Agent} header value.
     * @param userAgent not blank
     * @return this builder
     */
    public Builder userAgent(String userAgent) { return set(v -> v.userAgent(userAgent)); }

    /**
     * Sets how much is logged (default {@link LogLevel#NONE}).
     * @param logLevel the level
     * @return this builder
     */
    public Builder logLevel(LogLevel logLevel) { return set(v -> v.logLevel(logLevel)); }

    /**
     * Sets the longest response body accepted (default {@link #DEFAULT_MAX_RESPONSE_BYTES}). The
     * limit holds while reading, with or without a {@code Content-Length}: a call never holds
     * more than this much body in memory. A longer body fails the call with a {@link
     * MistralIoException} and is not retried.
     * @param maxResponseBytes from 1 to {@link #MAX_RESPONSE_BYTES_LIMIT}
     * @return this builder
     */
    public Builder maxResponseBytes(long maxResponseBytes) { return set(v -> v.maxResponseBytes(maxResponseBytes)); }

    /**
     * Uses this JDK HTTP client; the SDK does not close it. The client must not follow redirects
     * ({@link HttpClient.Redirect#NEVER}, the JDK's default): a followed redirect would carry the
     * API key to whatever origin the server names.
     * @param httpClient the client
     * @return this builder
     * @throws IllegalArgumentException when the client follows redirects
     */
    public Builder httpClient(HttpClient httpClient) { return set(v -> v.httpClient(httpClient)); }

    /**
     * Uses this Feign client for the HTTP exchange instead of the JDK one. Retries, logging,
     * error mapping and the response size limit still apply. The SDK asks it not to follow
     * redirects ({@code Request.Options.isFollowRedirects()} is false); a client that follows
     * them anyway would send the API key to another origin.
     * @param feignClient the client
     * @return this builder
     */
    public Builder feignClient(feign.Client feignClient) { return set(v -> v.feignClient(feignClient)); }

    /**
     * Runs the steps of the async clients' calls on this executor (preparing attempts, decoding,
     * listener events; never waiting), and so their futures' completions; with a custom {@link
     * #feignClient feignClient}, runs each whole blocking call on it. The SDK does not shut it down.
     * @param asyncExecutor the executor
     * @return this builder
     */
    public Builder asyncExecutor(Executor asyncExecutor) { return set(v -> v.asyncExecutor(asyncExecutor)); }

    /**
     * Replaces how the SDK waits between retries (for tests). Async calls, which otherwise wait on
     * the SDK's scheduler, then call this sleeper on an async thread.
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) { return set(v -> v.sleeper(sleeper)); }

    /**
     * Replaces the clock used for {@code Retry-After} dates (for tests).
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) { return set(v -> v.clock(clock)); }

    /**
     * Adds a listener of the SDK's events (operations, attempts, retries, tool calls): the {@code
     * mistral4j-micrometer} and {@code mistral4j-opentelemetry} modules provide some. Listeners are
     * called in the order added; one that throws is logged and ignored.
     * @param listener the listener
     * @return this builder
     */
    public Builder addListener(MistralListener listener) { return set(v -> v.addListener(listener)); }

    /**
     * Replaces every listener with these (an empty list removes them all).
     * @param listeners the listeners, in the order they are called
     * @return this builder
     */
    public Builder listeners(List<? extends MistralListener> listeners) { return set(v -> v.listeners(listeners)); }

    /**
     * Builds the options.
     * @return the options
     * @throws IllegalStateException when no API key was given
     */
    public ClientOptions build() { return new ClientOptions(values); }

    static long checkMaxResponseBytes(long maxResponseBytes) {
      return OptionChecks.maxResponseBytes(maxResponseBytes);
    }

    private Builder set(Consumer<OptionValues> change) {
      change.accept(values);
      return this;
    }
  }
}
