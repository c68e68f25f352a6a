package io.github.mistral4j.core.internal;

import io.github.mistral4j.core.observability.OutgoingHeaders;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The headers listeners add to one attempt: only new names, never one the request carries, the
 * HTTP client owns or a secret-sounding one; values checked like every header the SDK sends.
 */
final class ListenerHeaders implements OutgoingHeaders {
  private final Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, List<String>> added = new LinkedHashMap<>();
  private boolean open = true;

  ListenerHeaders(Map<String, Collection<String>> requestHeaders) {
    present.addAll(requestHeaders.keySet());
  }

  @Override
  public void set(String name, String value) {
    if (!open) {
      throw new IllegalStateException("headers can be added only while attemptStarted runs");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value of header " + name);
    if (!HeaderRules.isToken(name)) {
      throw new IllegalArgumentException("header name must be an HTTP token, got '" + name + "'");
    }
    if (HeaderRules.isHttpClientOwned(name) || SecretMasker.isSecretHeader(name) || present.contains(name)) {
      throw new IllegalArgumentException("header " + name + " is reserved: a listener can only add headers of its own");
    }
    HeaderRules.checkValue("header value of " + name, value);
    added.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
    added.put(name, List.of(value));
  }

  /** Ends the listener's window; returns what was added. */
  Map<String, List<String>> close() {
    open = false;
    return added;
  }
}
