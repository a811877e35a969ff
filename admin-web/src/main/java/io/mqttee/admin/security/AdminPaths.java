// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/** The paths the security rules tell apart, relative to the application's context root. */
final class AdminPaths {
  static final String API = "/api/v1/";
  static final String CONSOLE = "/console/";
  static final String LOGIN_PAGE = "/console/login.xhtml";
  static final String CHANGE_PASSWORD_PAGE = "/console/change-password.xhtml";
  static final String LOGOUT = "/console/logout";

  private AdminPaths() {}

  static String of(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  static boolean isApi(String path) {
    return path.startsWith(API);
  }

  static boolean isConsole(String path) {
    return path.startsWith(CONSOLE) || path.equals("/console");
  }

  /** The one request an administrator who must change the password may make on the API. */
  static boolean isOwnPasswordChange(String method, String path, String username) {
    String prefix = API + "admins/";
    String suffix = "/password";
    if (!"PUT".equals(method)
        || !path.startsWith(prefix)
        || !path.endsWith(suffix)
        || path.length() <= prefix.length() + suffix.length()) {
      return false;
    }
    String segment = path.substring(prefix.length(), path.length() - suffix.length());
    try {
      return !segment.contains("/") && username.equals(URI.create(segment).getPath());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Console paths an administrator who must change the password may still open. */
  static boolean allowedBeforePasswordChange(String path) {
    return !isConsole(path)
        || path.equals(CHANGE_PASSWORD_PAGE)
        || path.equals(LOGIN_PAGE)
        || path.equals(LOGOUT);
  }
}
