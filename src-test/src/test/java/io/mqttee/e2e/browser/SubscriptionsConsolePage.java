// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The console's subscriptions page: add a subscription for a client, list, remove. */
public final class SubscriptionsConsolePage {

  private static final String TABLE = "list:table";

  private final ConsoleBrowser console;

  private SubscriptionsConsolePage(ConsoleBrowser console) {
    this.console = console;
  }

  public static SubscriptionsConsolePage open(ConsoleBrowser console) {
    console.open("subscriptions.xhtml");
    return new SubscriptionsConsolePage(console);
  }

  /** Subscribes the client's session to {@code filter} and waits until the list shows it. */
  public void add(String clientId, String filter, int qos) {
    console.type("add:client-id", clientId);
    console.type("add:filter", filter);
    console.select("add:qos", Integer.toString(qos));
    console.click("add:subscribe");
    console.awaitMessage("Subscribed " + clientId);
    find(clientId, filter);
  }

  /** Lists the client's subscriptions and waits for {@code filter}'s row. */
  public WebElement find(String clientId, String filter) {
    console.type("list:client-id", clientId);
    console.click("list:search");
    return console.awaitRow(TABLE, "filter", filter);
  }

  public void remove(String clientId, String filter) {
    console.click(find(clientId, filter).findElement(By.className("remove")));
    console.confirm();
    console.awaitNoRow(TABLE, "filter", filter);
  }
}
