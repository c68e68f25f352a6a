package io.github.mistral4j.tools;

/**
 * Two tools would be offered to a model under the same name. The message names both tools and
 * their connectors and says how to tell them apart (a prefix or a tool name mapper).
 */
public class ToolNameCollisionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what collides and how to fix it
   */
  public ToolNameCollisionException(String message) {
    super(message);
  }
}
