package io.github.mistral4j.codegen;

import java.nio.file.Path;
import java.nio.file.Paths;

/** The checkout's root, from {@code mistral4j.root} (set by the build), else the parent folder. */
final class Roots {
  private Roots() {}

  static Path root() {
    String prop = System.getProperty("mistral4j.root");
    return Paths.get(prop != null && !prop.isBlank() ? prop : "..").toAbsolutePath().normalize();
  }
}
