package io.github.mistral4j.core.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Map;

/**
 * Decodes a union discriminated by a string property (usually {@code type}): known values decode
 * to their variant class, anything else (unknown value, missing property, not an object) to the
 * union's unknown variant, which keeps the raw JSON. Variant classes must carry their own
 * {@code @JsonDeserialize} (a builder, or {@code using = JsonDeserializer.None.class}) so that
 * they do not inherit the union's.
 *
 * @param <T> the union type
 */
public abstract class UnionDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** The name of the JSON property that selects the variant. */
  private final String discriminator;
  /** The variant class for each known discriminator value. */
  private final Map<String, Class<? extends T>> variants;

  /**
   * Creates a deserializer.
   *
   * @param type the union type
   * @param discriminator the property naming the variant
   * @param variants variant classes by discriminator value
   */
  protected UnionDeserializer(
      Class<T> type, String discriminator, Map<String, Class<? extends T>> variants) {
    super(type);
    this.discriminator = discriminator;
    this.variants = Map.copyOf(variants);
  }

  /**
   * The unknown variant for JSON no known variant matches.
   *
   * @param raw the JSON as received
   * @return the unknown variant
   */
  protected abstract T unknown(JsonNode raw);

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    JsonNode tag = node == null ? null : node.get(discriminator);
    if (tag != null && tag.isTextual()) {
      Class<? extends T> variant = variants.get(tag.textValue());
      if (variant != null) {
        return ctxt.readTreeAsValue(node, variant);
      }
    }
    return unknown(node == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : node);
  }
}
