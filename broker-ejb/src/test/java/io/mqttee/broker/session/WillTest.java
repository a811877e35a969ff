// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.connectPacket;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.broker.session.Harness.will;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.codec.DecodeFailure;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.ReasonCodes;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** MQTT-3.1.2-8: the will is published when the connection ends abnormally, and only then. */
@Tag("unit")
class WillTest {
  private final Harness h = new Harness();
  private final TestClient watcher = h.connect("watcher", true);

  WillTest() {
    watcher.send(subscribe(1, "will/#", AT_LEAST_ONCE));
    watcher.take();
  }

  private TestClient willing(boolean retain) {
    return h.connect(connectPacket("w", true, 10, will("will/w", AT_LEAST_ONCE, retain, "gone")));
  }

  @Test
  void publishesWillWhenTheConnectionIsLost() {
    TestClient w = willing(false);
    w.transportClosed();
    List<Publish> got = watcher.takePublishes();
    assertEquals(1, got.size());
    assertEquals("gone", Harness.text(got.get(0)));
    assertEquals(AT_LEAST_ONCE, got.get(0).qos(), "MQTT-3.1.2-14: the will's QoS");
  }

  @Test
  void discardsWillOnDisconnect() { // MQTT-3.14.4-3
    TestClient w = willing(false);
    w.send(Disconnect.NORMAL);
    assertTrue(w.closedByBroker());
    w.transportClosed();
    assertTrue(watcher.takePublishes().isEmpty());
  }

  @Test
  void publishesWillOnceWhenAMalformedPacketClosesTheConnection() {
    TestClient w = willing(false);
    h.sessions()
        .malformed(
            w.id, new DecodeFailure("bad length", "MQTT-2.2.3", ReasonCodes.MALFORMED_PACKET));
    assertTrue(w.closedByBroker());
    w.transportClosed();
    assertEquals(List.of("gone"), watcher.takePayloads());
  }

  @Test
  void publishesWillOfTheConnectionThatWasTakenOver() { // MQTT-3.1.4-2
    willing(false);
    h.connect("w", true);
    assertEquals(List.of("gone"), watcher.takePayloads());
  }

  @Test
  void retainedWillIsKeptForLaterSubscribers() { // MQTT-3.1.2-17
    TestClient w = willing(true);
    w.transportClosed();
    TestClient late = h.connect("late", true);
    late.send(subscribe(1, "will/w", AT_LEAST_ONCE));
    Publish kept = late.takePublishes().get(0);
    assertEquals("gone", Harness.text(kept));
    assertTrue(kept.retain());
  }

  @Test
  void publishesWillWhenKeepAliveExpires() { // MQTT-3.1.2-24
    TestClient w = willing(false);
    h.advanceMillis(15_000);
    h.core.keepAliveMonitor().run();
    assertTrue(watcher.takePublishes().isEmpty(), "1.5 x 10 s is still in time");
    h.advanceMillis(1);
    h.core.keepAliveMonitor().run();
    assertTrue(w.closedByBroker());
    assertEquals(List.of("gone"), watcher.takePayloads());
  }
}
