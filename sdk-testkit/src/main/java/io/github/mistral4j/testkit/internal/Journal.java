package io.github.mistral4j.testkit.internal;

import io.github.mistral4j.testkit.internal.http.ApiRequest;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The requests received, oldest first, with credential headers masked; keeps the last 10,000. */
public final class Journal {
  private static final int CAPACITY = 10_000;
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie");

  private final Deque<JournalEntry> entries = new java.util.ArrayDeque<>();

  /** Records a request as it arrives. */
  public synchronized JournalEntry record(ApiRequest request, @Nullable String operationId) {
    JournalEntry e = new JournalEntry(new ReceivedRequest(
        request.method(),
        request.rawPath(),
        request.rawQuery(),
        request.query(),
        mask(request.headers()),
        request.bodyText(),
        operationId));
    entries.addLast(e);
    if (entries.size() > CAPACITY) {
      entries.removeFirst();
    }
    return e;
  }

  /** Every entry, oldest first. */
  public synchronized List<JournalEntry> entries() {
    return new ArrayList<>(entries);
  }

  /** Forgets every entry. */
  public synchronized void clear() {
    entries.clear();
  }

  static Map<String, List<String>> mask(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    headers.forEach((name, values) -> {
      if (!SECRET_HEADERS.contains(name)) {
        out.put(name, values);
        return;
      }
      List<String> masked = new ArrayList<>();
      for (String v : values) {
        masked.add(name.endsWith("authorization") ? maskCredentials(v) : "****");
      }
      out.put(name, List.copyOf(masked));
    });
    return Map.copyOf(out);
  }

  private static String maskCredentials(String value) {
    String v = value.strip();
    int space = v.indexOf(' ');
    if (space > 0 && v.substring(0, space).toLowerCase(Locale.ROOT).matches("[a-z-]+")) {
      return v.substring(0, space) + " ****";
    }
    return "****";
  }
}
