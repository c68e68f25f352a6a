package io.github.mistral4j.core;

import io.github.mistral4j.core.internal.SettingChecks;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * When and how long the SDK waits before retrying a failed call.
 *
 * <p>Retried: HTTP 408, 429, 500, 502, 503, 504 and I/O failures, at most {@link #maxRetries()}
 * times. The wait grows exponentially from {@link #initialBackoff()} up to {@link #maxBackoff()},
 * with jitter (each wait is drawn between half and all of its nominal value). A {@code
 * Retry-After} header (seconds or HTTP date) replaces the computed wait; when it asks for more than
 * {@link #maxRetryAfter()} the call fails at once with {@link RateLimitException}. Non-idempotent
 * operations (creating a connector or an agent, updating an agent, calling a tool) are retried only
 * when the request never reached the server, or on 429, unless {@link
 * RequestOptions#retryNonIdempotent()} is set.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULT = builder().build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
  }

  /**
   * {@return the default policy: 2 retries, 0.5 s doubling to 8 s, {@code Retry-After} up to 60 s}
   */
  public static RetryPolicy defaults() {
    return DEFAULT;
  }

  /** {@return a policy that never retries} */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from this policy} */
  public Builder toBuilder() {
    return new Builder()
        .maxRetries(maxRetries)
        .initialBackoff(initialBackoff)
        .maxBackoff(maxBackoff)
        .maxRetryAfter(maxRetryAfter);
  }

  /** {@return how many times a call is retried after its first attempt} */
  public int maxRetries() {
    return maxRetries;
  }

  /** {@return the nominal wait before the first retry} */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** {@return the longest computed wait between attempts} */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * {@return the longest {@code Retry-After} the SDK waits for; longer ones fail the call at once}
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Whether a response status is worth retrying.
   *
   * @param status HTTP status code
   * @return true for 408, 429, 500, 502, 503 and 504
   */
  public static boolean isRetryableStatus(int status) {
    return status == 408
        || status == 429
        || status == 500
        || status == 502
        || status == 503
        || status == 504;
  }

  /**
   * The wait before retry number {@code retry} (0 for the first retry).
   *
   * @param retry how many retries came before this one
   * @param retryAfter what the server asked for, if anything
   * @return the wait, or {@code null} when the server asked for more than {@link #maxRetryAfter()}
   */
  public @Nullable Duration delayBeforeRetry(int retry, @Nullable Duration retryAfter) {
    if (retryAfter != null) {
      if (retryAfter.compareTo(maxRetryAfter) > 0) {
        return null;
      }
      return retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }
    long nominal = initialBackoff.toMillis() << Math.min(retry, 30);
    long capped = Math.min(nominal, maxBackoff.toMillis());
    long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    return Duration.ofMillis(jittered);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RetryPolicy p
        && maxRetries == p.maxRetries
        && initialBackoff.equals(p.initialBackoff)
        && maxBackoff.equals(p.maxBackoff)
        && maxRetryAfter.equals(p.maxRetryAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetries, initialBackoff, maxBackoff, maxRetryAfter);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries="
        + maxRetries
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxRetryAfter="
        + maxRetryAfter
        + '}';
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    private Builder() {}

    /**
     * Sets how many retries follow a failed first attempt; 0 disables retries.
     *
     * @param maxRetries zero or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = SettingChecks.notNegative("maxRetries", maxRetries);
      return this;
    }

    /**
     * Sets the nominal wait before the first retry.
     *
     * @param initialBackoff zero or positive
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = SettingChecks.notNegative("initialBackoff", initialBackoff);
      return this;
    }

    /**
     * Sets the longest computed wait.
     *
     * @param maxBackoff zero or positive
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = SettingChecks.notNegative("maxBackoff", maxBackoff);
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} honoured.
     *
     * @param maxRetryAfter zero or positive
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = SettingChecks.notNegative("maxRetryAfter", maxRetryAfter);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
