// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.e2e.browser.HeadlessChromium;
import io.mqttee.e2e.browser.WebSocketClientPage;
import io.mqttee.e2e.browser.WebSocketClientPage.Row;
import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.Received;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The application's WebSocket client page in headless Chromium: MQTT.js, served by the admin WAR,
 * connects to /mqtt and exchanges messages with an Eclipse Paho client on the TCP listener.
 */
@Tag("browser")
class BrowserClientIT extends DeployedBroker {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @Test
  void browserAndTcpClientExchangeMessagesOverMqtt311() throws Exception {
    exchangeMessages("4", "mqtt311");
  }

  @Test
  void browserAndTcpClientExchangeMessagesOverMqtt5() throws Exception {
    exchangeMessages("5", "mqtt5");
  }

  private static void exchangeMessages(String protocolVersion, String test) throws Exception {
    String toBrowser = Broker.topicRoot("browser-" + test) + "/to-browser";
    String toTcp = Broker.topicRoot("browser-" + test) + "/to-tcp";
    String root = "http://" + Broker.host() + ":" + Broker.httpPort() + "/";
    try (HeadlessChromium browser = HeadlessChromium.start();
        PahoClient tcp = PahoClient.connect(Broker.clientId("tcp-" + test))) {
      WebSocketClientPage page = WebSocketClientPage.open(browser, root, WAIT);
      assertEquals("ws://" + Broker.host() + ":" + Broker.httpPort() + "/mqtt", page.url());

      page.connect(Broker.clientId("browser-" + test), protocolVersion);
      // MQTT-6.0.0-3, MQTT-6.0.0-4: MQTT.js offers "mqtt" and the broker selects it
      assertEquals("mqtt", page.subprotocol());

      page.subscribe(toBrowser, 1);
      assertEquals(toBrowser + " (granted QoS 1)", page.lastSubscription());
      tcp.subscribe(toTcp, 1);

      tcp.publish(toBrowser, "from tcp at qos 0", 0, false);
      tcp.publish(toBrowser, "from tcp at qos 1", 1, false);
      assertEquals(
          List.of(
              new Row(toBrowser, "from tcp at qos 0", "0", "no"),
              new Row(toBrowser, "from tcp at qos 1", "1", "no")),
          page.awaitMessages(2));

      page.publish(toTcp, "from the browser", 1);
      Received received = tcp.next(WAIT);
      assertEquals(toTcp, received.topic());
      assertEquals("from the browser", received.text());
      assertEquals(1, received.qos());
    }
  }
}
