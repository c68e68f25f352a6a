package io.github.mistral4j.agents.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The credentials a {@link ConnectorTool} is called with: an API key or an OAuth 2 token (the
 * contract's {@code authorization} union, told apart by {@code type}). Values are never printed. A
 * type this SDK version does not know decodes to {@link UnknownConnectorAuthorization}.
 */
@JsonDeserialize(using = ConnectorAuthorizationDeserializer.class)
public sealed interface ConnectorAuthorization
    permits ApiKeyAuth, OAuth2TokenAuth, UnknownConnectorAuthorization {

  /** {@return the {@code type} discriminator: {@code api-key} or {@code oauth2-token}} */
  String type();

  /**
   * An API key.
   *
   * @param apiKey the key
   * @return the authorization
   */
  static ApiKeyAuth apiKey(String apiKey) {
    return ApiKeyAuth.builder().value(apiKey).build();
  }

  /**
   * An OAuth 2 access token.
   *
   * @param accessToken the token
   * @return the authorization
   */
  static OAuth2TokenAuth oauth2Token(String accessToken) {
    return OAuth2TokenAuth.builder().value(accessToken).build();
  }
}
