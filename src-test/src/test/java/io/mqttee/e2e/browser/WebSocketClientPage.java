// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin WAR's {@code websocket-client.html}, operated through its form as a user would. */
public final class WebSocketClientPage {

  /** One row of the page's received-messages table. */
  public record Row(String topic, String payload, String qos, String retain) {}

  private final HeadlessChromium browser;
  private final WebDriver driver;
  private final Duration wait;

  private WebSocketClientPage(HeadlessChromium browser, Duration wait) {
    this.browser = browser;
    this.driver = browser.driver();
    this.wait = wait;
  }

  /** Loads the page from {@code baseUrl} (the application's root, ending in a slash). */
  public static WebSocketClientPage open(HeadlessChromium browser, String baseUrl, Duration wait) {
    browser.driver().get(baseUrl + "websocket-client.html");
    return new WebSocketClientPage(browser, wait);
  }

  /** The broker URL the page proposes: the page's own host, path {@code /mqtt}. */
  public String url() {
    return field("url").getDomProperty("value");
  }

  /** Connects with MQTT 3.1.1 ({@code "4"}) or 5 ({@code "5"}) and waits for CONNACK. */
  public void connect(String clientId, String protocolVersion) {
    type("client-id", clientId);
    new Select(field("mqtt-version")).selectByValue(protocolVersion);
    field("connect").click();
    await("status 'connected'", driver -> "connected".equals(text("status")));
  }

  /** The WebSocket subprotocol the broker selected, as the page shows it. */
  public String subprotocol() {
    return text("subprotocol");
  }

  /** Subscribes and waits for the SUBACK the page lists. */
  public void subscribe(String topicFilter, int qos) {
    type("subscribe-topic", topicFilter);
    new Select(field("subscribe-qos")).selectByValue(Integer.toString(qos));
    int before = driver.findElements(By.cssSelector("#subscriptions li")).size();
    field("subscribe").click();
    await(
        "a SUBACK for " + topicFilter,
        driver -> driver.findElements(By.cssSelector("#subscriptions li")).size() > before);
  }

  /** What the page shows for the last SUBACK, e.g. {@code "a/b (granted QoS 1)"}. */
  public String lastSubscription() {
    List<WebElement> items = driver.findElements(By.cssSelector("#subscriptions li"));
    return items.get(items.size() - 1).getText();
  }

  public void publish(String topic, String payload, int qos) {
    type("publish-topic", topic);
    type("publish-payload", payload);
    new Select(field("publish-qos")).selectByValue(Integer.toString(qos));
    field("publish").click();
  }

  /** Waits until the received-messages table holds {@code count} rows and returns them. */
  public List<Row> awaitMessages(int count) {
    await(count + " received messages", driver -> rows().size() >= count);
    return rows();
  }

  private List<Row> rows() {
    return driver.findElements(By.cssSelector("#messages tr")).stream()
        .map(
            row ->
                new Row(
                    cellText(row, "topic"),
                    cellText(row, "payload"),
                    cellText(row, "qos"),
                    cellText(row, "retain")))
        .toList();
  }

  private static String cellText(WebElement row, String cell) {
    return row.findElement(By.className(cell)).getText();
  }

  private void await(String what, ExpectedCondition<Boolean> condition) {
    try {
      new WebDriverWait(driver, wait).until(condition);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "waited "
              + wait.toSeconds()
              + " s for "
              + what
              + "; status: "
              + text("status")
              + "\nbrowser console:\n"
              + browser.consoleLog(),
          e);
    }
  }

  private void type(String id, String value) {
    WebElement element = field(id);
    element.clear();
    element.sendKeys(value);
  }

  private String text(String id) {
    return field(id).getText();
  }

  private WebElement field(String id) {
    return driver.findElement(By.id(id));
  }
}
