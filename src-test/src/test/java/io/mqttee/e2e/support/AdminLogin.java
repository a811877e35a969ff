// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import io.mqttee.e2e.browser.ConsoleLoginPage;
import java.io.IOException;

/**
 * The suite's administrator in the console: {@link AdminApi#ADMIN} with {@link AdminApi#PASSWORD},
 * to which {@link AdminApi#asAdmin} changes the initial password the first time, whichever test
 * class runs first.
 */
public final class AdminLogin {

  private AdminLogin() {}

  /** Logs in as the suite's administrator and lands on the dashboard. */
  public static void logIn(ConsoleLoginPage login) throws IOException, InterruptedException {
    AdminApi.asAdmin();
    String path = login.logIn(AdminApi.ADMIN, AdminApi.PASSWORD);
    if (!path.matches(".*/console/(index\\.xhtml)?")) {
      throw new AssertionError(
          "the suite's administrator could not log in; the console shows " + path);
    }
  }
}
