// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api.json;

import io.mqttee.broker.admin.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The envelopes of EMQX v4: a listing is {@code {"data":[...],"meta":{"page":1,"limit":100,
 * "count":N}}} (count: the whole listing), one object is {@code {"data":{...}}}.
 */
public final class Envelope {
  private Envelope() {}

  public static <T> Map<String, Object> page(Page<T> page, Function<T, ?> item) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("page", page.request().page());
    meta.put("limit", page.request().limit());
    meta.put("count", page.total());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", page.items().stream().map(item).toList());
    body.put("meta", meta);
    return body;
  }

  /** A listing that is not paged: one page holding everything. */
  public static <T> Map<String, Object> all(List<T> items, Function<T, ?> item) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("page", 1);
    meta.put("limit", items.size());
    meta.put("count", items.size());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", items.stream().map(item).toList());
    body.put("meta", meta);
    return body;
  }

  public static Map<String, Object> data(Object data) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", data);
    return body;
  }

  /** The error body: {@code {"code":"NOT_FOUND","message":"..."}}. */
  public static Map<String, Object> error(String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("message", message);
    return body;
  }
}
