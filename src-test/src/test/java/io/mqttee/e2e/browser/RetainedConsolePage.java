// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The console's retained messages page. */
public final class RetainedConsolePage {

  private static final String TABLE = "retained:table";

  private final ConsoleBrowser console;

  private RetainedConsolePage(ConsoleBrowser console) {
    this.console = console;
  }

  public static RetainedConsolePage open(ConsoleBrowser console) {
    console.open("retained.xhtml");
    return new RetainedConsolePage(console);
  }

  /** Lists the messages {@code filter} matches and waits for {@code topic}'s row. */
  public WebElement find(String filter, String topic) {
    console.type("retained:filter", filter);
    console.click("retained:search");
    return console.awaitRow(TABLE, "topic", topic);
  }

  /** Opens the payload dialog and returns the payload as the text tab shows it. */
  public String viewText(WebElement row) {
    console.click(row.findElement(By.className("view")));
    console.await("the payload dialog", d -> d.findElement(By.id("payload-text")).isDisplayed());
    return console.element("payload-text").getText();
  }

  public void closePayload() {
    console.script("PF('payloadDialog').hide();");
  }

  public void delete(String topic) {
    WebElement row = console.awaitRow(TABLE, "topic", topic);
    console.click(row.findElement(By.className("delete")));
    console.confirm();
    console.awaitNoRow(TABLE, "topic", topic);
  }
}
