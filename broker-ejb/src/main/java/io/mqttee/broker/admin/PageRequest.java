// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/**
 * One page of a listing: {@code page} counts from 1, {@code limit} items per page (1 to {@link
 * #MAX_LIMIT}).
 */
public record PageRequest(int page, int limit) {
  public static final int MAX_LIMIT = 10_000;
  public static final int DEFAULT_LIMIT = 100;

  public PageRequest {
    if (page < 1) {
      throw new InvalidInputException("page must be 1 or more, was " + page);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
    }
  }

  public static PageRequest first(int limit) {
    return new PageRequest(1, limit);
  }

  /** Index of this page's first item. */
  public long offset() {
    return (long) (page - 1) * limit;
  }
}
