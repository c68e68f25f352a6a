package io.github.mistral4j.tools.internal;

import io.github.mistral4j.tools.ToolNameCollisionException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gives every connector tool the name the model sees. Names must match {@code
 * ^[a-zA-Z0-9_-]{1,64}$} (Mistral's rule, and that of most model APIs): other characters become
 * {@code _}, and a name that is too long is cut and ends with {@code _} plus eight hex digits of
 * the SHA-256 of the unshortened name, so it is stable across runs and processes. When sanitising
 * makes two different names equal ({@code a.b} and {@code a/b}), each altered name gets that
 * suffix too. Two tools that still share a name are a configuration error.
 */
public final class ToolNamer {
  /** The names Mistral accepts for functions, tools and connectors. */
  public static final Pattern VALID = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

  private static final int MAX = 64;
  private static final int SUFFIX = 9; // '_' + 8 hex digits

  /**
   * One tool to name.
   *
   * @param connector the connector (id or name) as configured
   * @param toolName the tool's name on the connector
   * @param proposed the name before sanitising: prefix plus tool name, or the mapper's answer
   * @param renamed whether a prefix or a name mapper produced {@code proposed}
   */
  public record Candidate(String connector, String toolName, String proposed, boolean renamed) {}

  private ToolNamer() {}

  /**
   * Names every candidate.
   *
   * @param candidates the tools, in the order they should be offered
   * @return final name to candidate, in the candidates' order (the reverse map)
   * @throws ToolNameCollisionException when two candidates end with the same name
   */
  public static Map<String, Candidate> assign(List<Candidate> candidates) {
    Map<String, List<Candidate>> byBase = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      byBase.computeIfAbsent(sanitize(c.proposed()), k -> new ArrayList<>()).add(c);
    }
    Map<Candidate, String> names = new HashMap<>();
    byBase.forEach((base, group) -> {
      for (Candidate c : group) {
        boolean altered = !base.equals(c.proposed());
        names.put(c, group.size() > 1 && altered ? withSuffix(base, c.proposed()) : base);
      }
    });
    Map<String, Candidate> result = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      String name = names.get(c);
      Candidate other = result.putIfAbsent(name, c);
      if (other != null) {
        throw collision(name, other, c);
      }
    }
    return result;
  }

  /**
   * A name that matches {@link #VALID}: characters outside it become {@code _}, an empty name
   * becomes {@code tool}, and a name longer than 64 is shortened with a hash suffix.
   *
   * @param proposed any string
   * @return a valid name, equal to {@code proposed} when that is already valid
   */
  public static String sanitize(String proposed) {
    StringBuilder b = new StringBuilder(proposed.length());
    for (int i = 0; i < proposed.length(); i++) {
      char ch = proposed.charAt(i);
      boolean ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-';
      b.append(ok ? ch : '_');
    }
    String name = b.length() == 0 ? "tool" : b.toString();
    return name.length() > MAX ? withSuffix(name, proposed) : name;
  }

  /** {@code base} cut to leave room for {@code _} and eight hex digits of the hash of {@code source}. */
  static String withSuffix(String base, String source) {
    String head = base.length() > MAX - SUFFIX ? base.substring(0, MAX - SUFFIX) : base;
    return head + "_" + hash(source);
  }

  private static String hash(String source) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        hex.append(String.format("%02x", digest[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** A prefix the builder accepts (at most 32 characters), derived from a connector. */
  private static String suggestedPrefix(String connector) {
    String base = sanitize(connector);
    return (base.length() > 16 ? base.substring(0, 16) : base) + "_";
  }

  private static ToolNameCollisionException collision(String name, Candidate first, Candidate second) {
    String origins = "'" + first.toolName() + "' of connector '" + first.connector() + "' and '"
        + second.toolName() + "' of connector '" + second.connector() + "'";
    if (!first.renamed() && !second.renamed() && !first.connector().equals(second.connector())) {
      return new ToolNameCollisionException(
          "Two connectors expose a tool named '" + name + "': " + origins
              + ". Give each connector a prefix (ConnectorSource.builder(\"" + second.connector() + "\").prefix(\""
              + suggestedPrefix(second.connector()) + "\")) "
              + "or set a toolNameMapper.");
    }
    return new ToolNameCollisionException(
        "Two tools would be offered to the model as '" + name + "': " + origins
            + ". Make the prefixes or the toolNameMapper produce distinct names.");
  }
}
