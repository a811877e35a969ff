// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.browser;

import org.openqa.selenium.By;

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

  /** A new API key as its dialog shows it, once. */
  public record ShownKey(String keyId, String secret) {}

  /** Creates an API key that never expires; returns what the dialog shows, and closes it. */
  public ShownKey createApiKey(String name) {
    console.type("add-key:name", name);
    console.click("add-key:create-key");
    console.await("the new key's secret", d -> console.element("new-key-secret").isDisplayed());
    ShownKey shown =
        new ShownKey(
            console.element("new-key-id").getText(), console.element("new-key-secret").getText());
    console.click("secret-form:done");
    return shown;
  }

  /** Whether the page still shows a secret anywhere. */
  public boolean showsASecret() {
    return !console.driver().findElements(By.id("new-key-secret")).isEmpty();
  }

  public void awaitKey(String keyId) {
    console.awaitRow("keys:table", "key-id", keyId);
  }
}
