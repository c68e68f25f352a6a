package io.github.mistral4j.testkit.internal.connectors;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Credentials of one scope of a connector. The secrets themselves are accepted and never kept or shown. */
final class StoredCredential {
  final String name;

  @Nullable
  String title;

  String authType;
  boolean isDefault;
  final Instant createdAt;
  Instant checkedAt;

  StoredCredential(
      String name, @Nullable String title, String authType, boolean isDefault, Instant now) {
    this.name = name;
    this.title = title;
    this.authType = authType;
    this.isDefault = isDefault;
    this.createdAt = now;
    this.checkedAt = now;
  }
}
