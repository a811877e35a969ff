// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The console's clients page: search, details, kick. */
public final class ClientsConsolePage {

  private static final String TABLE = "clients:table";

  private final ConsoleBrowser console;

  private ClientsConsolePage(ConsoleBrowser console) {
    this.console = console;
  }

  public static ClientsConsolePage open(ConsoleBrowser console) {
    console.open("clients.xhtml");
    return new ClientsConsolePage(console);
  }

  /** Searches for client ids that contain {@code part} and waits for {@code clientId}'s row. */
  public WebElement find(String part, String clientId) {
    console.type("clients:client-id", part);
    console.click("clients:search");
    return console.awaitRow(TABLE, "client-id", clientId);
  }

  /** The client id cell of the row, as the browser shows it (text, never markup). */
  public WebElement clientIdCell(WebElement row) {
    return row.findElement(By.className("client-id"));
  }

  /** Opens the details dialog of the row's client; returns the client id it shows. */
  public String openDetails(WebElement row) {
    console.clickUntil(
        row.findElement(By.className("details")),
        "the details dialog",
        d ->
            !d.findElements(By.id("details-client-id")).isEmpty()
                && d.findElement(By.id("details-client-id")).isDisplayed());
    return console.element("details-client-id").getText();
  }

  public void closeDetails() {
    console.script("PF('detailsDialog').hide();");
  }

  public void kick(WebElement row) {
    console.click(row.findElement(By.className("kick")));
    console.confirm();
  }
}
