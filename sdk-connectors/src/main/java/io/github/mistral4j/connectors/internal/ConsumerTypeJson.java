package io.github.mistral4j.connectors.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.mistral4j.connectors.model.ConsumerType;
import java.io.IOException;

/** JSON form of {@link ConsumerType}: a string, or an integer code written back as a number. */
public final class ConsumerTypeJson {
  private ConsumerTypeJson() {}

  /** Reads a string or an integer. */
  public static final class Deserializer extends StdDeserializer<ConsumerType> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer (Jackson instantiates it). */
    public Deserializer() {
      super(ConsumerType.class);
    }

    @Override
    public ConsumerType deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_STRING) {
        return ConsumerType.of(p.getText());
      }
      if (t == JsonToken.VALUE_NUMBER_INT) {
        return ConsumerType.ofCode(p.getIntValue());
      }
      return (ConsumerType) ctxt.handleUnexpectedToken(ConsumerType.class, p);
    }
  }

  /** Writes the string, or the number for an integer code. */
  public static final class Serializer extends StdSerializer<ConsumerType> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer (Jackson instantiates it). */
    public Serializer() {
      super(ConsumerType.class);
    }

    @Override
    public void serialize(ConsumerType value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      Integer code = value.code();
      if (code != null) {
        gen.writeNumber(code);
      } else {
        gen.writeString(value.value());
      }
    }
  }
}
