// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The REST API's answer to a request it does not let through, in the API's error format {@code
 * {"code":...,"message":...}}, written and committed before the container could add a page.
 */
final class ApiRefusal {
  static final String REALM = "MQTTee";

  private ApiRefusal() {}

  static void unauthorized(HttpServletResponse response, String message) throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", message);
  }

  static void passwordChangeRequired(HttpServletResponse response, String username)
      throws IOException {
    write(
        response,
        HttpServletResponse.SC_FORBIDDEN,
        "PASSWORD_CHANGE_REQUIRED",
        "the password of "
            + username
            + " must be changed first: PUT /api/v1/admins/{username}/password");
  }

  private static void write(HttpServletResponse response, int status, String code, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    byte[] body = body(code, message).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  static String body(String code, String message) {
    return "{\"code\":" + quote(code) + ",\"message\":" + quote(message) + "}";
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
