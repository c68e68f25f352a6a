package io.github.mistral4j.connectors;

import io.github.mistral4j.core.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Optional query parameters of {@code list} ({@code connector_list_v1}): the {@code active} filter
 * of {@code query_filters}, the cursor and the page size. Unset parameters are not sent. The
 * filter is sent as {@code active=true}, the form style the contract declares and the official
 * Python SDK uses.
 */
public final class ListConnectorsParams {
  private static final ListConnectorsParams NONE = builder().build();

  private final @Nullable Boolean active;
  private final @Nullable String cursor;
  private final @Nullable Integer pageSize;

  private ListConnectorsParams(Builder b) {
    this.active = b.active;
    this.cursor = b.cursor;
    this.pageSize = b.pageSize;
  }

  /** {@return parameters that set nothing: the server's defaults apply} */
  public static ListConnectorsParams none() {
    return NONE;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these parameters} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.active = active;
    b.cursor = cursor;
    b.pageSize = pageSize;
    return b;
  }

  /**
   * Keeps only connectors active (true) or inactive (false) for the caller ({@code
   * query_filters.active}), or {@code null} for all.
   *
   * @return {@code true} or {@code false} to filter on activation, or {@code null} for all
   */
  public @Nullable Boolean active() {
    return active;
  }

  /**
   * {@return the cursor of the page to fetch ({@code cursor}), or {@code null} for the first page}
   */
  public @Nullable String cursor() {
    return cursor;
  }

  /**
   * {@return connectors per page ({@code page_size}), or {@code null} for the server's default
   * (100)}
   */
  public @Nullable Integer pageSize() {
    return pageSize;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ListConnectorsParams other
        && Objects.equals(active, other.active)
        && Objects.equals(cursor, other.cursor)
        && Objects.equals(pageSize, other.pageSize);
  }

  @Override
  public int hashCode() {
    return Objects.hash(active, cursor, pageSize);
  }

  @Override
  public String toString() {
    return "ListConnectorsParams{" + "active=" + active + ", cursor=" + cursor + ", pageSize=" + pageSize + "}";
  }

  /** Builds {@link ListConnectorsParams}. */
  public static final class Builder {
    private @Nullable Boolean active;
    private @Nullable String cursor;
    private @Nullable Integer pageSize;

    private Builder() {}

    /**
     * Filters on whether connectors are active for the calling user, workspace and organization.
     *
     * @param active true for active ones, false for inactive ones, null for all
     * @return this builder
     */
    public Builder active(@Nullable Boolean active) {
      this.active = active;
      return this;
    }

    /**
     * Fetches the page at this cursor (a previous page's {@code next_cursor}).
     *
     * @param cursor the cursor, or null for the first page
     * @return this builder
     */
    public Builder cursor(@Nullable String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * Sets the number of connectors per page.
     *
     * @param pageSize 1 to 1000
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      this.pageSize = Checks.range("page_size", pageSize, 1, 1000);
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public ListConnectorsParams build() {
      return new ListConnectorsParams(this);
    }
  }
}
