package io.github.mistral4j.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a response body into one byte array, never holding more than the call's limit: a body
 * longer than the limit, with or without a {@code Content-Length}, is refused after reading at
 * most {@code limit + 1} bytes, and the stream is closed, which releases the connection (HTTP/1.1
 * closes it, HTTP/2 resets the stream).
 */
final class BoundedBodies {
  private static final int FIRST_CHUNK = 8 * 1024;

  private BoundedBodies() {}

  /**
   * Reads the whole stream and closes it.
   *
   * @param in the body
   * @param declared the {@code Content-Length}, or -1 when there is none
   * @param limit the most bytes accepted
   * @param request the request, described for messages
   * @return the body
   * @throws ResponseTooLargeException when the body is longer than the limit
   * @throws IOException when reading fails, or the body is longer than its declared length
   */
  static byte[] read(InputStream in, long declared, long limit, String request) throws IOException {
    try (InputStream body = in) {
      if (declared > limit) {
        throw new ResponseTooLargeException(request, limit);
      }
      if (declared >= 0) {
        byte[] bytes = body.readNBytes((int) declared);
        if (bytes.length == declared && body.read() >= 0) {
          // the JDK checks this over HTTP/1.1 only: a longer body would go unbounded otherwise
          throw new IOException("response body longer than its Content-Length of " + declared + " bytes");
        }
        return bytes; // a shorter one is reported by the caller's completeness check
      }
      return readUnknownLength(body, limit, request);
    }
  }

  private static byte[] readUnknownLength(InputStream body, long limit, String request) throws IOException {
    byte[] buf = new byte[(int) Math.min(FIRST_CHUNK, limit + 1)];
    int size = 0;
    while (true) {
      if (size == buf.length) {
        if (size > limit) {
          throw new ResponseTooLargeException(request, limit);
        }
        buf = Arrays.copyOf(buf, (int) Math.min(limit + 1, Math.max(2L * buf.length, FIRST_CHUNK)));
      }
      int n = body.read(buf, size, buf.length - size);
      if (n < 0) {
        return size == buf.length ? buf : Arrays.copyOf(buf, size);
      }
      size += n;
    }
  }
}
