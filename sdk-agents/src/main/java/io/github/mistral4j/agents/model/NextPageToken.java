package io.github.mistral4j.agents.model;

import org.jspecify.annotations.Nullable;

/** A page of a list that names its successor by a token. {@link AgentListPage} implements it. */
public interface NextPageToken {
  /** {@return the token of the next page, or {@code null} when this is the last one} */
  @Nullable String nextPageToken();

  /** {@return whether a next page exists ({@link #nextPageToken()} is set and not empty)} */
  default boolean hasNextPage() {
    String token = nextPageToken();
    return token != null && !token.isEmpty();
  }
}
