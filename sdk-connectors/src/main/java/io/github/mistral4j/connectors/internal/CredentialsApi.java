package io.github.mistral4j.connectors.internal;

import feign.Param;
import feign.RequestLine;
import io.github.mistral4j.connectors.model.CredentialsCreateOrUpdate;
import io.github.mistral4j.connectors.model.CredentialsResponse;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.core.internal.OperationId;
import org.jspecify.annotations.Nullable;

/**
 * Credentials of a connector per scope: {@code /v1/connectors/{connector_id_or_name}/{scope}/credentials},
 * where the scope is {@code organization}, {@code workspace} or {@code user}.
 */
public interface CredentialsApi {
  /** {@code connector_list_{scope}_credentials_v1}. */
  @OperationId("connector_list_{scope}_credentials_v1")
  @RequestLine(
      "GET /v1/connectors/{connector_id_or_name}/{scope}/credentials"
          + "?auth_type={auth_type}&fetch_default={fetch_default}")
  CredentialsResponse list(
      @Param("connector_id_or_name") String connectorIdOrName,
      @Param("scope") String scope,
      @Param("auth_type") @Nullable String authType,
      @Param("fetch_default") @Nullable Boolean fetchDefault);

  /** {@code connector_create_or_update_{scope}_credentials_v1}. */
  @OperationId("connector_create_or_update_{scope}_credentials_v1")
  @RequestLine("POST /v1/connectors/{connector_id_or_name}/{scope}/credentials")
  MessageResponse createOrUpdate(
      @Param("connector_id_or_name") String connectorIdOrName,
      @Param("scope") String scope,
      CredentialsCreateOrUpdate body);

  /** {@code connector_delete_{scope}_credentials_v1}. */
  @OperationId("connector_delete_{scope}_credentials_v1")
  @RequestLine("DELETE /v1/connectors/{connector_id_or_name}/{scope}/credentials/{credentials_name}")
  MessageResponse delete(
      @Param("connector_id_or_name") String connectorIdOrName,
      @Param("scope") String scope,
      @Param("credentials_name") String credentialsName);

  /** {@code connector_delete_all_user_credentials_v1}. */
  @OperationId("connector_delete_all_user_credentials_v1")
  @RequestLine("DELETE /v1/connectors/{connector_id_or_name}/user/credentials")
  MessageResponse deleteAllUser(@Param("connector_id_or_name") String connectorIdOrName);
}
