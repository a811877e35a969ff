// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.PageRequest;
import jakarta.ws.rs.QueryParam;

/**
 * The paging parameters: EMQX v4's {@code _page} and {@code _limit}, or {@code page} and {@code
 * limit}; page 1 and 100 items when missing.
 */
public class Paging {
  @QueryParam("_page")
  String underscorePage;

  @QueryParam("_limit")
  String underscoreLimit;

  @QueryParam("page")
  String page;

  @QueryParam("limit")
  String limit;

  public Paging() {}

  Paging(String page, String limit) {
    this.page = page;
    this.limit = limit;
  }

  public PageRequest request() {
    int p = number(underscorePage != null ? "_page" : "page", first(underscorePage, page), 1);
    int l =
        number(
            underscoreLimit != null ? "_limit" : "limit",
            first(underscoreLimit, limit),
            PageRequest.DEFAULT_LIMIT);
    return new PageRequest(p, l);
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static int number(String name, String value, int absent) {
    if (value == null || value.isEmpty()) {
      return absent;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name + " must be a number, was '" + value + "'");
    }
  }
}
