package io.github.mistral4j.connectors.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.mistral4j.core.model.OpenEnum;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An authentication method type: the contract's {@code OutboundAuthenticationType}, plus {@code
 * webhook} ({@code InboundAuthenticationType}). Open: a value this SDK version does not know
 * decodes too, keeping its text, with {@link #isKnown()} false.
 */
public final class AuthenticationType extends OpenEnum {
  /** {@code oauth2}: OAuth 2.0 */
  public static final AuthenticationType OAUTH2 = new AuthenticationType("oauth2", true);

  /** {@code bearer}: a bearer token */
  public static final AuthenticationType BEARER = new AuthenticationType("bearer", true);

  /** {@code none}: no authentication */
  public static final AuthenticationType NONE = new AuthenticationType("none", true);

  /** {@code github_app}: a GitHub App */
  public static final AuthenticationType GITHUB_APP = new AuthenticationType("github_app", true);

  /** {@code slack_app}: a Slack App */
  public static final AuthenticationType SLACK_APP = new AuthenticationType("slack_app", true);

  /** {@code webhook}: inbound webhook authentication */
  public static final AuthenticationType WEBHOOK = new AuthenticationType("webhook", true);

  private static final List<AuthenticationType> KNOWN = List.of(OAUTH2, BEARER, NONE, GITHUB_APP, SLACK_APP, WEBHOOK);
  private static final Map<String, AuthenticationType> BY_VALUE =
      KNOWN.stream().collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

  private AuthenticationType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant with this wire value, or an unknown value keeping it.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static AuthenticationType of(String value) {
    AuthenticationType known = BY_VALUE.get(Objects.requireNonNull(value, "value"));
    return known != null ? known : new AuthenticationType(value, false);
  }

  /** {@return every value this SDK version knows, in the contract's order} */
  public static List<AuthenticationType> knownValues() {
    return KNOWN;
  }
}
