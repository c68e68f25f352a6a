package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.core.Version;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The range of Jackson 2 releases the SDK supports, checked once when the SDK's mapper is first asked
 * for. An older Jackson would fail later, on some call only (for example the first error response), with
 * a {@link NoSuchMethodError}; this check fails the first call, with a message saying what to change.
 */
public final class JacksonSupport {
  /** The oldest Jackson the SDK supports (and tests, in the compatibility matrix). */
  public static final String MINIMUM = "2.13.4";

  private static final int MIN_MAJOR = 2;
  private static final int MIN_MINOR = 13;
  private static final int MIN_PATCH = 4;

  private static final @Nullable String PROBLEM =
      problem(
          List.of(
              com.fasterxml.jackson.core.json.PackageVersion.VERSION,
              com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
              com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION));

  private JacksonSupport() {}

  /**
   * Throws when a Jackson module on the classpath is older than {@link #MINIMUM}.
   *
   * @throws IllegalStateException naming the versions found, the version required and how to align them
   */
  public static void requireSupported() {
    if (PROBLEM != null) {
      throw new IllegalStateException(PROBLEM);
    }
  }

  /** The message for the given module versions, or {@code null} when every one is supported. */
  static @Nullable String problem(List<Version> found) {
    List<String> tooOld = new ArrayList<>();
    for (Version v : found) {
      if (v.getMajorVersion() == 0) {
        continue; // unknown (a repackaged jar without its version): nothing to say
      }
      if (compare(v.getMajorVersion(), v.getMinorVersion(), v.getPatchLevel()) < 0) {
        tooOld.add(v.getGroupId() + ":" + v.getArtifactId() + " " + v);
      }
    }
    if (tooOld.isEmpty()) {
      return null;
    }
    return "mistral4j needs Jackson "
        + MINIMUM
        + " or newer, but the classpath has "
        + String.join(", ", tooOld)
        + ". Align every Jackson module on one version from "
        + MINIMUM
        + " on: import com.fasterxml.jackson:jackson-bom at that version in your dependencyManagement"
        + " (Maven) or as a platform (Gradle), or raise the Jackson version your framework manages"
        + " (Spring Boot: the jackson-bom.version property, jackson-2-bom.version from Boot 4).";
  }

  private static int compare(int major, int minor, int patch) {
    if (major != MIN_MAJOR) {
      return Integer.compare(major, MIN_MAJOR);
    }
    if (minor != MIN_MINOR) {
      return Integer.compare(minor, MIN_MINOR);
    }
    return Integer.compare(patch, MIN_PATCH);
  }
}
