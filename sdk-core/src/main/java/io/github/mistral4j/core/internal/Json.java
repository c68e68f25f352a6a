package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The SDK's own {@link ObjectMapper}, shared by every client. Thread-safe once built. */
public final class Json {
  private Json() {}

  /** Built on first use, after the Jackson version check (so that a failed check is not cached as an error). */
  private static final class Holder {
    static final ObjectMapper MAPPER = create();
  }

  /**
   * The shared mapper. Do not reconfigure it.
   *
   * @throws IllegalStateException when the Jackson on the classpath is older than the SDK supports
   */
  public static ObjectMapper mapper() {
    JacksonSupport.requireSupported();
    return Holder.MAPPER;
  }

  /**
   * A new mapper with the SDK's settings: unknown properties ignored, java.time as ISO strings, no
   * pretty printing, nulls written only where a model asks for them.
   *
   * @throws IllegalStateException when the Jackson on the classpath is older than the SDK supports
   */
  public static ObjectMapper create() {
    JacksonSupport.requireSupported();
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .addModule(new JavaTimeModule())
        .build();
  }
}
