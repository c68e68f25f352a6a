package io.github.mistral4j.connectors.internal;

import feign.Param;
import feign.RequestLine;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.ToolExecutionConfiguration;
import io.github.mistral4j.core.internal.OperationId;

/**
 * Activation of a connector for a consumer scope ({@code organization}, {@code workspace},
 * {@code user}). The contract gives these operations no request body; the official Python SDK
 * (2.5.1) sends a {@code ToolExecutionConfiguration} as the activation's body, which {@link
 * #activate(String, String, ToolExecutionConfiguration)} does too.
 */
public interface ActivationsApi {
  /** {@code connector_activate_for_consumer_v1}. */
  @OperationId("connector_activate_for_consumer_v1")
  @RequestLine("POST /v1/connectors/{connector_id}/{consumer_scope}/activate")
  MessageResponse activate(@Param("connector_id") String connectorId, @Param("consumer_scope") String consumerScope);

  /** {@code connector_activate_for_consumer_v1} with a tool configuration as the body. */
  @OperationId("connector_activate_for_consumer_v1")
  @RequestLine("POST /v1/connectors/{connector_id}/{consumer_scope}/activate")
  MessageResponse activate(
      @Param("connector_id") String connectorId,
      @Param("consumer_scope") String consumerScope,
      ToolExecutionConfiguration body);

  /** {@code connector_deactivate_for_consumer_v1}. */
  @OperationId("connector_deactivate_for_consumer_v1")
  @RequestLine("POST /v1/connectors/{connector_id}/{consumer_scope}/deactivate")
  MessageResponse deactivate(@Param("connector_id") String connectorId, @Param("consumer_scope") String consumerScope);
}
