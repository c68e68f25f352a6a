package io.github.mistral4j.core.internal;

import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * A response body held as a byte array that the SDK's decoder reads in place ({@link
 * JsonCodec#readBody}), instead of copying it out of an input stream. Repeatable; never modified.
 */
final class BytesBody implements Response.Body {
  private final byte[] bytes;

  BytesBody(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The bytes themselves, not a copy: callers must not modify them. */
  byte[] bytes() {
    return bytes;
  }

  @Override
  public Integer length() {
    return bytes.length;
  }

  @Override
  public boolean isRepeatable() {
    return true;
  }

  @Override
  public InputStream asInputStream() {
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public Reader asReader(Charset charset) {
    return new InputStreamReader(asInputStream(), charset);
  }

  @Override
  public void close() {}

  @Override
  public String toString() {
    return "BytesBody(" + bytes.length + " bytes)";
  }
}
