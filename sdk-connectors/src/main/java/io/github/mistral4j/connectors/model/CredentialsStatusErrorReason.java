package io.github.mistral4j.connectors.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.mistral4j.core.model.OpenEnum;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why a check of credentials failed. Open: a value this SDK version does not know decodes too,
 * keeping its text, with {@link #isKnown()} false.
 */
public final class CredentialsStatusErrorReason extends OpenEnum {
  /** {@code oauth expired}. */
  public static final CredentialsStatusErrorReason OAUTH_EXPIRED = new CredentialsStatusErrorReason("oauth expired", true);

  /** {@code oauth near expiry}. */
  public static final CredentialsStatusErrorReason OAUTH_NEAR_EXPIRY = new CredentialsStatusErrorReason("oauth near expiry", true);

  /** {@code empty credentials}. */
  public static final CredentialsStatusErrorReason EMPTY_CREDENTIALS = new CredentialsStatusErrorReason("empty credentials", true);

  /** {@code unparsable credentials}. */
  public static final CredentialsStatusErrorReason UNPARSABLE_CREDENTIALS = new CredentialsStatusErrorReason("unparsable credentials", true);

  /** {@code you need to reconnect}. */
  public static final CredentialsStatusErrorReason YOU_NEED_TO_RECONNECT = new CredentialsStatusErrorReason("you need to reconnect", true);

  /** {@code oauth refresh error}. */
  public static final CredentialsStatusErrorReason OAUTH_REFRESH_ERROR = new CredentialsStatusErrorReason("oauth refresh error", true);

  /** {@code MCP server unreachable}. */
  public static final CredentialsStatusErrorReason MCP_SERVER_UNREACHABLE = new CredentialsStatusErrorReason("MCP server unreachable", true);

  /** {@code MCP server timed out}. */
  public static final CredentialsStatusErrorReason MCP_SERVER_TIMED_OUT = new CredentialsStatusErrorReason("MCP server timed out", true);

  /** {@code MCP server error}. */
  public static final CredentialsStatusErrorReason MCP_SERVER_ERROR = new CredentialsStatusErrorReason("MCP server error", true);

  /** {@code unknown error}. */
  public static final CredentialsStatusErrorReason UNKNOWN_ERROR = new CredentialsStatusErrorReason("unknown error", true);

  private static final List<CredentialsStatusErrorReason> KNOWN = List.of(OAUTH_EXPIRED, OAUTH_NEAR_EXPIRY, EMPTY_CREDENTIALS, UNPARSABLE_CREDENTIALS, YOU_NEED_TO_RECONNECT, OAUTH_REFRESH_ERROR, MCP_SERVER_UNREACHABLE, MCP_SERVER_TIMED_OUT, MCP_SERVER_ERROR, UNKNOWN_ERROR);
  private static final Map<String, CredentialsStatusErrorReason> BY_VALUE =
      KNOWN.stream().collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

  private CredentialsStatusErrorReason(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant with this wire value, or an unknown value keeping it.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static CredentialsStatusErrorReason of(String value) {
    CredentialsStatusErrorReason known = BY_VALUE.get(Objects.requireNonNull(value, "value"));
    return known != null ? known : new CredentialsStatusErrorReason(value, false);
  }

  /** {@return every value this SDK version knows, in the contract's order} */
  public static List<CredentialsStatusErrorReason> knownValues() {
    return KNOWN;
  }
}
