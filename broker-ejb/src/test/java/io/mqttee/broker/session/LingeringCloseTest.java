// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.publish;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PingReq;
import io.mqttee.protocol.packet.ReasonCodes;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * After its DISCONNECT the broker keeps the connection open a moment, so that a client still
 * sending reads the Reason Code (MQTT 5 section 4.13) instead of a TCP reset.
 */
@Tag("unit")
class LingeringCloseTest {
  private final Harness h = new Harness();

  @Test
  void closesAnMqtt5ConnectionOnceTheClientIsQuiet() { // MQTT-3.14.4-2
    TestClient c = h.connect(Mqtt5.connect("c", true));
    c.send(publish("a/+", AT_LEAST_ONCE, 1, "x"));
    assertEquals(
        List.of(new Disconnect(ReasonCodes.TOPIC_NAME_INVALID, MqttProperties.EMPTY)), c.take());
    assertFalse(c.closedByBroker(), "the client may still be reading");

    h.advanceMillis(LingeringCloses.QUIET_MILLIS - 1);
    c.send(PingReq.INSTANCE); // still sending: not quiet yet
    h.advanceMillis(LingeringCloses.QUIET_MILLIS - 1);
    h.core.lingeringCloses().run();
    assertFalse(c.closedByBroker());
    h.advanceMillis(1);
    h.core.lingeringCloses().run();
    assertTrue(c.closedByBroker());
  }

  @Test
  void closesAfterTheLongestLingerWhileTheClientKeepsSending() { // MQTT-3.14.4-2
    TestClient c = h.connect(Mqtt5.connect("c", true));
    c.send(publish("a/+", AT_LEAST_ONCE, 1, "x"));
    for (long t = 0; t < LingeringCloses.MAX_MILLIS; t += 100) {
      h.advanceMillis(100);
      c.send(PingReq.INSTANCE);
    }
    h.core.lingeringCloses().run();
    assertTrue(c.closedByBroker());
  }

  @Test
  void answersNothingWhileLingering() { // MQTT-3.14.4-1
    TestClient c = h.connect(Mqtt5.connect("c", true));
    c.send(publish("a/+", AT_LEAST_ONCE, 1, "x"));
    c.take();
    c.send(PingReq.INSTANCE);
    assertEquals(List.of(), c.take());
  }

  @Test
  void sendsNoMessageToALingeringClient() { // MQTT-3.14.4-1
    TestClient c = h.connect(Mqtt5.connect("c", true));
    c.send(Harness.subscribe(1, "t", AT_LEAST_ONCE));
    c.take();
    c.send(publish("a/+", AT_LEAST_ONCE, 2, "x"));
    c.take();

    h.connect("p", true).send(publish("t", AT_LEAST_ONCE, 3, "routed"));
    assertEquals(List.of(), c.take());
  }

  @Test
  void forgetsAConnectionTheClientClosedFirst() {
    TestClient c = h.connect(Mqtt5.connect("c", true));
    c.send(publish("a/+", AT_LEAST_ONCE, 1, "x"));
    c.transportClosed();
    h.lingerPassed();
    assertFalse(c.closedByBroker(), "nothing left to close");
  }

  @Test
  void closesAnMqtt311ConnectionAtOnce() { // MQTT 3.1.1 has no DISCONNECT from the server
    TestClient c = h.connect("old", true);
    c.send(publish("a/+", AT_LEAST_ONCE, 1, "x"));
    assertTrue(c.closedByBroker());
  }
}
