package io.github.mistral4j.connectors;

import io.github.mistral4j.core.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Optional query parameters of {@code list_tools}: page (1-based), page size, cache refresh and
 * the credentials to use. Unset parameters are not sent, so the server's defaults apply (page 1,
 * 100 per page, no refresh).
 */
public final class ListToolsParams {
  private static final ListToolsParams NONE = builder().build();

  private final @Nullable Integer page;
  private final @Nullable Integer pageSize;
  private final @Nullable Boolean refresh;
  private final @Nullable String credentialsName;

  private ListToolsParams(Builder b) {
    this.page = b.page;
    this.pageSize = b.pageSize;
    this.refresh = b.refresh;
    this.credentialsName = b.credentialsName;
  }

  /** {@return parameters that set nothing} */
  public static ListToolsParams none() {
    return NONE;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these parameters} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.page = page;
    b.pageSize = pageSize;
    b.refresh = refresh;
    b.credentialsName = credentialsName;
    return b;
  }

  /** {@return the 1-based page ({@code page}), or {@code null} for the first} */
  public @Nullable Integer page() {
    return page;
  }

  /**
   * {@return tools per page ({@code page_size}), or {@code null} for the server's default (100)}
   */
  public @Nullable Integer pageSize() {
    return pageSize;
  }

  /**
   * {@return whether the server refreshes its cached tool list first ({@code refresh}), or
   * {@code null}}
   */
  public @Nullable Boolean refresh() {
    return refresh;
  }

  /**
   * {@return the credentials to list the tools with ({@code credentials_name}), or {@code null}}
   */
  public @Nullable String credentialsName() {
    return credentialsName;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ListToolsParams other
        && Objects.equals(page, other.page)
        && Objects.equals(pageSize, other.pageSize)
        && Objects.equals(refresh, other.refresh)
        && Objects.equals(credentialsName, other.credentialsName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(page, pageSize, refresh, credentialsName);
  }

  @Override
  public String toString() {
    return "ListToolsParams{page=" + page + ", pageSize=" + pageSize + ", refresh=" + refresh
        + ", credentialsName=" + credentialsName + '}';
  }

  /** Builds {@link ListToolsParams}. */
  public static final class Builder {
    private @Nullable Integer page;
    private @Nullable Integer pageSize;
    private @Nullable Boolean refresh;
    private @Nullable String credentialsName;

    private Builder() {}

    /**
     * Sets the 1-based page.
     *
     * @param page 1 or more
     * @return this builder
     */
    public Builder page(int page) {
      this.page = Checks.range("page", page, 1, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Sets the number of tools per page.
     *
     * @param pageSize 1 or more
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      this.pageSize = Checks.range("page_size", pageSize, 1, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Asks the server to refresh its cached tool list from the MCP server first.
     *
     * @param refresh whether to refresh
     * @return this builder
     */
    public Builder refresh(boolean refresh) {
      this.refresh = refresh;
      return this;
    }

    /**
     * Lists the tools with these credentials instead of the default ones.
     *
     * @param credentialsName a name matching {@code ^[a-zA-Z0-9_-]{1,64}$}, or null for the default
     * @return this builder
     */
    public Builder credentialsName(@Nullable String credentialsName) {
      this.credentialsName = Checks.name("credentials_name", credentialsName);
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public ListToolsParams build() {
      return new ListToolsParams(this);
    }
  }
}
