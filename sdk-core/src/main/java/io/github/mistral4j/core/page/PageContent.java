package io.github.mistral4j.core.page;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link Page} and an {@link AsyncPage} have in common: the items, next-page token and
 * response of one fetched page, read the same way whether the page after it is fetched blocking or
 * async.
 *
 * @param <T> item type
 */
abstract class PageContent<T> {
  final Paging.Mode mode;
  final Paging.State<T> state;

  PageContent(Paging.Mode mode, Paging.State<T> state) {
    this.mode = mode;
    this.state = state;
  }

  /**
   * The items of this page, in the server's order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<T> items() {
    return state.items();
  }

  /**
   * Whether a next page exists. {@code false} on the last page; {@code true} means the server
   * gave a next token (or, for lists paged by number, this page was full) and the next page may
   * still turn out empty.
   *
   * @return whether {@code nextPage()} may be called
   */
  public boolean hasNextPage() {
    return state.nextToken() != null;
  }

  /**
   * The token the next page is fetched with: the server's cursor or page token, or the next page
   * number as text. Pass it back in the list parameters to resume later.
   *
   * @return the token, empty on the last page
   */
  public Optional<String> nextPageToken() {
    return Optional.ofNullable(state.nextToken());
  }

  /**
   * The decoded response body of this page, as the API returned it: the API's page model where
   * it has one (for example {@code PaginatedConnectors}, {@code AgentListPage}, {@code
   * CredentialsResponse}), or the list of items for an API answering with a bare array.
   *
   * @return the response
   */
  public Object response() {
    return state.response();
  }

  /**
   * The decoded response body of this page as its type, for example {@code
   * page.response(PaginatedConnectors.class).pagination().nextCursor()}.
   *
   * @param type the class of the API's page model
   * @param <R> the page model type
   * @return the response
   * @throws ClassCastException when the response is not of that type (the message names both)
   */
  public <R> R response(Class<R> type) {
    Object response = state.response();
    if (!type.isInstance(response)) {
      throw new ClassCastException(
          "the response of this page is a " + response.getClass().getName() + ", not a " + type.getName());
    }
    return type.cast(response);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[items=" + state.items().size() + ", hasNextPage=" + hasNextPage() + "]";
  }
}
