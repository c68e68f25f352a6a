/**
 * Pagination shared by every list operation of the API modules.
 *
 * <p>A list call returns one {@link io.github.mistral4j.core.page.Page} (sync) or a future of one
 * {@link io.github.mistral4j.core.page.AsyncPage} (async): its {@code items()}, whether there is
 * a next page, and {@code nextPage()} to fetch it. {@code listAll(...)} returns an {@link
 * io.github.mistral4j.core.page.AutoPager} ({@code Iterable} and {@code stream()}) or an {@link
 * io.github.mistral4j.core.page.AsyncAutoPager}: both fetch the next page only when the items
 * before it have been consumed. Pages are followed by token (a cursor or page token given by the
 * server) or by page number (for lists that return a bare array); a token the server repeats, or
 * a page number the server ignores, ends paging instead of looping forever.
 */
@NullMarked
package io.github.mistral4j.core.page;

import org.jspecify.annotations.NullMarked;
