package io.github.mistral4j.core;

import io.github.mistral4j.core.internal.SettingChecks;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Per-call overrides of {@link ClientOptions}: retries, timeout, extra headers and base URL. Every
 * operation has an overload taking these. Unset values fall back to the client's options.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final @Nullable Integer maxRetries;
  private final @Nullable Duration timeout;
  private final Map<String, String> extraHeaders;
  private final @Nullable URI baseUrl;
  private final boolean retryNonIdempotent;
  private final @Nullable Long maxResponseBytes;

  private RequestOptions(Builder b) {
    this.maxRetries = b.maxRetries;
    this.timeout = b.timeout;
    this.extraHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraHeaders));
    this.baseUrl = b.baseUrl;
    this.retryNonIdempotent = b.retryNonIdempotent;
    this.maxResponseBytes = b.maxResponseBytes;
  }

  /** {@return options that change nothing} */
  public static RequestOptions none() {
    return NONE;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these options} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxRetries = maxRetries;
    b.timeout = timeout;
    b.extraHeaders.putAll(extraHeaders);
    b.baseUrl = baseUrl;
    b.retryNonIdempotent = retryNonIdempotent;
    b.maxResponseBytes = maxResponseBytes;
    return b;
  }

  /** {@return retries for this call, or {@code null} for the client's policy} */
  public @Nullable Integer maxRetries() {
    return maxRetries;
  }

  /** {@return per-attempt timeout for this call, or {@code null} for the client's} */
  public @Nullable Duration timeout() {
    return timeout;
  }

  /** {@return headers added to this call (they override default headers of the same name)} */
  public Map<String, String> extraHeaders() {
    return extraHeaders;
  }

  /** {@return base URL for this call, or {@code null} for the client's} */
  public @Nullable URI baseUrl() {
    return baseUrl;
  }

  /**
   * {@return whether a non-idempotent call (create, update agent, call a tool) may be replayed
   * after the server may have seen it} Off by default.
   */
  public boolean retryNonIdempotent() {
    return retryNonIdempotent;
  }

  /**
   * {@return the longest response body accepted for this call, or {@code null} for the client's}
   */
  public @Nullable Long maxResponseBytes() {
    return maxResponseBytes;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RequestOptions r
        && Objects.equals(maxRetries, r.maxRetries)
        && Objects.equals(timeout, r.timeout)
        && extraHeaders.equals(r.extraHeaders)
        && Objects.equals(baseUrl, r.baseUrl)
        && retryNonIdempotent == r.retryNonIdempotent
        && Objects.equals(maxResponseBytes, r.maxResponseBytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetries, timeout, extraHeaders, baseUrl, retryNonIdempotent, maxResponseBytes);
  }

  @Override
  public String toString() {
    return "RequestOptions{maxRetries="
        + maxRetries
        + ", timeout="
        + timeout
        + ", extraHeaders="
        + extraHeaders.keySet()
        + ", baseUrl="
        + baseUrl
        + ", retryNonIdempotent="
        + retryNonIdempotent
        + ", maxResponseBytes="
        + maxResponseBytes
        + '}';
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private @Nullable Integer maxRetries;
    private @Nullable Duration timeout;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();
    private @Nullable URI baseUrl;
    private boolean retryNonIdempotent;
    private @Nullable Long maxResponseBytes;

    private Builder() {}

    /**
     * Sets the retries for this call; 0 disables them.
     *
     * @param maxRetries zero or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = SettingChecks.notNegative("maxRetries", maxRetries);
      return this;
    }

    /**
     * Sets the per-attempt timeout for this call.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = SettingChecks.positive("timeout", timeout);
      return this;
    }

    /**
     * Adds a header to this call.
     *
     * @param name header name, an HTTP token; not one the SDK or the HTTP client sets (Host,
     *     Content-Length, Transfer-Encoding, Connection, Upgrade, Expect, TE, Trailer, Keep-Alive,
     *     Proxy-*, Authorization)
     * @param value header value: visible ASCII, space and tab
     * @return this builder
     * @throws IllegalArgumentException when the name or value breaks these rules
     */
    public Builder putHeader(String name, String value) {
      Headers.check(name, value);
      extraHeaders.put(name, value);
      return this;
    }

    /**
     * Sends this call to another base URL.
     *
     * @param baseUrl an absolute http or https URL, without user info, query or fragment
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = BaseUrls.parse("baseUrl", baseUrl);
      return this;
    }

    /**
     * Allows replaying a non-idempotent call after the server may have seen it.
     *
     * @param retryNonIdempotent true to allow
     * @return this builder
     */
    public Builder retryNonIdempotent(boolean retryNonIdempotent) {
      this.retryNonIdempotent = retryNonIdempotent;
      return this;
    }

    /**
     * Sets the longest response body accepted for this call (see {@link
     * ClientOptions.Builder#maxResponseBytes(long)}).
     *
     * @param maxResponseBytes from 1 to {@link ClientOptions#MAX_RESPONSE_BYTES_LIMIT}
     * @return this builder
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      this.maxResponseBytes = ClientOptions.Builder.checkMaxResponseBytes(maxResponseBytes);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
