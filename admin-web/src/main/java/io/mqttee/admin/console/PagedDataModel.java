// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.broker.admin.Page;
import io.mqttee.broker.admin.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table over one of the facade's paged listings: the table asks for rows {@code first} to
 * {@code first + pageSize}, the facade answers pages counted from 1. Filters live in the page's
 * bean, which the loader reads; the table's own sorting and filtering are not used.
 */
public final class PagedDataModel<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** One page of the listing as the facade gives it. */
  @FunctionalInterface
  public interface Loader<T> extends Serializable {
    Page<T> load(PageRequest page);
  }

  /** The identity of a row, for selection and for actions on one row. */
  @FunctionalInterface
  public interface RowKey<T> extends Serializable {
    String of(T row);
  }

  private final Loader<T> loader;
  private final RowKey<T> rowKey;
  private final Feedback feedback;

  public PagedDataModel(Loader<T> loader, RowKey<T> rowKey, Feedback feedback) {
    this.loader = loader;
    this.rowKey = rowKey;
    this.feedback = feedback;
  }

  /** The facade's page that holds row {@code first}, with {@code pageSize} rows. */
  static PageRequest requestFor(int first, int pageSize) {
    int limit = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
    return new PageRequest(Math.max(0, first) / limit + 1, limit);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return fetch(PageRequest.first(1)).map(page -> rowCount(page.total())).orElse(0);
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Optional<Page<T>> page = fetch(requestFor(first, pageSize));
    setRowCount(page.map(p -> rowCount(p.total())).orElse(0));
    return page.map(Page::items).orElse(List.of());
  }

  @Override
  public String getRowKey(T row) {
    return rowKey.of(row);
  }

  @Override
  public T getRowData(String key) {
    List<T> rows = getWrappedData();
    if (rows == null) {
      return null;
    }
    return rows.stream().filter(row -> rowKey.of(row).equals(key)).findFirst().orElse(null);
  }

  private Optional<Page<T>> fetch(PageRequest request) {
    return feedback.attempt(() -> loader.load(request), null);
  }

  private static int rowCount(long total) {
    return (int) Math.min(total, Integer.MAX_VALUE);
  }
}
