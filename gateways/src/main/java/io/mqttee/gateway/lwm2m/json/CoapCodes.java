// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m.json;

import java.util.Locale;
import java.util.Map;

/**
 * CoAP response codes as the answers show them: {@code "2.05"} and {@code "content"}. Leshan keeps
 * a code as class * 100 + detail (205).
 */
final class CoapCodes {

  // RFC 7252, section 12.1.2, with 2.31 and 4.08 of RFC 7959, 4.09 and 4.22 of RFC 8132, 4.29 of
  // RFC 8516.
  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(201, "created"),
          Map.entry(202, "deleted"),
          Map.entry(203, "valid"),
          Map.entry(204, "changed"),
          Map.entry(205, "content"),
          Map.entry(231, "continue"),
          Map.entry(400, "bad_request"),
          Map.entry(401, "unauthorized"),
          Map.entry(402, "bad_option"),
          Map.entry(403, "forbidden"),
          Map.entry(404, "not_found"),
          Map.entry(405, "method_not_allowed"),
          Map.entry(406, "not_acceptable"),
          Map.entry(408, "request_entity_incomplete"),
          Map.entry(409, "conflict"),
          Map.entry(412, "precondition_failed"),
          Map.entry(413, "request_entity_too_large"),
          Map.entry(415, "unsupported_content_format"),
          Map.entry(422, "unprocessable_entity"),
          Map.entry(429, "too_many_requests"),
          Map.entry(500, "internal_server_error"),
          Map.entry(501, "not_implemented"),
          Map.entry(502, "bad_gateway"),
          Map.entry(503, "service_unavailable"),
          Map.entry(504, "gateway_timeout"),
          Map.entry(505, "proxying_not_supported"));

  static final int BAD_REQUEST = 400;
  static final int NOT_FOUND = 404;
  static final int INTERNAL_SERVER_ERROR = 500;
  static final int GATEWAY_TIMEOUT = 504;

  private CoapCodes() {}

  /** {@code "C.DD"}: 205 is {@code "2.05"}. */
  static String code(int code) {
    return String.format(Locale.ROOT, "%d.%02d", code / 100, code % 100);
  }

  /** The RFC name, lower case with underscores; {@code "unknown"} for a code no RFC names. */
  static String name(int code) {
    return NAMES.getOrDefault(code, "unknown");
  }
}
