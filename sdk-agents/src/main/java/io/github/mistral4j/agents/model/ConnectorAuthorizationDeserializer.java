package io.github.mistral4j.agents.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.core.model.UnionDeserializer;
import java.util.Map;

/** Decodes {@link ConnectorAuthorization} by its {@code type}. */
final class ConnectorAuthorizationDeserializer extends UnionDeserializer<ConnectorAuthorization> {
  private static final long serialVersionUID = 1L;

  ConnectorAuthorizationDeserializer() {
    super(
        ConnectorAuthorization.class,
        "type",
        Map.of(ApiKeyAuth.TYPE, ApiKeyAuth.class, OAuth2TokenAuth.TYPE, OAuth2TokenAuth.class));
  }

  @Override
  protected ConnectorAuthorization unknown(JsonNode raw) {
    return UnknownConnectorAuthorization.of(raw);
  }
}
