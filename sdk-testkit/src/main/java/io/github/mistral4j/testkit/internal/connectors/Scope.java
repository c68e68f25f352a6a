package io.github.mistral4j.testkit.internal.connectors;

import org.jspecify.annotations.Nullable;

/** A consumer scope: its name in paths ({@code organization}) and as a {@code ConsumerType} ({@code org}). */
enum Scope {
  ORGANIZATION("organization", "org"),
  WORKSPACE("workspace", "workspace"),
  USER("user", "user");

  private final String pathName;
  private final String consumerType;

  Scope(String pathName, String consumerType) {
    this.pathName = pathName;
    this.consumerType = consumerType;
  }

  /** The name in paths. */
  String pathName() {
    return pathName;
  }

  /** The {@code ConsumerType} value. */
  String consumerType() {
    return consumerType;
  }

  /** The scope of a path name, or null. */
  static @Nullable Scope fromPath(String name) {
    for (Scope s : values()) {
      if (s.pathName.equals(name)) {
        return s;
      }
    }
    return null;
  }
}
