// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.browser.AccessConsolePages;
import io.mqttee.e2e.browser.AdminsConsolePage;
import io.mqttee.e2e.browser.ClientsConsolePage;
import io.mqttee.e2e.browser.ConsoleBrowser;
import io.mqttee.e2e.browser.ConsoleLoginPage;
import io.mqttee.e2e.browser.DashboardConsolePage;
import io.mqttee.e2e.browser.HeadlessChromium;
import io.mqttee.e2e.browser.ListenersConsolePage;
import io.mqttee.e2e.browser.RetainedConsolePage;
import io.mqttee.e2e.browser.SubscriptionsConsolePage;
import io.mqttee.e2e.support.AdminApi;
import io.mqttee.e2e.support.AdminLogin;
import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The administration console in headless Chromium, checked against real MQTT clients: what an
 * administrator does in the console takes effect on the broker. Every page is saved to {@code
 * target/console-screenshots/<page>.png}.
 */
@Tag("browser")
class ConsoleIT extends DeployedBroker {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Duration QUIET = Duration.ofSeconds(1);
  private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

  private static HeadlessChromium chromium;
  private static ConsoleBrowser console;
  private static ConsoleLoginPage login;

  @BeforeAll
  static void logIn() throws Exception {
    chromium = HeadlessChromium.start();
    String root = "http://" + Broker.host() + ":" + Broker.httpPort() + "/";
    console = new ConsoleBrowser(chromium, root, WAIT, SCREENSHOTS);
    login = new ConsoleLoginPage(console);
    AdminLogin.logIn(login);
  }

  @AfterAll
  static void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void aNewAdministratorMustChangeTheFirstPasswordAtTheFirstLogin() throws Exception {
    String name = "admin-" + UUID.randomUUID().toString().substring(0, 8);
    AdminsConsolePage.open(console).addAdministrator(name, "first-password-1");
    console.screenshot("admins");

    login.logOut();
    assertTrue(console.path().endsWith("/console/login.xhtml"), console.path());
    console.screenshot("login");
    try {
      String landed = login.logIn(name, "first-password-1");

      assertTrue(landed.endsWith("/console/change-password.xhtml"), landed);
      console.open("clients.xhtml");
      assertTrue(console.path().endsWith("/console/change-password.xhtml"), console.path());
      console.screenshot("change-password");
      login.changePassword("first-password-1", "second-password-2");
      assertTrue(console.path().matches(".*/console/(index\\.xhtml)?"), console.path());
      assertEquals(name, login.loggedInAs());
      login.logOut();
      String again = login.logIn(name, "second-password-2");
      assertTrue(again.matches(".*/console/(index\\.xhtml)?"), again);
      login.logOut();
    } finally {
      AdminLogin.logIn(login);
    }
  }

  @Test
  void showsANewApiKeysSecretOnceAndListsTheKey() {
    AdminsConsolePage admins = AdminsConsolePage.open(console);

    AdminsConsolePage.ShownKey key = admins.createApiKey("console test key");

    assertTrue(key.secret().length() >= 16, "secret: " + key.secret());
    admins.awaitKey(key.keyId());
    assertFalse(admins.showsASecret(), "the secret is still on the page");
    console.open("admins.xhtml");
    admins.awaitKey(key.keyId());
    assertFalse(admins.showsASecret(), "the secret is shown again");
  }

  @Test
  void showsAConnectedClientWithItsDetailsAndKicksIt() throws Exception {
    String clientId = Broker.clientId("console-kick");
    String filter = Broker.topicRoot("console") + "/kick/#";
    try (PahoClient client = PahoClient.connect(clientId)) {
      client.subscribe(filter, 1);
      ClientsConsolePage clients = ClientsConsolePage.open(console);
      WebElement row = clients.find(clientId, clientId);
      assertEquals("connected", row.findElement(By.className("client-state")).getText());

      assertEquals(clientId, clients.openDetails(row));
      assertNotEquals("-", console.element("details-connected-at").getText(), "connected at");
      assertEquals(
          filter,
          console.element("details-subscriptions").findElement(By.className("filter")).getText());
      console.screenshot("clients-details");
      clients.closeDetails();
      console.screenshot("clients");

      clients.kick(clients.find(clientId, clientId));
      console.awaitMessage("Disconnected " + clientId);
      assertTrue(client.awaitConnectionLost(WAIT), clientId + " is still connected");
    }
  }

  @Test
  void aSubscriptionAddedInTheConsoleDeliversToTheClientUntilItIsRemoved() throws Exception {
    String root = Broker.topicRoot("console-subscribe");
    String clientId = Broker.clientId("console-subscribed");
    try (PahoClient client = PahoClient.connect(clientId);
        PahoClient publisher = PahoClient.connect(Broker.clientId("console-publisher"))) {
      client.subscribe(root + "/marker", 1);
      SubscriptionsConsolePage subscriptions = SubscriptionsConsolePage.open(console);

      subscriptions.add(clientId, root + "/data/#", 1);
      publisher.publish(root + "/data/a", "through the console's subscription", 1, false);
      assertEquals("through the console's subscription", client.next(WAIT).text());

      subscriptions.remove(clientId, root + "/data/#");
      publisher.publish(root + "/data/b", "after the removal", 1, false);
      assertEquals(List.of(), client.drainUntilMarker(QUIET, root + "/marker"));
    }
  }

  @Test
  void showsMarkupInAClientIdAsText() throws Exception {
    String clientId = "<b>x</b>" + Broker.clientId("console-markup");
    try (PahoClient client = PahoClient.connect(clientId)) {
      assertTrue(client.isConnected());
      ClientsConsolePage clients = ClientsConsolePage.open(console);
      WebElement row = clients.find(clientId, clientId);
      WebElement cell = clients.clientIdCell(row);

      assertEquals(clientId, cell.getText());
      assertEquals(List.of(), cell.findElements(By.tagName("b")));
      assertEquals(clientId, clients.openDetails(row));
      assertEquals(List.of(), console.element("details-client-id").findElements(By.tagName("b")));
      clients.closeDetails();
    }
  }

  @Test
  void aRequestTheServerCannotAnswerIsReportedOnThePageAndTheNextOneClearsTheNotice() {
    ClientsConsolePage.open(console);
    String action = (String) console.script("return document.getElementById('clients').action;");
    console.script(
        "document.getElementById('clients').action = arguments[0];",
        action.replace("clients.xhtml", "no-such-page.xhtml"));
    console.click("clients:search");
    WebElement notice = console.element("request-failed");
    assertTrue(notice.isDisplayed());
    assertTrue(notice.getText().contains("HTTP 404"), notice.getText());
    assertTrue(console.element("clients:search").isEnabled(), "the button can be tried again");

    console.script("document.getElementById('clients').action = arguments[0];", action);
    console.click("clients:search");
    assertFalse(console.element("request-failed").isDisplayed());
  }

  @Test
  void deletesARetainedMessageSoANewSubscriberNoLongerReceivesIt() throws Exception {
    String root = Broker.topicRoot("console-retained");
    String topic = root + "/a";
    try (PahoClient publisher = PahoClient.connect(Broker.clientId("console-retainer"))) {
      publisher.publish(topic, "kept for later", 1, true);
    }
    RetainedConsolePage retained = RetainedConsolePage.open(console);
    WebElement row = retained.find(root + "/#", topic);
    assertEquals("kept for later", retained.viewText(row));
    console.screenshot("retained-payload");
    retained.closePayload();
    console.screenshot("retained");

    retained.delete(topic);

    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("console-late"))) {
      subscriber.subscribe(topic, 1);
      assertEquals(List.of(), subscriber.drainUntilMarker(QUIET, topic));
    }
  }

  @Test
  void anAclRuleAddedForAnMqttUserStopsItsPublishesAndKeepsItConnected() throws Exception {
    String root = Broker.topicRoot("console-acl");
    String user = "console-user-" + UUID.randomUUID().toString().substring(0, 8);
    AccessConsolePages access = new AccessConsolePages(console);
    access.addUser(user, "user-password");
    console.screenshot("users");
    access.addRule("DENY", "PUBLISH", root + "/denied/#", "USERNAME", user, 1);
    console.screenshot("acl");

    try (PahoClient watcher = PahoClient.connect(Broker.clientId("console-acl-watch"));
        PahoClient publisher =
            PahoClient.connect(
                Broker.clientId("console-acl-user"),
                options -> {
                  options.setUserName(user);
                  options.setPassword("user-password".toCharArray());
                })) {
      watcher.subscribe(root + "/#", 1);

      publisher.publish(root + "/denied/a", "denied", 1, false); // PUBACKed all the same (3.1.1)
      publisher.publish(root + "/allowed/a", "allowed", 1, false);

      assertEquals("allowed", watcher.next(WAIT).text());
      assertEquals(List.of(), watcher.drainUntilMarker(QUIET, root + "/marker"));
      assertTrue(publisher.isConnected(), "the denied publisher lost its connection");
    }
  }

  @Test
  void aBannedClientIdIsRefusedAtConnect() {
    String clientId = Broker.clientId("console-banned");
    new AccessConsolePages(console).ban("CLIENTID", clientId, "tested by ConsoleIT");
    console.screenshot("banned");

    MqttException refused = assertThrows(MqttException.class, () -> PahoClient.connect(clientId));
    assertEquals(MqttException.REASON_CODE_NOT_AUTHORIZED, refused.getReasonCode());
  }

  @Test
  void aStoppedTcpListenerRefusesConnectionsUntilItIsStartedAgain() throws Exception {
    ListenersConsolePage listeners = ListenersConsolePage.open(console);
    assertEquals("running", listeners.state("tcp"));
    listeners.stop("tcp");
    try {
      console.screenshot("listeners");
      assertThrows(
          MqttException.class, () -> PahoClient.connect(Broker.clientId("console-stopped")));
    } finally {
      listeners.start("tcp");
    }
    try (PahoClient client = PahoClient.connect(Broker.clientId("console-started"))) {
      assertTrue(client.isConnected());
    }
  }

  @Test
  void theDashboardChartsGrowFromPushedMetricsWithoutAReload() {
    DashboardConsolePage dashboard = DashboardConsolePage.open(console);
    dashboard.markDocument();
    // a push may have arrived since the page loaded
    DashboardConsolePage.Progress before = dashboard.progress();
    long points = before.points();

    dashboard.awaitPushes(before.pushes() + 3);

    assertTrue(dashboard.sameDocument(), "the dashboard was reloaded");
    // the charts keep their last 300 points
    assertTrue(
        dashboard.connectionPoints() >= Math.min(points + 3, 300),
        points + " points before, " + dashboard.connectionPoints() + " after three pushes");
    console.screenshot("index");
  }

  @Test
  void everyPageOpensInTheConsole() throws Exception {
    String filter = Broker.topicRoot("console-pages") + "/#";
    try (PahoClient client = PahoClient.connect(Broker.clientId("console-pages"))) {
      client.subscribe(filter, 1);
      for (String page :
          List.of(
              "index",
              "clients",
              "subscriptions",
              "topics",
              "retained",
              "users",
              "acl",
              "banned",
              "listeners",
              "admins",
              "change-password")) {
        console.open(page + ".xhtml");
        assertTrue(console.path().endsWith("/console/" + page + ".xhtml"), console.path());
        assertEquals(AdminApi.ADMIN, login.loggedInAs());
        console.screenshot(page);
      }
      console.open("subscriptions.xhtml");
      console.type("list:filter", filter);
      console.click("list:search");
      console.awaitRow("list:table", "filter", filter);
      console.screenshot("subscriptions");
    }
  }
}
