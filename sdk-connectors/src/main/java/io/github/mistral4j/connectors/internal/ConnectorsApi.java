package io.github.mistral4j.connectors.internal;

import feign.Param;
import feign.RequestLine;
import io.github.mistral4j.connectors.model.AuthUrlResponse;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.connectors.model.MessageResponse;
import io.github.mistral4j.connectors.model.PaginatedConnectors;
import io.github.mistral4j.connectors.model.PublicAuthenticationMethod;
import io.github.mistral4j.connectors.model.UpdateConnectorRequest;
import io.github.mistral4j.core.internal.OperationId;
import io.github.mistral4j.core.internal.NonIdempotent;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The operations on connectors themselves: create, list, get, update, delete, auth, share. */
public interface ConnectorsApi {
  /** {@code connector_create_v1}. */
  @NonIdempotent
  @OperationId("connector_create_v1")
  @RequestLine("POST /v1/connectors")
  Connector create(CreateConnectorRequest body);

  /** {@code connector_list_v1}; {@code query_filters} is sent in form style ({@code active=true}). */
  @OperationId("connector_list_v1")
  @RequestLine("GET /v1/connectors?active={active}&cursor={cursor}&page_size={page_size}")
  PaginatedConnectors list(
      @Param("active") @Nullable Boolean active,
      @Param("cursor") @Nullable String cursor,
      @Param("page_size") @Nullable Integer pageSize);

  /** {@code connector_get_v1}. */
  @OperationId("connector_get_v1")
  @RequestLine(
      "GET /v1/connectors/{connector_id_or_name}?fetch_user_data={fetch_user_data}"
          + "&fetch_customer_data={fetch_customer_data}")
  Connector get(
      @Param("connector_id_or_name") String connectorIdOrName,
      @Param("fetch_user_data") @Nullable Boolean fetchUserData,
      @Param("fetch_customer_data") @Nullable Boolean fetchCustomerData);

  /** {@code connector_update_v1}. */
  @OperationId("connector_update_v1")
  @RequestLine("PATCH /v1/connectors/{connector_id}")
  Connector update(@Param("connector_id") String connectorId, UpdateConnectorRequest body);

  /** {@code connector_delete_v1}. */
  @OperationId("connector_delete_v1")
  @RequestLine("DELETE /v1/connectors/{connector_id}")
  MessageResponse delete(@Param("connector_id") String connectorId);

  /** {@code connector_get_auth_url_v1}. */
  @OperationId("connector_get_auth_url_v1")
  @RequestLine(
      "GET /v1/connectors/{connector_id_or_name}/auth_url?app_return_url={app_return_url}"
          + "&method_type={method_type}&credentials_name={credentials_name}"
          + "&credentials_title={credentials_title}&github_installation_link={github_installation_link}")
  AuthUrlResponse getAuthUrl(
      @Param("connector_id_or_name") String connectorIdOrName,
      @Param("app_return_url") @Nullable String appReturnUrl,
      @Param("method_type") @Nullable String methodType,
      @Param("credentials_name") @Nullable String credentialsName,
      @Param("credentials_title") @Nullable String credentialsTitle,
      @Param("github_installation_link") @Nullable Boolean githubInstallationLink);

  /** {@code connector_get_authentication_methods_v1}. */
  @OperationId("connector_get_authentication_methods_v1")
  @RequestLine("GET /v1/connectors/{connector_id_or_name}/authentication_methods")
  List<PublicAuthenticationMethod> getAuthenticationMethods(@Param("connector_id_or_name") String connectorIdOrName);

  /** {@code connector_share_v1}. */
  @OperationId("connector_share_v1")
  @RequestLine("PUT /v1/connectors/{connector_id}/share")
  MessageResponse share(@Param("connector_id") String connectorId);

  /** {@code connector_unshare_v1}. */
  @OperationId("connector_unshare_v1")
  @RequestLine("DELETE /v1/connectors/{connector_id}/share")
  MessageResponse unshare(@Param("connector_id") String connectorId);
}
