package io.github.mistral4j.spring.boot;

/**
 * No API key is configured: the application must set {@code mistral.api-key} (or the environment
 * variable {@code MISTRAL_API_KEY}). Thrown at start-up, when the client options are created.
 */
public class MistralApiKeyMissingException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the property to set. */
  public MistralApiKeyMissingException() {
    super("No Mistral API key is configured: set the property 'mistral.api-key' "
        + "(or the environment variable MISTRAL_API_KEY), or define your own ClientOptions bean.");
  }
}
