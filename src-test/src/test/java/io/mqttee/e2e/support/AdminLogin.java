// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import io.mqttee.e2e.browser.ConsoleLoginPage;

/**
 * The suite's console administrator: the default {@code admin}, whose first password {@code public}
 * the first test that logs in changes to {@link #PASSWORD}; later tests log in with that.
 */
public final class AdminLogin {

  public static final String USERNAME = "admin";
  public static final String INITIAL_PASSWORD = "public";
  public static final String PASSWORD = "e2e-admin-password";

  private AdminLogin() {}

  /** Logs in as the default administrator, changing its first password once. */
  public static void logIn(ConsoleLoginPage login) {
    String path = login.logIn(USERNAME, PASSWORD);
    if (path.endsWith("/console/login.xhtml")) {
      path = login.logIn(USERNAME, INITIAL_PASSWORD);
      if (!path.endsWith("/console/change-password.xhtml")) {
        throw new AssertionError(
            "the default administrator could log in with neither password; the console shows "
                + path);
      }
      login.changePassword(INITIAL_PASSWORD, PASSWORD);
    }
  }
}
