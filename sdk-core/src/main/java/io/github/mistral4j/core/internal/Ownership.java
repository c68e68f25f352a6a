package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;

/**
 * Whether the models being built may keep the trees, lists and maps they are given instead of
 * copying them. Only while the SDK's decoder reads a response body: everything Jackson hands to a
 * model's builder then is fresh from the parser and reachable by nobody else. Everywhere else
 * (builders called by users, {@code toBuilder()}, other mappers) models copy as always.
 */
public final class Ownership {
  private static final ThreadLocal<Boolean> DECODING = new ThreadLocal<>();

  private Ownership() {}

  /**
   * Whether the calling thread is inside {@link #decode}: the builder's values are the decoder's
   * own.
   *
   * @return whether a model may keep what its builder holds
   */
  public static boolean granted() {
    return DECODING.get() == Boolean.TRUE;
  }

  /**
   * Decodes JSON the caller has just received, letting the models take what Jackson parsed.
   *
   * @param reader the reader of the result type
   * @param json the whole body; not kept
   * @param <T> the result type
   * @return the value
   * @throws IOException when the JSON does not decode
   */
  public static <T> T decode(ObjectReader reader, byte[] json) throws IOException {
    Boolean before = DECODING.get();
    DECODING.set(Boolean.TRUE);
    try {
      return reader.readValue(json);
    } finally {
      DECODING.set(before);
    }
  }
}
