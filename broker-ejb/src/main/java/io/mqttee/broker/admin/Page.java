// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

import java.util.List;
import java.util.stream.Stream;

/**
 * One page of a listing and the size of the whole listing.
 *
 * @param items this page, in the listing's order
 * @param total how many items the whole listing has
 */
public record Page<T>(List<T> items, long total, PageRequest request) {

  public Page {
    items = List.copyOf(items);
  }

  /** The requested page of {@code all}, which is already in order. */
  public static <T> Page<T> of(List<T> all, PageRequest request) {
    int from = (int) Math.min(request.offset(), all.size());
    int to = (int) Math.min((long) from + request.limit(), all.size());
    return new Page<>(all.subList(from, to), all.size(), request);
  }

  /** The requested page of {@code ordered}, counting every item. */
  public static <T> Page<T> of(Stream<T> ordered, PageRequest request) {
    return of(ordered.toList(), request);
  }
}
