package io.github.mistral4j.core;

import io.github.mistral4j.core.internal.SettingChecks;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import io.github.mistral4j.core.observability.MistralListener;
import org.jspecify.annotations.Nullable;

/**
 * The values of {@link ClientOptions}, their defaults, and setters that check each value before
 * storing it (with {@link OptionChecks}, {@link BaseUrls} and {@link Headers}). A {@link
 * ClientOptions.Builder} changes its own editable copy; each {@link ClientOptions} keeps a frozen
 * copy, whose header map and listener list cannot be changed and on which nothing calls a setter.
 */
final class OptionValues {
  @Nullable Supplier<String> apiKey;
  URI baseUrl;
  Duration connectTimeout;
  Duration requestTimeout;
  RetryPolicy retryPolicy;
  Map<String, String> defaultHeaders;
  String userAgent;
  LogLevel logLevel;
  long maxResponseBytes;
  @Nullable HttpClient httpClient;
  feign.@Nullable Client feignClient;
  @Nullable Executor asyncExecutor;
  Sleeper sleeper;
  Clock clock;
  List<MistralListener> listeners;

  /** Every default, no API key, editable. */
  OptionValues() {
    baseUrl = ClientOptions.DEFAULT_BASE_URL;
    connectTimeout = Duration.ofSeconds(10);
    requestTimeout = Duration.ofSeconds(300);
    retryPolicy = RetryPolicy.defaults();
    defaultHeaders = new LinkedHashMap<>();
    userAgent = SdkVersion.userAgent();
    logLevel = LogLevel.NONE;
    maxResponseBytes = ClientOptions.DEFAULT_MAX_RESPONSE_BYTES;
    sleeper = Sleeper.SYSTEM;
    clock = Clock.systemUTC();
    listeners = new ArrayList<>();
  }

  private OptionValues(OptionValues from, boolean frozen) {
    apiKey = from.apiKey;
    baseUrl = from.baseUrl;
    connectTimeout = from.connectTimeout;
    requestTimeout = from.requestTimeout;
    retryPolicy = from.retryPolicy;
    defaultHeaders =
        frozen
            ? Collections.unmodifiableMap(new LinkedHashMap<>(from.defaultHeaders))
            : new LinkedHashMap<>(from.defaultHeaders);
    userAgent = from.userAgent;
    logLevel = from.logLevel;
    maxResponseBytes = from.maxResponseBytes;
    httpClient = from.httpClient;
    feignClient = from.feignClient;
    asyncExecutor = from.asyncExecutor;
    sleeper = from.sleeper;
    clock = from.clock;
    listeners = frozen ? List.copyOf(from.listeners) : new ArrayList<>(from.listeners);
  }

  void apiKey(String key) {
    apiKey = OptionChecks.fixedApiKey(key);
  }

  void apiKey(Supplier<String> key) {
    apiKey = Objects.requireNonNull(key, "apiKey");
  }

  void baseUrl(String url) {
    baseUrl = BaseUrls.parse("baseUrl", url);
  }

  void baseUrl(URI url) {
    baseUrl = BaseUrls.check("baseUrl", url);
  }

  void connectTimeout(Duration timeout) {
    connectTimeout = SettingChecks.positive("connectTimeout", timeout);
  }

  void requestTimeout(Duration timeout) {
    requestTimeout = SettingChecks.positive("requestTimeout", timeout);
  }

  void retryPolicy(RetryPolicy policy) {
    retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
  }

  void maxRetries(int maxRetries) {
    retryPolicy = retryPolicy.toBuilder().maxRetries(maxRetries).build();
  }

  void putDefaultHeader(String name, String value) {
    Headers.check(name, value);
    defaultHeaders.put(name, value);
  }

  void userAgent(String value) {
    Headers.check("User-Agent", value);
    userAgent = value;
  }

  void logLevel(LogLevel level) {
    logLevel = Objects.requireNonNull(level, "logLevel");
  }

  void maxResponseBytes(long limit) {
    maxResponseBytes = OptionChecks.maxResponseBytes(limit);
  }

  void httpClient(HttpClient client) {
    httpClient = OptionChecks.httpClient(client);
  }

  void feignClient(feign.Client client) {
    feignClient = Objects.requireNonNull(client, "feignClient");
  }

  void asyncExecutor(Executor executor) {
    asyncExecutor = Objects.requireNonNull(executor, "asyncExecutor");
  }

  void sleeper(Sleeper value) {
    sleeper = Objects.requireNonNull(value, "sleeper");
  }

  void clock(Clock value) {
    clock = Objects.requireNonNull(value, "clock");
  }

  void addListener(MistralListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  void listeners(List<? extends MistralListener> replacement) {
    listeners = OptionChecks.listeners(replacement);
  }

  /** {@return a copy to change, sharing no collection with this one} */
  OptionValues editableCopy() {
    return new OptionValues(this, false);
  }

  /** {@return a copy whose header map and listener list cannot be changed} */
  OptionValues frozenCopy() {
    return new OptionValues(this, true);
  }
}
