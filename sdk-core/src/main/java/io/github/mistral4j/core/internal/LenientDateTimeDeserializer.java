package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads an RFC 3339 date-time; one without an offset (as some Python services write them) is
 * taken as UTC rather than rejected.
 */
public final class LenientDateTimeDeserializer extends StdDeserializer<OffsetDateTime> {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer (Jackson instantiates it). */
  public LenientDateTimeDeserializer() {
    super(OffsetDateTime.class);
  }

  @Override
  public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
    }
    String text = p.getText().trim();
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException withOffset) {
      try {
        return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException withoutOffset) {
        return (OffsetDateTime)
            ctxt.handleWeirdStringValue(OffsetDateTime.class, text, "not an RFC 3339 date-time");
      }
    }
  }
}
