package io.github.mistral4j.connectors.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.mistral4j.connectors.mcp.ServerCardList;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link ServerCardList}: the string {@code "dynamic"} or an array of the element type
 * the property declares.
 */
public final class ServerCardListDeserializer extends StdDeserializer<ServerCardList<?>>
    implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;

  private final @Nullable JavaType itemType;

  /** Creates the deserializer (Jackson instantiates it, then makes it contextual). */
  public ServerCardListDeserializer() {
    this(null);
  }

  private ServerCardListDeserializer(@Nullable JavaType itemType) {
    super(ServerCardList.class);
    this.itemType = itemType;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property) {
    JavaType type = property != null ? property.getType() : ctxt.getContextualType();
    JavaType item = type == null ? null : type.containedType(0);
    return new ServerCardListDeserializer(item == null ? ctxt.constructType(Object.class) : item);
  }

  @Override
  public ServerCardList<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING && ServerCardList.DYNAMIC.equals(p.getText())) {
      return ServerCardList.dynamic();
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return (ServerCardList<?>)
          ctxt.handleUnexpectedToken(ServerCardList.class, p.currentToken(), p, "expected \"dynamic\" or an array");
    }
    JavaType item = itemType != null ? itemType : ctxt.constructType(Object.class);
    List<?> items = ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(List.class, item));
    return ServerCardList.of(items);
  }
}
