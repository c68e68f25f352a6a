package io.github.mistral4j.testkit.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Paging helpers: opaque cursors over creation sequence numbers, and page slices. */
public final class Pages {
  private Pages() {}

  /** An opaque cursor pointing after the item with this sequence number. */
  public static String cursor(String kind, long seq) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((kind + ":" + seq).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a cursor made by {@link #cursor(String, long)}.
   *
   * @throws ApiException 400 when it is not one of ours
   */
  public static long seq(String kind, String cursor) {
    try {
      String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (s.startsWith(kind + ":")) {
        return Long.parseLong(s.substring(kind.length() + 1));
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw ApiException.badRequest("Invalid " + kind + " cursor");
  }

  /** The items of one page, {@code page} counted from zero. */
  public static <T> List<T> slice(List<T> items, long page, long pageSize) {
    long from = page * pageSize;
    if (from >= items.size() || from < 0) {
      return List.of();
    }
    return items.subList((int) from, (int) Math.min(items.size(), from + pageSize));
  }
}
