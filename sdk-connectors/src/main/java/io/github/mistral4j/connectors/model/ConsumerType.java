package io.github.mistral4j.connectors.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.mistral4j.connectors.internal.ConsumerTypeJson;
import io.github.mistral4j.core.model.OpenEnum;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Who owns or consumes a resource: a user, an organization, a workspace or the system. Open: an
 * unknown value decodes too, keeping its text, with {@link #isKnown()} false.
 *
 * <p>The contract sends strings ({@code user}, {@code org}, ...), while the official Python SDK
 * 2.5.1 types {@code Connector.owner_type} as an integer from 1 to 4. Both decode: an integer
 * becomes a value whose {@link #code()} is that integer (its text is the number), written back as
 * a JSON number. The meaning of the integers is not documented, so they are not mapped to the
 * named constants.
 */
@JsonDeserialize(using = ConsumerTypeJson.Deserializer.class)
@JsonSerialize(using = ConsumerTypeJson.Serializer.class)
public final class ConsumerType extends OpenEnum {
  /** {@code user}. */
  public static final ConsumerType USER = new ConsumerType("user", true, null);

  /** {@code org}: an organization. */
  public static final ConsumerType ORG = new ConsumerType("org", true, null);

  /** {@code workspace}. */
  public static final ConsumerType WORKSPACE = new ConsumerType("workspace", true, null);

  /** {@code system}: owned by the platform. */
  public static final ConsumerType SYSTEM = new ConsumerType("system", true, null);

  private static final List<ConsumerType> KNOWN = List.of(USER, ORG, WORKSPACE, SYSTEM);
  private static final Map<String, ConsumerType> BY_VALUE =
      KNOWN.stream().collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

  private final @Nullable Integer code;

  private ConsumerType(String value, boolean known, @Nullable Integer code) {
    super(value, known);
    this.code = code;
  }

  /**
   * The constant with this wire value, or an unknown value keeping it.
   *
   * @param value the wire value
   * @return the value
   */
  public static ConsumerType of(String value) {
    ConsumerType known = BY_VALUE.get(Objects.requireNonNull(value, "value"));
    return known != null ? known : new ConsumerType(value, false, null);
  }

  /**
   * The value for an integer code, as the Python SDK 2.5.1 types {@code owner_type}. Codes 1 to 4
   * count as known.
   *
   * @param code the integer sent by the server
   * @return the value; its text is the number
   */
  public static ConsumerType ofCode(int code) {
    return new ConsumerType(Integer.toString(code), code >= 1 && code <= 4, code);
  }

  /** {@return the integer code when the server sent a number, else {@code null}} */
  public @Nullable Integer code() {
    return code;
  }

  /** {@return every named value this SDK version knows, in the contract's order} */
  public static List<ConsumerType> knownValues() {
    return KNOWN;
  }
}
