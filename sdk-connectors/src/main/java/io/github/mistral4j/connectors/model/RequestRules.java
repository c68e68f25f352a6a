package io.github.mistral4j.connectors.model;

/** Rules of the request models that span several fields; the generated models call them. */
final class RequestRules {
  private RequestRules() {}

  static void createConnector(CreateConnectorRequest request) {
    if (request.oauth2ServerMetadata() != null && request.oauth2ServerMetadataUrl() != null) {
      throw new IllegalArgumentException(
          "oauth2_server_metadata and oauth2_server_metadata_url are mutually exclusive: set one of them");
    }
  }
}
