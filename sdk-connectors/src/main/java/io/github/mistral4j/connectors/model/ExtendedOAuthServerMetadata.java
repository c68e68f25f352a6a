package io.github.mistral4j.connectors.model;

import io.github.mistral4j.core.internal.Checks;
import io.github.mistral4j.core.internal.Models;
import io.github.mistral4j.core.internal.ModelText;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * OAuth 2.0 authorization server metadata (RFC 8414) with Mistral's extensions ({@code x_source},
 * {@code x_resource_url}, {@code x_scope}).
 */
@JsonDeserialize(builder = ExtendedOAuthServerMetadata.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ExtendedOAuthServerMetadata {
  private final String issuer;
  private final String authorizationEndpoint;
  private final String tokenEndpoint;
  private final @Nullable String registrationEndpoint;
  private final List<String> scopesSupported;
  private final List<String> responseTypesSupported;
  private final List<String> responseModesSupported;
  private final List<String> grantTypesSupported;
  private final List<String> tokenEndpointAuthMethodsSupported;
  private final List<String> tokenEndpointAuthSigningAlgValuesSupported;
  private final @Nullable String serviceDocumentation;
  private final List<String> uiLocalesSupported;
  private final @Nullable String opPolicyUri;
  private final @Nullable String opTosUri;
  private final @Nullable String revocationEndpoint;
  private final List<String> revocationEndpointAuthMethodsSupported;
  private final List<String> revocationEndpointAuthSigningAlgValuesSupported;
  private final @Nullable String introspectionEndpoint;
  private final List<String> introspectionEndpointAuthMethodsSupported;
  private final List<String> introspectionEndpointAuthSigningAlgValuesSupported;
  private final List<String> codeChallengeMethodsSupported;
  private final @Nullable Boolean clientIdMetadataDocumentSupported;
  private final @Nullable OAuthMetadataSource xSource;
  private final @Nullable String xResourceUrl;
  private final @Nullable String xScope;
  private final Map<String, JsonNode> additionalProperties;

  private ExtendedOAuthServerMetadata(Builder b) {
    this.issuer = Models.required(b.issuer, "ExtendedOAuthServerMetadata", "issuer");
    this.authorizationEndpoint = Models.required(b.authorizationEndpoint, "ExtendedOAuthServerMetadata", "authorization_endpoint");
    this.tokenEndpoint = Models.required(b.tokenEndpoint, "ExtendedOAuthServerMetadata", "token_endpoint");
    this.registrationEndpoint = b.registrationEndpoint;
    this.scopesSupported = Models.list(b.scopesSupported);
    this.responseTypesSupported = Models.list(b.responseTypesSupported);
    this.responseModesSupported = Models.list(b.responseModesSupported);
    this.grantTypesSupported = Models.list(b.grantTypesSupported);
    this.tokenEndpointAuthMethodsSupported = Models.list(b.tokenEndpointAuthMethodsSupported);
    this.tokenEndpointAuthSigningAlgValuesSupported = Models.list(b.tokenEndpointAuthSigningAlgValuesSupported);
    this.serviceDocumentation = b.serviceDocumentation;
    this.uiLocalesSupported = Models.list(b.uiLocalesSupported);
    this.opPolicyUri = b.opPolicyUri;
    this.opTosUri = b.opTosUri;
    this.revocationEndpoint = b.revocationEndpoint;
    this.revocationEndpointAuthMethodsSupported = Models.list(b.revocationEndpointAuthMethodsSupported);
    this.revocationEndpointAuthSigningAlgValuesSupported = Models.list(b.revocationEndpointAuthSigningAlgValuesSupported);
    this.introspectionEndpoint = b.introspectionEndpoint;
    this.introspectionEndpointAuthMethodsSupported = Models.list(b.introspectionEndpointAuthMethodsSupported);
    this.introspectionEndpointAuthSigningAlgValuesSupported = Models.list(b.introspectionEndpointAuthSigningAlgValuesSupported);
    this.codeChallengeMethodsSupported = Models.list(b.codeChallengeMethodsSupported);
    this.clientIdMetadataDocumentSupported = b.clientIdMetadataDocumentSupported;
    this.xSource = b.xSource;
    this.xResourceUrl = b.xResourceUrl;
    this.xScope = b.xScope;
    this.additionalProperties = Models.nodes(b.additionalProperties);
    Checks.length("issuer", issuer, 1, Integer.MAX_VALUE);
    Checks.length("authorization_endpoint", authorizationEndpoint, 1, Integer.MAX_VALUE);
    Checks.length("token_endpoint", tokenEndpoint, 1, Integer.MAX_VALUE);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every value of this object} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.issuer = issuer;
    b.authorizationEndpoint = authorizationEndpoint;
    b.tokenEndpoint = tokenEndpoint;
    b.registrationEndpoint = registrationEndpoint;
    b.scopesSupported = Models.mutableList(scopesSupported);
    b.responseTypesSupported = Models.mutableList(responseTypesSupported);
    b.responseModesSupported = Models.mutableList(responseModesSupported);
    b.grantTypesSupported = Models.mutableList(grantTypesSupported);
    b.tokenEndpointAuthMethodsSupported = Models.mutableList(tokenEndpointAuthMethodsSupported);
    b.tokenEndpointAuthSigningAlgValuesSupported = Models.mutableList(tokenEndpointAuthSigningAlgValuesSupported);
    b.serviceDocumentation = serviceDocumentation;
    b.uiLocalesSupported = Models.mutableList(uiLocalesSupported);
    b.opPolicyUri = opPolicyUri;
    b.opTosUri = opTosUri;
    b.revocationEndpoint = revocationEndpoint;
    b.revocationEndpointAuthMethodsSupported = Models.mutableList(revocationEndpointAuthMethodsSupported);
    b.revocationEndpointAuthSigningAlgValuesSupported = Models.mutableList(revocationEndpointAuthSigningAlgValuesSupported);
    b.introspectionEndpoint = introspectionEndpoint;
    b.introspectionEndpointAuthMethodsSupported = Models.mutableList(introspectionEndpointAuthMethodsSupported);
    b.introspectionEndpointAuthSigningAlgValuesSupported = Models.mutableList(introspectionEndpointAuthSigningAlgValuesSupported);
    b.codeChallengeMethodsSupported = Models.mutableList(codeChallengeMethodsSupported);
    b.clientIdMetadataDocumentSupported = clientIdMetadataDocumentSupported;
    b.xSource = xSource;
    b.xResourceUrl = xResourceUrl;
    b.xScope = xScope;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** {@return the issuer identifier (a URL)} */
  @JsonProperty("issuer")
  public String issuer() {
    return issuer;
  }

  /** {@return the authorization endpoint} */
  @JsonProperty("authorization_endpoint")
  public String authorizationEndpoint() {
    return authorizationEndpoint;
  }

  /** {@return the token endpoint} */
  @JsonProperty("token_endpoint")
  public String tokenEndpoint() {
    return tokenEndpoint;
  }

  /** {@return the dynamic client registration endpoint, or {@code null}} */
  @JsonProperty("registration_endpoint")
  public @Nullable String registrationEndpoint() {
    return registrationEndpoint;
  }

  /** {@return the scopes supported; empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("scopes_supported")
  public List<String> scopesSupported() {
    return scopesSupported;
  }

  /**
   * {@return the response types supported; empty when not given (the server's default is
   * {@code code})}
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("response_types_supported")
  public List<String> responseTypesSupported() {
    return responseTypesSupported;
  }

  /** {@return the response modes supported; empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("response_modes_supported")
  public List<String> responseModesSupported() {
    return responseModesSupported;
  }

  /** {@return the grant types supported; empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("grant_types_supported")
  public List<String> grantTypesSupported() {
    return grantTypesSupported;
  }

  /** {@return the client authentication methods of the token endpoint; empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("token_endpoint_auth_methods_supported")
  public List<String> tokenEndpointAuthMethodsSupported() {
    return tokenEndpointAuthMethodsSupported;
  }

  /** {@return the signing algorithms of the token endpoint; empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("token_endpoint_auth_signing_alg_values_supported")
  public List<String> tokenEndpointAuthSigningAlgValuesSupported() {
    return tokenEndpointAuthSigningAlgValuesSupported;
  }

  /** {@return the documentation URL, or {@code null}} */
  @JsonProperty("service_documentation")
  public @Nullable String serviceDocumentation() {
    return serviceDocumentation;
  }

  /** {@return the UI locales supported; empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("ui_locales_supported")
  public List<String> uiLocalesSupported() {
    return uiLocalesSupported;
  }

  /** {@return the policy URL, or {@code null}} */
  @JsonProperty("op_policy_uri")
  public @Nullable String opPolicyUri() {
    return opPolicyUri;
  }

  /** {@return the terms of service URL, or {@code null}} */
  @JsonProperty("op_tos_uri")
  public @Nullable String opTosUri() {
    return opTosUri;
  }

  /** {@return the revocation endpoint, or {@code null}} */
  @JsonProperty("revocation_endpoint")
  public @Nullable String revocationEndpoint() {
    return revocationEndpoint;
  }

  /**
   * {@return the client authentication methods of the revocation endpoint; empty when not given}
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("revocation_endpoint_auth_methods_supported")
  public List<String> revocationEndpointAuthMethodsSupported() {
    return revocationEndpointAuthMethodsSupported;
  }

  /** {@return the signing algorithms of the revocation endpoint; empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("revocation_endpoint_auth_signing_alg_values_supported")
  public List<String> revocationEndpointAuthSigningAlgValuesSupported() {
    return revocationEndpointAuthSigningAlgValuesSupported;
  }

  /** {@return the introspection endpoint, or {@code null}} */
  @JsonProperty("introspection_endpoint")
  public @Nullable String introspectionEndpoint() {
    return introspectionEndpoint;
  }

  /**
   * {@return the client authentication methods of the introspection endpoint; empty when not given}
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("introspection_endpoint_auth_methods_supported")
  public List<String> introspectionEndpointAuthMethodsSupported() {
    return introspectionEndpointAuthMethodsSupported;
  }

  /** {@return the signing algorithms of the introspection endpoint; empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("introspection_endpoint_auth_signing_alg_values_supported")
  public List<String> introspectionEndpointAuthSigningAlgValuesSupported() {
    return introspectionEndpointAuthSigningAlgValuesSupported;
  }

  /** {@return the PKCE code challenge methods supported; empty when not given} */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("code_challenge_methods_supported")
  public List<String> codeChallengeMethodsSupported() {
    return codeChallengeMethodsSupported;
  }

  /** {@return whether client ID metadata documents are supported, or {@code null}} */
  @JsonProperty("client_id_metadata_document_supported")
  public @Nullable Boolean clientIdMetadataDocumentSupported() {
    return clientIdMetadataDocumentSupported;
  }

  /** {@return how the metadata was obtained, or {@code null}} */
  @JsonProperty("x_source")
  public @Nullable OAuthMetadataSource xSource() {
    return xSource;
  }

  /** {@return the protected resource URL, or {@code null}} */
  @JsonProperty("x_resource_url")
  public @Nullable String xResourceUrl() {
    return xResourceUrl;
  }

  /** {@return the scope to request, or {@code null}} */
  @JsonProperty("x_scope")
  public @Nullable String xScope() {
    return xScope;
  }

  /** {@return fields this SDK version does not know, as received (copies)} */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Models.nodes(additionalProperties);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ExtendedOAuthServerMetadata other)) {
      return false;
    }
    return Objects.equals(issuer, other.issuer)
        && Objects.equals(authorizationEndpoint, other.authorizationEndpoint)
        && Objects.equals(tokenEndpoint, other.tokenEndpoint)
        && Objects.equals(registrationEndpoint, other.registrationEndpoint)
        && Objects.equals(scopesSupported, other.scopesSupported)
        && Objects.equals(responseTypesSupported, other.responseTypesSupported)
        && Objects.equals(responseModesSupported, other.responseModesSupported)
        && Objects.equals(grantTypesSupported, other.grantTypesSupported)
        && Objects.equals(tokenEndpointAuthMethodsSupported, other.tokenEndpointAuthMethodsSupported)
        && Objects.equals(tokenEndpointAuthSigningAlgValuesSupported, other.tokenEndpointAuthSigningAlgValuesSupported)
        && Objects.equals(serviceDocumentation, other.serviceDocumentation)
        && Objects.equals(uiLocalesSupported, other.uiLocalesSupported)
        && Objects.equals(opPolicyUri, other.opPolicyUri)
        && Objects.equals(opTosUri, other.opTosUri)
        && Objects.equals(revocationEndpoint, other.revocationEndpoint)
        && Objects.equals(revocationEndpointAuthMethodsSupported, other.revocationEndpointAuthMethodsSupported)
        && Objects.equals(revocationEndpointAuthSigningAlgValuesSupported, other.revocationEndpointAuthSigningAlgValuesSupported)
        && Objects.equals(introspectionEndpoint, other.introspectionEndpoint)
        && Objects.equals(introspectionEndpointAuthMethodsSupported, other.introspectionEndpointAuthMethodsSupported)
        && Objects.equals(introspectionEndpointAuthSigningAlgValuesSupported, other.introspectionEndpointAuthSigningAlgValuesSupported)
        && Objects.equals(codeChallengeMethodsSupported, other.codeChallengeMethodsSupported)
        && Objects.equals(clientIdMetadataDocumentSupported, other.clientIdMetadataDocumentSupported)
        && Objects.equals(xSource, other.xSource)
        && Objects.equals(xResourceUrl, other.xResourceUrl)
        && Objects.equals(xScope, other.xScope)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(issuer, authorizationEndpoint, tokenEndpoint, registrationEndpoint, scopesSupported, responseTypesSupported, responseModesSupported, grantTypesSupported, tokenEndpointAuthMethodsSupported, tokenEndpointAuthSigningAlgValuesSupported, serviceDocumentation, uiLocalesSupported, opPolicyUri, opTosUri, revocationEndpoint, revocationEndpointAuthMethodsSupported, revocationEndpointAuthSigningAlgValuesSupported, introspectionEndpoint, introspectionEndpointAuthMethodsSupported, introspectionEndpointAuthSigningAlgValuesSupported, codeChallengeMethodsSupported, clientIdMetadataDocumentSupported, xSource, xResourceUrl, xScope, additionalProperties);
  }

  @Override
  public String toString() {
    return ModelText.of("ExtendedOAuthServerMetadata")
        .add("issuer", issuer)
        .add("authorizationEndpoint", authorizationEndpoint)
        .add("tokenEndpoint", tokenEndpoint)
        .add("registrationEndpoint", registrationEndpoint)
        .add("scopesSupported", scopesSupported)
        .add("responseTypesSupported", responseTypesSupported)
        .add("responseModesSupported", responseModesSupported)
        .add("grantTypesSupported", grantTypesSupported)
        .add("tokenEndpointAuthMethodsSupported", tokenEndpointAuthMethodsSupported)
        .add("tokenEndpointAuthSigningAlgValuesSupported", tokenEndpointAuthSigningAlgValuesSupported)
        .add("serviceDocumentation", serviceDocumentation)
        .add("uiLocalesSupported", uiLocalesSupported)
        .add("opPolicyUri", opPolicyUri)
        .add("opTosUri", opTosUri)
        .add("revocationEndpoint", revocationEndpoint)
        .add("revocationEndpointAuthMethodsSupported", revocationEndpointAuthMethodsSupported)
        .add("revocationEndpointAuthSigningAlgValuesSupported", revocationEndpointAuthSigningAlgValuesSupported)
        .add("introspectionEndpoint", introspectionEndpoint)
        .add("introspectionEndpointAuthMethodsSupported", introspectionEndpointAuthMethodsSupported)
        .add("introspectionEndpointAuthSigningAlgValuesSupported", introspectionEndpointAuthSigningAlgValuesSupported)
        .add("codeChallengeMethodsSupported", codeChallengeMethodsSupported)
        .add("clientIdMetadataDocumentSupported", clientIdMetadataDocumentSupported)
        .add("xSource", xSource)
        .add("xResourceUrl", xResourceUrl)
        .add("xScope", xScope)
        .extra(additionalProperties)
        .toString();
  }

  /** Builds {@link ExtendedOAuthServerMetadata}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private @Nullable String issuer;
    private @Nullable String authorizationEndpoint;
    private @Nullable String tokenEndpoint;
    private @Nullable String registrationEndpoint;
    private List<String> scopesSupported = new ArrayList<>();
    private List<String> responseTypesSupported = new ArrayList<>();
    private List<String> responseModesSupported = new ArrayList<>();
    private List<String> grantTypesSupported = new ArrayList<>();
    private List<String> tokenEndpointAuthMethodsSupported = new ArrayList<>();
    private List<String> tokenEndpointAuthSigningAlgValuesSupported = new ArrayList<>();
    private @Nullable String serviceDocumentation;
    private List<String> uiLocalesSupported = new ArrayList<>();
    private @Nullable String opPolicyUri;
    private @Nullable String opTosUri;
    private @Nullable String revocationEndpoint;
    private List<String> revocationEndpointAuthMethodsSupported = new ArrayList<>();
    private List<String> revocationEndpointAuthSigningAlgValuesSupported = new ArrayList<>();
    private @Nullable String introspectionEndpoint;
    private List<String> introspectionEndpointAuthMethodsSupported = new ArrayList<>();
    private List<String> introspectionEndpointAuthSigningAlgValuesSupported = new ArrayList<>();
    private List<String> codeChallengeMethodsSupported = new ArrayList<>();
    private @Nullable Boolean clientIdMetadataDocumentSupported;
    private @Nullable OAuthMetadataSource xSource;
    private @Nullable String xResourceUrl;
    private @Nullable String xScope;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@link ExtendedOAuthServerMetadata#issuer()}. Required.
     *
     * @param issuer the issuer identifier (a URL)
     * @return this builder
     */
    @JsonProperty("issuer")
    public Builder issuer(String issuer) {
      this.issuer = Objects.requireNonNull(issuer, "issuer");
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#authorizationEndpoint()}. Required.
     *
     * @param authorizationEndpoint the authorization endpoint
     * @return this builder
     */
    @JsonProperty("authorization_endpoint")
    public Builder authorizationEndpoint(String authorizationEndpoint) {
      this.authorizationEndpoint = Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#tokenEndpoint()}. Required.
     *
     * @param tokenEndpoint the token endpoint
     * @return this builder
     */
    @JsonProperty("token_endpoint")
    public Builder tokenEndpoint(String tokenEndpoint) {
      this.tokenEndpoint = Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#registrationEndpoint()}. {@code null} unsets it.
     *
     * @param registrationEndpoint the dynamic client registration endpoint, or {@code null}
     * @return this builder
     */
    @JsonProperty("registration_endpoint")
    public Builder registrationEndpoint(@Nullable String registrationEndpoint) {
      this.registrationEndpoint = registrationEndpoint;
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#scopesSupported()}. Replaces the current elements;
     * {@code null} means none.
     *
     * @param scopesSupported the scopes supported; empty when not given
     * @return this builder
     */
    @JsonProperty("scopes_supported")
    public Builder scopesSupported(@Nullable List<? extends String> scopesSupported) {
      this.scopesSupported = Models.mutableList(scopesSupported);
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#responseTypesSupported()}. Replaces the current
     * elements; {@code null} means none.
     *
     * @param responseTypesSupported the response types supported; empty when not given (the
     *     server's default is {@code code})
     * @return this builder
     */
    @JsonProperty("response_types_supported")
    public Builder responseTypesSupported(@Nullable List<? extends String> responseTypesSupported) {
      this.responseTypesSupported = Models.mutableList(responseTypesSupported);
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#responseModesSupported()}. Replaces the current
     * elements; {@code null} means none.
     *
     * @param responseModesSupported the response modes supported; empty when not given
     * @return this builder
     */
    @JsonProperty("response_modes_supported")
    public Builder responseModesSupported(@Nullable List<? extends String> responseModesSupported) {
      this.responseModesSupported = Models.mutableList(responseModesSupported);
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#grantTypesSupported()}. Replaces the current
     * elements; {@code null} means none.
     *
     * @param grantTypesSupported the grant types supported; empty when not given
     * @return this builder
     */
    @JsonProperty("grant_types_supported")
    public Builder grantTypesSupported(@Nullable List<? extends String> grantTypesSupported) {
      this.grantTypesSupported = Models.mutableList(grantTypesSupported);
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#tokenEndpointAuthMethodsSupported()}. Replaces the
     * current elements; {@code null} means none.
     *
     * @param tokenEndpointAuthMethodsSupported the client authentication methods of the token
     *     endpoint; empty when not given
     * @return this builder
     */
    @JsonProperty("token_endpoint_auth_methods_supported")
    public Builder tokenEndpointAuthMethodsSupported(@Nullable List<? extends String> tokenEndpointAuthMethodsSupported) {
      this.tokenEndpointAuthMethodsSupported = Models.mutableList(tokenEndpointAuthMethodsSupported);
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#tokenEndpointAuthSigningAlgValuesSupported()}.
     * Replaces the current elements; {@code null} means none.
     *
     * @param tokenEndpointAuthSigningAlgValuesSupported the signing algorithms of the token
     *     endpoint; empty when not given
     * @return this builder
     */
    @JsonProperty("token_endpoint_auth_signing_alg_values_supported")
    public Builder tokenEndpointAuthSigningAlgValuesSupported(@Nullable List<? extends String> tokenEndpointAuthSigningAlgValuesSupported) {
      this.tokenEndpointAuthSigningAlgValuesSupported = Models.mutableList(tokenEndpointAuthSigningAlgValuesSupported);
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#serviceDocumentation()}. {@code null} unsets it.
     *
     * @param serviceDocumentation the documentation URL, or {@code null}
     * @return this builder
     */
    @JsonProperty("service_documentation")
    public Builder serviceDocumentation(@Nullable String serviceDocumentation) {
      this.serviceDocumentation = serviceDocumentation;
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#uiLocalesSupported()}. Replaces the current elements;
     * {@code null} means none.
     *
     * @param uiLocalesSupported the UI locales supported; empty when not given
     * @return this builder
     */
    @JsonProperty("ui_locales_supported")
    public Builder uiLocalesSupported(@Nullable List<? extends String> uiLocalesSupported) {
      this.uiLocalesSupported = Models.mutableList(uiLocalesSupported);
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#opPolicyUri()}. {@code null} unsets it.
     *
     * @param opPolicyUri the policy URL, or {@code null}
     * @return this builder
     */
    @JsonProperty("op_policy_uri")
    public Builder opPolicyUri(@Nullable String opPolicyUri) {
      this.opPolicyUri = opPolicyUri;
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#opTosUri()}. {@code null} unsets it.
     *
     * @param opTosUri the terms of service URL, or {@code null}
     * @return this builder
     */
    @JsonProperty("op_tos_uri")
    public Builder opTosUri(@Nullable String opTosUri) {
      this.opTosUri = opTosUri;
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#revocationEndpoint()}. {@code null} unsets it.
     *
     * @param revocationEndpoint the revocation endpoint, or {@code null}
     * @return this builder
     */
    @JsonProperty("revocation_endpoint")
    public Builder revocationEndpoint(@Nullable String revocationEndpoint) {
      this.revocationEndpoint = revocationEndpoint;
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#revocationEndpointAuthMethodsSupported()}. Replaces
     * the current elements; {@code null} means none.
     *
     * @param revocationEndpointAuthMethodsSupported the client authentication methods of the
     *     revocation endpoint; empty when not given
     * @return this builder
     */
    @JsonProperty("revocation_endpoint_auth_methods_supported")
    public Builder revocationEndpointAuthMethodsSupported(@Nullable List<? extends String> revocationEndpointAuthMethodsSupported) {
      this.revocationEndpointAuthMethodsSupported = Models.mutableList(revocationEndpointAuthMethodsSupported);
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#revocationEndpointAuthSigningAlgValuesSupported()}.
     * Replaces the current elements; {@code null} means none.
     *
     * @param revocationEndpointAuthSigningAlgValuesSupported the signing algorithms of the
     *     revocation endpoint; empty when not given
     * @return this builder
     */
    @JsonProperty("revocation_endpoint_auth_signing_alg_values_supported")
    public Builder revocationEndpointAuthSigningAlgValuesSupported(@Nullable List<? extends String> revocationEndpointAuthSigningAlgValuesSupported) {
      this.revocationEndpointAuthSigningAlgValuesSupported = Models.mutableList(revocationEndpointAuthSigningAlgValuesSupported);
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#introspectionEndpoint()}. {@code null} unsets it.
     *
     * @param introspectionEndpoint the introspection endpoint, or {@code null}
     * @return this builder
     */
    @JsonProperty("introspection_endpoint")
    public Builder introspectionEndpoint(@Nullable String introspectionEndpoint) {
      this.introspectionEndpoint = introspectionEndpoint;
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#introspectionEndpointAuthMethodsSupported()}.
     * Replaces the current elements; {@code null} means none.
     *
     * @param introspectionEndpointAuthMethodsSupported the client authentication methods of the
     *     introspection endpoint; empty when not given
     * @return this builder
     */
    @JsonProperty("introspection_endpoint_auth_methods_supported")
    public Builder introspectionEndpointAuthMethodsSupported(@Nullable List<? extends String> introspectionEndpointAuthMethodsSupported) {
      this.introspectionEndpointAuthMethodsSupported = Models.mutableList(introspectionEndpointAuthMethodsSupported);
      return this;
    }

    /**
     * Sets
     * {@link ExtendedOAuthServerMetadata#introspectionEndpointAuthSigningAlgValuesSupported()}.
     * Replaces the current elements; {@code null} means none.
     *
     * @param introspectionEndpointAuthSigningAlgValuesSupported the signing algorithms of the
     *     introspection endpoint; empty when not given
     * @return this builder
     */
    @JsonProperty("introspection_endpoint_auth_signing_alg_values_supported")
    public Builder introspectionEndpointAuthSigningAlgValuesSupported(@Nullable List<? extends String> introspectionEndpointAuthSigningAlgValuesSupported) {
      this.introspectionEndpointAuthSigningAlgValuesSupported = Models.mutableList(introspectionEndpointAuthSigningAlgValuesSupported);
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#codeChallengeMethodsSupported()}. Replaces the
     * current elements; {@code null} means none.
     *
     * @param codeChallengeMethodsSupported the PKCE code challenge methods supported; empty when
     *     not given
     * @return this builder
     */
    @JsonProperty("code_challenge_methods_supported")
    public Builder codeChallengeMethodsSupported(@Nullable List<? extends String> codeChallengeMethodsSupported) {
      this.codeChallengeMethodsSupported = Models.mutableList(codeChallengeMethodsSupported);
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#clientIdMetadataDocumentSupported()}. {@code null}
     * unsets it.
     *
     * @param clientIdMetadataDocumentSupported whether client ID metadata documents are supported,
     *     or {@code null}
     * @return this builder
     */
    @JsonProperty("client_id_metadata_document_supported")
    public Builder clientIdMetadataDocumentSupported(@Nullable Boolean clientIdMetadataDocumentSupported) {
      this.clientIdMetadataDocumentSupported = clientIdMetadataDocumentSupported;
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#xSource()}. {@code null} unsets it.
     *
     * @param xSource how the metadata was obtained, or {@code null}
     * @return this builder
     */
    @JsonProperty("x_source")
    public Builder xSource(@Nullable OAuthMetadataSource xSource) {
      this.xSource = xSource;
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#xResourceUrl()}. {@code null} unsets it.
     *
     * @param xResourceUrl the protected resource URL, or {@code null}
     * @return this builder
     */
    @JsonProperty("x_resource_url")
    public Builder xResourceUrl(@Nullable String xResourceUrl) {
      this.xResourceUrl = xResourceUrl;
      return this;
    }

    /**
     * Sets {@link ExtendedOAuthServerMetadata#xScope()}. {@code null} unsets it.
     *
     * @param xScope the scope to request, or {@code null}
     * @return this builder
     */
    @JsonProperty("x_scope")
    public Builder xScope(@Nullable String xScope) {
      this.xScope = xScope;
      return this;
    }

    /**
     * Adds a field this SDK version does not model; it is sent as given (requests) or kept as
     * received (responses).
     *
     * @param name the JSON name
     * @param value the JSON value
     * @return this builder
     */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, @Nullable JsonNode value) {
      additionalProperties.put(
          Objects.requireNonNull(name, "name"),
          value == null ? NullNode.getInstance() : value.deepCopy());
      return this;
    }

    /**
     * Replaces the fields this SDK version does not model.
     *
     * @param additionalProperties the fields by JSON name
     * @return this builder
     */
    public Builder additionalProperties(Map<String, JsonNode> additionalProperties) {
      this.additionalProperties.clear();
      additionalProperties.forEach(this::putAdditionalProperty);
      return this;
    }

    /**
     * Builds the {@link ExtendedOAuthServerMetadata}.
     *
     * @return the immutable object
     * @throws NullPointerException when a required field is missing
     * @throws IllegalArgumentException when a field breaks a rule of the contract
     */
    public ExtendedOAuthServerMetadata build() {
      return new ExtendedOAuthServerMetadata(this);
    }
  }
}
