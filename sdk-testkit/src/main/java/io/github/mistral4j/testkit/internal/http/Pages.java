package io.github.mistral4j.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/** Paging helpers: opaque cursors over creation sequence numbers, and page slices. */
public final class Pages {
  private Pages() {}

  /**
   * One page of a listing by cursor.
   *
   * @param items the items of the page
   * @param next the cursor after the page's last item, or JSON null when the page is the last
   * @param <T> the item
   */
  public record CursorPage<T>(List<T> items, JsonNode next) {}

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

  /** The sequence number a cursor points after, or {@code none} when there is no cursor (absent or empty). */
  public static long seqOr(String kind, @Nullable String cursor, long none) {
    return cursor == null || cursor.isEmpty() ? none : seq(kind, cursor);
  }

  /** The first {@code pageSize} items (at least one), and the cursor after the last when more follow. */
  public static <T> CursorPage<T> first(
      String kind, List<T> items, long pageSize, ToLongFunction<? super T> seqOf) {
    List<T> page = items.subList(0, (int) Math.min(pageSize, items.size()));
    JsonNode next = items.size() > page.size()
        ? TextNode.valueOf(cursor(kind, seqOf.applyAsLong(page.get(page.size() - 1))))
        : NullNode.getInstance();
    return new CursorPage<>(page, next);
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
