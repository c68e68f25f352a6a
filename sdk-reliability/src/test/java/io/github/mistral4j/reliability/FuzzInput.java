package io.github.mistral4j.reliability;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a fuzz input as text lines then raw bytes, so that seed files stay readable:
 *
 * <pre>
 * operation name
 * [status]            (error inputs only)
 * [Header: value]...  (error inputs only, up to an empty line)
 * body bytes...
 * </pre>
 *
 * Any byte sequence is a valid input: missing lines take defaults, an unknown operation name
 * picks an operation by its hash.
 */
final class FuzzInput {
  private final byte[] data;
  private int pos;

  private FuzzInput(byte[] data) {
    this.data = data;
  }

  static FuzzInput of(byte[] data) {
    return new FuzzInput(data);
  }

  /** The next line (without its end), or "" at the end. */
  String line() {
    int start = pos;
    while (pos < data.length && data[pos] != '\n') {
      pos++;
    }
    String line = new String(data, start, pos - start, StandardCharsets.UTF_8);
    if (pos < data.length) {
      pos++;
    }
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  /** An operation of {@code from}, by name or else by the name's hash. */
  Operation operation(List<Operation> from) {
    String name = line().trim();
    for (Operation op : from) {
      if (op.name().equals(name)) {
        return op;
      }
    }
    return from.get(Math.floorMod(name.hashCode(), from.size()));
  }

  /** A status line: a number in [400, 599], else 500. */
  int errorStatus() {
    try {
      int status = Integer.parseInt(line().trim());
      return status >= 400 && status <= 599 ? status : 400 + Math.floorMod(status, 200);
    } catch (NumberFormatException e) {
      return 500;
    }
  }

  /** Header lines up to an empty line; lines without ':' are skipped. */
  Map<String, List<String>> headers() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String line = line(); !line.isEmpty(); line = line()) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        String name = line.substring(0, colon).trim();
        if (isToken(name)) {
          headers.put(name, List.of(line.substring(colon + 1).trim()));
        }
      }
    }
    return headers;
  }

  /** The rest of the input. */
  byte[] rest() {
    return Arrays.copyOfRange(data, pos, data.length);
  }

  private static boolean isToken(String name) {
    return !name.isEmpty() && name.chars().allMatch(c -> c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0);
  }
}
