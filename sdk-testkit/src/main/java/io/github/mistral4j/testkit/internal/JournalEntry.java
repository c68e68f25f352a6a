package io.github.mistral4j.testkit.internal;

import org.jspecify.annotations.Nullable;

/** One received request, its credentials already masked; the status is filled in once answered. */
public final class JournalEntry {
  private final ReceivedRequest request;
  private volatile @Nullable Integer status;

  JournalEntry(ReceivedRequest request) {
    this.request = request;
  }

  /** The request. */
  public ReceivedRequest request() {
    return request;
  }

  /** The status answered, or null. */
  public @Nullable Integer status() {
    return status;
  }

  void answered(int status) {
    this.status = status;
  }
}
