// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.browser;

/** The console's administrators page. */
public final class AdminsConsolePage {

  private final ConsoleBrowser console;

  private AdminsConsolePage(ConsoleBrowser console) {
    this.console = console;
  }

  public static AdminsConsolePage open(ConsoleBrowser console) {
    console.open("admins.xhtml");
    return new AdminsConsolePage(console);
  }

  /** Adds an administrator, who must change {@code firstPassword} at the first login. */
  public void addAdministrator(String username, String firstPassword) {
    console.type("add-admin:username", username);
    console.type("add-admin:password", firstPassword);
    console.click("add-admin:create");
    console.awaitRow("admins:table", "username", username);
  }
}
