package io.github.mistral4j.connectors.internal;

import feign.Param;
import feign.RequestLine;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.ToolExecutionConfiguration;
import io.github.mistral4j.core.internal.OperationId;
import io.github.mistral4j.core.internal.PathParams;

/**
 * Activation of a connector for a consumer scope ({@code organization}, {@code workspace},
 * {@code user}). The contract gives these operations no request body; the official Python SDK
 * (2.5.1) sends a {@code ToolExecutionConfiguration} as the activation's body, which {@link
 * #activate(String, String, ToolExecutionConfiguration)} does too.
 */
public interface ActivationsApi {
  /** {@code connector_activate_for_consumer_v1}. */
  @OperationId("connector_activate_for_consumer_v1")
  @RequestLine(value = "POST /v1/connectors/{connector_id}/{consumer_scope}/activate", decodeSlash = false)
  MessageResponse activate(
      @Param(value = "connector_id", expander = PathParams.SegmentExpander.class) String connectorId,
      @Param(value = "consumer_scope", expander = PathParams.SegmentExpander.class) String consumerScope);

  /** {@code connector_activate_for_consumer_v1} with a tool configuration as the body. */
  @OperationId("connector_activate_for_consumer_v1")
  @RequestLine(value = "POST /v1/connectors/{connector_id}/{consumer_scope}/activate", decodeSlash = false)
  MessageResponse activate(
      @Param(value = "connector_id", expander = PathParams.SegmentExpander.class) String connectorId,
      @Param(value = "consumer_scope", expander = PathParams.SegmentExpander.class) String consumerScope,
      ToolExecutionConfiguration body);

  /** {@code connector_deactivate_for_consumer_v1}. */
  @OperationId("connector_deactivate_for_consumer_v1")
  @RequestLine(value = "POST /v1/connectors/{connector_id}/{consumer_scope}/deactivate", decodeSlash = false)
  MessageResponse deactivate(
      @Param(value = "connector_id", expander = PathParams.SegmentExpander.class) String connectorId,
      @Param(value = "consumer_scope", expander = PathParams.SegmentExpander.class) String consumerScope);
}
