// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.browser;

/** Logging in and out of the console, and changing one's own password. */
public final class ConsoleLoginPage {

  private final ConsoleBrowser console;

  public ConsoleLoginPage(ConsoleBrowser console) {
    this.console = console;
  }

  /**
   * Logs in from the login page.
   *
   * @return the path the console then shows: the dashboard, the change-password page, or the login
   *     page again when the name or password is wrong
   */
  public String logIn(String username, String password) {
    console.open("login.xhtml");
    console.type("login:username", username);
    console.type("login:password", password);
    console.clickAndLoad("login:submit");
    return console.path();
  }

  /** Changes the logged-in administrator's password on the change-password page. */
  public void changePassword(String oldPassword, String newPassword) {
    if (!console.path().endsWith("/console/change-password.xhtml")) {
      console.open("change-password.xhtml");
    }
    console.type("password:old", oldPassword);
    console.type("password:new", newPassword);
    console.type("password:repeated", newPassword);
    console.clickAndLoad("password:change");
  }

  /** The administrator the header shows as logged in. */
  public String loggedInAs() {
    return console.element("current-admin").getText();
  }

  public void logOut() {
    console.clickAndLoad("logout");
  }
}
