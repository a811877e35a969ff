// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.browser;

/** The console's access pages: MQTT users, topic ACL rules and bans. */
public final class AccessConsolePages {

  private final ConsoleBrowser console;

  public AccessConsolePages(ConsoleBrowser console) {
    this.console = console;
  }

  public void addUser(String username, String password) {
    console.open("users.xhtml");
    console.type("add:username", username);
    console.type("add:password", password);
    console.click("add:create");
    console.awaitRow("list:table", "username", username);
  }

  /**
   * Adds a rule at {@code position} (1: evaluated first).
   *
   * @param permission "ALLOW" or "DENY"
   * @param action "PUBLISH", "SUBSCRIBE" or "ALL"
   * @param who "ALL", "USERNAME", "CLIENTID" or "IPADDRESS"
   */
  public void addRule(
      String permission, String action, String filter, String who, String value, int position) {
    console.open("acl.xhtml");
    console.select("rule:permission", permission);
    console.select("rule:action", action);
    console.type("rule:filter", filter);
    console.select("rule:who", who);
    console.type("rule:value", value);
    console.type("rule:position_input", Integer.toString(position));
    console.click("rule:save");
    console.awaitRow("list:table", "filter", filter);
  }

  /**
   * Bans a client id, user name or IP address for ever.
   *
   * @param kind "CLIENTID", "USERNAME" or "IPADDRESS"
   */
  public void ban(String kind, String value, String reason) {
    console.open("banned.xhtml");
    console.select("add:kind", kind);
    console.type("add:value", value);
    console.type("add:reason", reason);
    console.click("add:ban");
    console.awaitRow("list:table", "value", value);
  }
}
