package io.github.mistral4j.testkit.internal.connectors;

import io.github.mistral4j.testkit.internal.validation.ObjectSpec;
import io.github.mistral4j.testkit.internal.validation.RequestSpecs;
import io.github.mistral4j.testkit.internal.validation.Spec;

/**
 * The request bodies and checked parameters of the connectors operations, as the server validates
 * them, all generated from the contract ({@link RequestSpecs}).
 */
final class ConnectorRequests {
  static final Spec OUTBOUND_AUTH_TYPE = RequestSpecs.OUTBOUND_AUTHENTICATION_TYPE;
  static final Spec CONSUMER_SCOPE = RequestSpecs.CONSUMER_SCOPE;
  static final Spec CREDENTIALS_NAME = RequestSpecs.CREDENTIALS_NAME;
  static final Spec CREDENTIALS_TITLE = RequestSpecs.CREDENTIALS_TITLE;

  /** {@code CreateConnectorRequest}. */
  static final ObjectSpec CREATE = RequestSpecs.CREATE_CONNECTOR_REQUEST;

  /** {@code UpdateConnectorRequest}: partial, absent fields stay absent. */
  static final ObjectSpec UPDATE = RequestSpecs.UPDATE_CONNECTOR_REQUEST;

  /** {@code CredentialsCreateOrUpdate}: partial, so an update can tell an omitted field from a null one. */
  static final ObjectSpec CREDENTIALS = RequestSpecs.CREDENTIALS_CREATE_OR_UPDATE;

  /** {@code ConnectorCallToolRequest}. */
  static final ObjectSpec CALL_TOOL = RequestSpecs.CONNECTOR_CALL_TOOL_REQUEST;

  /**
   * {@code ToolExecutionConfiguration}, the body the Python SDK sends to activate a connector:
   * every field optional and nullable.
   */
  static final ObjectSpec TOOL_EXECUTION_CONFIGURATION = RequestSpecs.TOOL_EXECUTION_CONFIGURATION;

  private ConnectorRequests() {}
}
