package io.github.mistral4j.connectors;

/**
 * The consumer scope of an activation or a set of credentials: the contract's {@code
 * consumer_scope} path parameter and the per-scope credential paths.
 */
public enum Scope {
  /** The whole organization ({@code organization}). */
  ORGANIZATION("organization"),
  /** The current workspace ({@code workspace}). */
  WORKSPACE("workspace"),
  /** The calling user ({@code user}). */
  USER("user");

  private final String pathSegment;

  Scope(String pathSegment) {
    this.pathSegment = pathSegment;
  }

  /** {@return the scope as it appears in request paths, e.g. {@code organization}} */
  public String pathSegment() {
    return pathSegment;
  }
}
