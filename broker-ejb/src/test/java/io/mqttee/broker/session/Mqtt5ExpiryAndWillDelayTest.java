// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.connection.PropertyIds.MESSAGE_EXPIRY_INTERVAL;
import static io.mqttee.broker.connection.PropertyIds.SESSION_EXPIRY_INTERVAL;
import static io.mqttee.broker.connection.PropertyIds.WILL_DELAY_INTERVAL;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.Will;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** MQTT 5 Message Expiry Interval of queued messages and the Will Delay Interval. */
@Tag("unit")
class Mqtt5ExpiryAndWillDelayTest {
  private final Harness h = new Harness();
  private final TestClient watcher = h.connect("watcher", true);

  Mqtt5ExpiryAndWillDelayTest() {
    watcher.send(subscribe(1, "will/#", AT_LEAST_ONCE));
    watcher.take();
  }

  private TestClient offlineSubscriber() {
    TestClient sub =
        h.connect(Mqtt5.connect("sub", false, new Property(SESSION_EXPIRY_INTERVAL, 600)));
    sub.send(subscribe(1, "e", AT_LEAST_ONCE));
    sub.transportClosed();
    return sub;
  }

  private List<Publish> reconnect(String clientId) {
    TestClient again = h.open();
    again.send(Mqtt5.connect(clientId, false, new Property(SESSION_EXPIRY_INTERVAL, 600)));
    return again.takePublishes();
  }

  @Test
  void deletesAQueuedMessageWhoseExpiryIntervalPassed() { // MQTT-3.3.2-5
    offlineSubscriber();
    h.connect("pub", true)
        .send(
            Mqtt5.publish("e", AT_LEAST_ONCE, 1, "old", new Property(MESSAGE_EXPIRY_INTERVAL, 10)));
    h.advanceMillis(10_000);
    assertEquals(List.of(), reconnect("sub"));
  }

  @Test
  void forwardsTheRemainingExpiryInterval() { // MQTT-3.3.2-6
    offlineSubscriber();
    TestClient pub = h.connect("pub", true);
    pub.send(
        Mqtt5.publish("e", AT_LEAST_ONCE, 1, "fresh", new Property(MESSAGE_EXPIRY_INTERVAL, 100)));
    pub.send(Mqtt5.publish("e", AT_LEAST_ONCE, 2, "forever"));
    h.advanceMillis(30_000);
    List<Publish> got = reconnect("sub");
    assertEquals(70, got.get(0).properties().get(MESSAGE_EXPIRY_INTERVAL));
    assertNull(got.get(1).properties().get(MESSAGE_EXPIRY_INTERVAL));
  }

  private TestClient connectWithDelayedWill(int delaySeconds, int sessionExpirySeconds) {
    Will will =
        new Will(
            "will/w",
            Harness.bytes("gone"),
            AT_LEAST_ONCE,
            false,
            new MqttProperties(List.of(new Property(WILL_DELAY_INTERVAL, delaySeconds))));
    return h.connect(
        Mqtt5.connect(
            "w", false, 0, will, new Property(SESSION_EXPIRY_INTERVAL, sessionExpirySeconds)));
  }

  @Test
  void publishesTheWillOnceItsDelayPassed() { // MQTT 5 section 3.1.3.2.2
    connectWithDelayedWill(5, 600).transportClosed();
    h.core.delayedWills().run();
    assertEquals(List.of(), watcher.takePayloads());
    h.advanceMillis(5_000);
    h.core.delayedWills().run();
    List<Publish> got = watcher.takePublishes();
    assertEquals(List.of("gone"), got.stream().map(Harness::text).toList());
    assertNull(got.get(0).properties().get(WILL_DELAY_INTERVAL), "not a PUBLISH property");
  }

  @Test
  void discardsTheDelayedWillWhenTheClientReconnectsInTime() { // MQTT-3.1.3-9
    connectWithDelayedWill(5, 600).transportClosed();
    h.advanceMillis(1_000);
    reconnect("w");
    h.advanceMillis(10_000);
    h.core.delayedWills().run();
    assertEquals(List.of(), watcher.takePayloads());
  }

  @Test
  void publishesTheWillWhenTheSessionEndsBeforeTheDelay() { // MQTT 5 section 3.1.3.2.2
    connectWithDelayedWill(60, 2).transportClosed();
    h.advanceMillis(2_000);
    h.core.delayedWills().run();
    assertEquals(List.of("gone"), watcher.takePayloads());
  }

  @Test
  void publishesTheWillAtOnceWhenANewSessionReplacesTheOld() {
    connectWithDelayedWill(60, 600).transportClosed();
    h.connect(Mqtt5.connect("w", true));
    assertEquals(List.of("gone"), watcher.takePayloads());
  }

  @Test
  void aWillWithoutDelayIsPublishedAtOnce() {
    connectWithDelayedWill(0, 600).transportClosed();
    assertEquals(List.of("gone"), watcher.takePayloads());
  }
}
