package io.github.mistral4j.testkit.internal.connectors;

import static io.github.mistral4j.testkit.internal.validation.Specs.anyObject;
import static io.github.mistral4j.testkit.internal.validation.Specs.anyOf;
import static io.github.mistral4j.testkit.internal.validation.Specs.bool;
import static io.github.mistral4j.testkit.internal.validation.Specs.dateTime;
import static io.github.mistral4j.testkit.internal.validation.Specs.emptyObject;
import static io.github.mistral4j.testkit.internal.validation.Specs.flag;
import static io.github.mistral4j.testkit.internal.validation.Specs.integer;
import static io.github.mistral4j.testkit.internal.validation.Specs.list;
import static io.github.mistral4j.testkit.internal.validation.Specs.literal;
import static io.github.mistral4j.testkit.internal.validation.Specs.map;
import static io.github.mistral4j.testkit.internal.validation.Specs.nullable;
import static io.github.mistral4j.testkit.internal.validation.Specs.object;
import static io.github.mistral4j.testkit.internal.validation.Specs.oneOf;
import static io.github.mistral4j.testkit.internal.validation.Specs.string;
import static io.github.mistral4j.testkit.internal.validation.Specs.text;
import static io.github.mistral4j.testkit.internal.validation.Specs.url;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.mistral4j.testkit.internal.validation.Issues;
import io.github.mistral4j.testkit.internal.validation.Loc;
import io.github.mistral4j.testkit.internal.validation.ObjectSpec;
import io.github.mistral4j.testkit.internal.validation.Spec;
import io.github.mistral4j.testkit.internal.validation.Specs;
import org.jspecify.annotations.Nullable;

/** The request bodies and enum parameters of the connectors operations, as the server validates them. */
final class ConnectorRequests {
  static final String[] OUTBOUND_AUTH_TYPES = {"oauth2", "bearer", "none", "github_app", "slack_app"
  };

  static final Spec OUTBOUND_AUTH_TYPE = oneOf("OutboundAuthenticationType", OUTBOUND_AUTH_TYPES);
  static final Spec CONSUMER_SCOPE = oneOf("ConsumerScope", "user", "workspace", "organization");
  static final Spec NAME = string().pattern(Specs.NAME_PATTERN);

  private static final Spec GLOBAL_HEADER_VALUE = object("GlobalHeaderValue")
      .optional("is_secret", bool(), flag(true))
      .required("value", string());

  private static final Spec STRINGS = nullable(list(string()));
  private static final Spec URI = string().minLength(1);

  static final ObjectSpec OAUTH_SERVER_METADATA = object("ExtendedOAuthServerMetadata")
      .required("issuer", URI)
      .required("authorization_endpoint", URI)
      .required("token_endpoint", URI)
      .optional("registration_endpoint", nullable(URI))
      .optional("scopes_supported", STRINGS)
      .optional(
          "response_types_supported",
          list(string()),
          JsonNodeFactory.instance.arrayNode().add("code"))
      .optional("response_modes_supported", STRINGS)
      .optional("grant_types_supported", STRINGS)
      .optional("token_endpoint_auth_methods_supported", STRINGS)
      .optional("token_endpoint_auth_signing_alg_values_supported", STRINGS)
      .optional("service_documentation", nullable(URI))
      .optional("ui_locales_supported", STRINGS)
      .optional("op_policy_uri", nullable(URI))
      .optional("op_tos_uri", nullable(URI))
      .optional("revocation_endpoint", nullable(URI))
      .optional("revocation_endpoint_auth_methods_supported", STRINGS)
      .optional("revocation_endpoint_auth_signing_alg_values_supported", STRINGS)
      .optional("introspection_endpoint", nullable(URI))
      .optional("introspection_endpoint_auth_methods_supported", STRINGS)
      .optional("introspection_endpoint_auth_signing_alg_values_supported", STRINGS)
      .optional("code_challenge_methods_supported", STRINGS)
      .optional("client_id_metadata_document_supported", nullable(bool()))
      .optional("x_source", nullable(oneOf("OAuthMetadataSource", "autodiscovery", "provided")))
      .optional("x_resource_url", nullable(string()))
      .optional("x_scope", nullable(string()));

  /** {@code CreateConnectorRequest}. */
  static final ObjectSpec CREATE = object("CreateConnectorRequest")
      .optional("protocol", literal("mcp"), text("mcp"))
      .required("name", NAME)
      .optional("title", nullable(string().maxLength(255)))
      .required("description", string())
      .optional("icon_url", nullable(string()))
      .optional(
          "visibility",
          oneOf("PublicResourceVisibility", "shared_org", "shared_workspace", "private"),
          text("private"))
      .required("server", url())
      .optional("headers", nullable(anyObject()))
      .optional("global_headers", map(GLOBAL_HEADER_VALUE), emptyObject())
      .optional(
          "auth_data",
          nullable(object("AuthData")
              .required("client_id", string())
              .optional("client_secret", nullable(string()))))
      .optional("oauth2_server_metadata", nullable(OAUTH_SERVER_METADATA))
      .optional("oauth2_server_metadata_url", nullable(url()))
      .optional("system_prompt", nullable(string()));

  private static final Spec AUTH_HEADER = object("ConnectorAuthenticationHeader")
      .required("name", string())
      .optional("is_required", bool(), flag(true))
      .optional("is_secret", bool(), flag(true));

  private static final Spec AUTH_METHOD = object("AuthenticationMethodCreateOrUpdateRequest")
      .required(
          "method_type", anyOf(OUTBOUND_AUTH_TYPE, oneOf("InboundAuthenticationType", "webhook")))
      .optional("auth_direction", oneOf("AuthDirection", "inbound", "outbound"), text("outbound"))
      .optional("headers", nullable(list(AUTH_HEADER)))
      .optional("global_headers", map(GLOBAL_HEADER_VALUE), emptyObject())
      .optional(
          "oauth2_metadata_secrets",
          nullable(object("Oauth2MetadataSecrets")
              .optional("client_id", nullable(string()))
              .optional("client_secret", nullable(string()))
              .optional("client_id_issued_at", nullable(integer()))
              .optional("client_secret_expires_at", nullable(integer()))))
      .optional("oauth2_server_metadata", nullable(OAUTH_SERVER_METADATA));

  /** {@code UpdateConnectorRequest}: partial, absent fields stay absent. */
  static final ObjectSpec UPDATE = object("UpdateConnectorRequest")
      .optional("title", nullable(string().maxLength(255)))
      .optional("name", nullable(NAME))
      .optional("description", nullable(string()))
      .optional("icon_url", nullable(string()))
      .optional("system_prompt", nullable(string()))
      .optional("protocol", literal("mcp"), text("mcp"))
      .optional("server", nullable(url()))
      .optional("auth_methods", nullable(list(AUTH_METHOD)))
      .partial();

  /** {@code CredentialsCreateOrUpdate}: partial, so an update can tell an omitted field from a null one. */
  static final ObjectSpec CREDENTIALS = object("CredentialsCreateOrUpdate")
      .required("name", NAME)
      .optional("title", nullable(string().maxLength(255)))
      .optional("is_default", nullable(bool()))
      .optional(
          "credentials",
          nullable(object("ConnectionCredentials")
              .optional(
                  "oauth",
                  nullable(object("OAuth2Token")
                      .required("access_token", string())
                      .optional("token_type", literal("Bearer"), text("Bearer"))
                      .optional("expires_in", nullable(integer()))
                      .optional("scope", nullable(string()))
                      .optional("refresh_token", nullable(string()))
                      .optional("expires_at", nullable(dateTime()))))
              .optional("headers", nullable(map(string())))
              .optional("bearer_token", nullable(string()))
              .optional("github_installation_id", nullable(string()))))
      .partial();

  /** {@code ConnectorCallToolRequest}. */
  static final ObjectSpec CALL_TOOL =
      object("ConnectorCallToolRequest").optional("arguments", anyObject(), emptyObject());

  /** A confirmation rule: tool names, {@code ToolProperties} or a {@code LogicalExpression} of rules. */
  private static final Spec RULE = new Spec() {
    @Override
    public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
      return ruleUnion().check(input, loc, issues);
    }
  };

  private static final Spec TOOL_PROPERTIES =
      object("ToolProperties").required("read_only", nullable(bool()));

  private static final Spec LOGICAL_EXPRESSION = object("LogicalExpression")
      .required("type", oneOf("LogicalOperator", "and", "or"))
      .required("expressions", list(RULE));

  /**
   * {@code ToolExecutionConfiguration}, the body the Python SDK sends to activate a connector:
   * every field optional and nullable.
   */
  static final ObjectSpec TOOL_EXECUTION_CONFIGURATION = object("ToolExecutionConfiguration")
      .optional("requires_confirmation", nullable(RULE))
      .optional("skip_confirmation", nullable(RULE))
      .optional("include", STRINGS)
      .optional("exclude", STRINGS);

  private static Spec ruleUnion() {
    return anyOf(list(string()), LOGICAL_EXPRESSION, TOOL_PROPERTIES);
  }

  private ConnectorRequests() {}
}
