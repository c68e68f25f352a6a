package io.github.mistral4j.connectors.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.mistral4j.core.model.OpenEnum;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a connector's OAuth server metadata was obtained. Open: a value this SDK version does not
 * know decodes too, keeping its text, with {@link #isKnown()} false.
 */
public final class OAuthMetadataSource extends OpenEnum {
  /** {@code autodiscovery}: discovered from the server */
  public static final OAuthMetadataSource AUTODISCOVERY = new OAuthMetadataSource("autodiscovery", true);

  /** {@code provided}: given at creation */
  public static final OAuthMetadataSource PROVIDED = new OAuthMetadataSource("provided", true);

  private static final List<OAuthMetadataSource> KNOWN = List.of(AUTODISCOVERY, PROVIDED);
  private static final Map<String, OAuthMetadataSource> BY_VALUE =
      KNOWN.stream().collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

  private OAuthMetadataSource(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant with this wire value, or an unknown value keeping it.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static OAuthMetadataSource of(String value) {
    OAuthMetadataSource known = BY_VALUE.get(Objects.requireNonNull(value, "value"));
    return known != null ? known : new OAuthMetadataSource(value, false);
  }

  /** {@return every value this SDK version knows, in the contract's order} */
  public static List<OAuthMetadataSource> knownValues() {
    return KNOWN;
  }
}
