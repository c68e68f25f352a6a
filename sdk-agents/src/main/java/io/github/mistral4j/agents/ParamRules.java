package io.github.mistral4j.agents;

/**
 * Rules on the listing parameters that the contract does not state, called by the generated
 * parameter builders (declared in {@code contract/overlay.yaml}).
 */
final class ParamRules {
  private ParamRules() {}

  /** A page token, when set, must not be empty. */
  static void pageToken(String token) {
    if (token.isEmpty()) {
      throw new IllegalArgumentException("page_token must not be empty");
    }
  }
}
