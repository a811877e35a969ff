// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The console's listeners page: start and stop. */
public final class ListenersConsolePage {

  private static final String TABLE = "listeners:table";

  private final ConsoleBrowser console;

  private ListenersConsolePage(ConsoleBrowser console) {
    this.console = console;
  }

  public static ListenersConsolePage open(ConsoleBrowser console) {
    console.open("listeners.xhtml");
    return new ListenersConsolePage(console);
  }

  /** "running" or "stopped", as the listener's row shows it. */
  public String state(String name) {
    return row(name).findElement(By.className("state")).getText();
  }

  public void stop(String name) {
    console.click(row(name).findElement(By.className("stop")));
    console.confirm();
    console.await(name + " stopped", d -> "stopped".equals(state(name)));
  }

  public void start(String name) {
    console.click(row(name).findElement(By.className("start")));
    console.await(name + " running", d -> "running".equals(state(name)));
  }

  private WebElement row(String name) {
    return console.awaitRow(TABLE, "name", name);
  }
}
