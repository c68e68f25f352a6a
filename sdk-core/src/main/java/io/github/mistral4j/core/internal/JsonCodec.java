package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import feign.RequestTemplate;
import feign.Response;
import feign.codec.Decoder;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import io.github.mistral4j.core.MistralInvalidDataException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Encodes request bodies and decodes response bodies with the SDK's {@link ObjectMapper}, reading
 * bodies as byte arrays (no {@code Reader} in between). Nulls are written only where a model asks
 * for them. The {@code Content-Type} of encoded bodies is set by {@link RequestPreparer} (a header
 * added to the Feign template here would be re-expanded as a template on every call).
 */
final class JsonCodec implements Encoder, Decoder {
  private final ObjectMapper mapper;
  private final Map<Type, JavaType> types = new ConcurrentHashMap<>();
  private final Map<Type, ObjectWriter> writers = new ConcurrentHashMap<>();
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  JsonCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) {
    template.body(bytes(object, bodyType), StandardCharsets.UTF_8);
  }

  /**
   * The JSON of a request body, as {@link #encode} writes it.
   *
   * @param object the body
   * @param bodyType its declared type
   * @return the UTF-8 bytes
   * @throws EncodeException when the body cannot be written (the message quotes no value)
   */
  byte[] bytes(@Nullable Object object, Type bodyType) {
    try {
      ObjectWriter writer = writers.computeIfAbsent(bodyType, t -> mapper.writerFor(javaType(t)));
      return writer.writeValueAsBytes(object);
    } catch (JsonProcessingException e) {
      // Jackson's message may quote a value of the body (a secret): say what and where, not the value
      throw new EncodeException(
          "Could not encode the request body as JSON: " + JsonProblems.describe(e), JsonProblems.redacted(e));
    }
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    byte[] bytes = readBody(response);
    if (type == Void.class || type == void.class) {
      return null;
    }
    if (type == byte[].class) {
      return bytes;
    }
    if (type == String.class) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (bytes.length == 0) {
      throw new MistralInvalidDataException(
          "Expected a JSON body from " + HttpText.describe(response.request()) + ", got an empty body",
          response.status(),
          null);
    }
    Object value;
    try {
      value = Ownership.decode(readers.computeIfAbsent(type, t -> mapper.readerFor(javaType(t))), bytes);
    } catch (IOException | RuntimeException e) {
      // Jackson's message quotes the offending input, which may be a client secret or a token: the
      // message says what went wrong and where, and the cause is a copy without Jackson's text
      String problem = SecretMasker.scrub(JsonProblems.describe(e), SecretMasker.secretsOf(response.request(), mapper));
      throw new MistralInvalidDataException(
          "Could not decode the response of "
              + HttpText.describe(response.request())
              + " as "
              + javaType(type).toCanonical()
              + ": "
              + problem,
          response.status(),
          JsonProblems.redacted(e));
    }
    return checkedValue(value, response, type);
  }

  /** A JSON {@code null}, or a list holding one, is not a valid answer for any operation. */
  private Object checkedValue(@Nullable Object value, Response response, Type type) {
    if (value == null) {
      throw new MistralInvalidDataException(
          "Expected " + javaType(type).toCanonical() + " from " + HttpText.describe(response.request()) + ", got JSON null",
          response.status(),
          null);
    }
    if (value instanceof java.util.List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Object item = list.get(i);
        if (item == null || (item instanceof com.fasterxml.jackson.databind.JsonNode node && node.isNull())) {
          throw new MistralInvalidDataException(
              "The response of " + HttpText.describe(response.request()) + " has a null item at index " + i,
              response.status(),
              null);
        }
      }
    }
    return value;
  }

  private JavaType javaType(Type type) {
    return types.computeIfAbsent(type, t -> mapper.getTypeFactory().constructType(t));
  }

  /** The whole body; the array itself when the transport buffered it (do not modify it). */
  static byte[] readBody(Response response) throws IOException {
    Response.Body body = response.body();
    if (body == null) {
      return new byte[0];
    }
    if (body instanceof BytesBody bytes) {
      return bytes.bytes();
    }
    try (InputStream in = body.asInputStream()) {
      return in.readAllBytes();
    }
  }
}
