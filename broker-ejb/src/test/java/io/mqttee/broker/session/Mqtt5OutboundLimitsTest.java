// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.connection.PropertyIds.MAXIMUM_PACKET_SIZE;
import static io.mqttee.broker.connection.PropertyIds.TOPIC_ALIAS;
import static io.mqttee.broker.connection.PropertyIds.TOPIC_ALIAS_MAXIMUM;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static io.mqttee.protocol.packet.QoS.AT_MOST_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.Publish;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An MQTT 5 client's Maximum Packet Size and Topic Alias Maximum, applied to what it receives. */
@Tag("unit")
class Mqtt5OutboundLimitsTest {
  private static final String BIG = "x".repeat(100);

  private final Harness h = new Harness();
  private final TestClient pub = h.connect("pub", true);

  private TestClient subscriber(String filter, Property... properties) {
    TestClient sub = h.connect(Mqtt5.connect("sub", false, properties));
    sub.send(subscribe(1, filter, AT_LEAST_ONCE));
    sub.take();
    return sub;
  }

  @Test
  void dropsMessagesLargerThanTheClientMaximumPacketSize() { // MQTT-3.1.2-25
    TestClient sub = subscriber("s/#", new Property(MAXIMUM_PACKET_SIZE, 64));
    pub.send(
        Harness.publish("s/0", AT_MOST_ONCE, 0, BIG),
        Harness.publish("s/1", AT_LEAST_ONCE, 1, BIG),
        Harness.publish("s/2", AT_LEAST_ONCE, 2, "small"));
    assertEquals(List.of("small"), sub.takePayloads());
    assertEquals(2, h.metrics.messagesDropped());
    assertEquals(1, h.sessions().sessions().get("sub").inflightCount(), "only the small one");
  }

  @Test
  void aQueuedMessageTooLargeForTheNewConnectionIsDiscardedAsIfDelivered() { // MQTT-3.1.2-25
    TestClient sub = subscriber("q");
    sub.transportClosed();
    pub.send(Harness.publish("q", AT_LEAST_ONCE, 1, BIG));
    TestClient again = h.open();
    again.send(Mqtt5.connect("sub", false, new Property(MAXIMUM_PACKET_SIZE, 64)));
    assertEquals(List.of(), again.takePublishes());
    assertEquals(0, h.sessions().sessions().get("sub").queuedCount());
  }

  @Test
  void anUnacknowledgedMessageTooLargeForTheNewConnectionIsNotResent() { // MQTT-3.1.2-25
    TestClient sub = subscriber("r");
    pub.send(Harness.publish("r", AT_LEAST_ONCE, 1, BIG));
    assertEquals(1, sub.takePublishes().size());
    sub.transportClosed();
    TestClient again = h.open();
    again.send(Mqtt5.connect("sub", false, new Property(MAXIMUM_PACKET_SIZE, 64)));
    assertEquals(List.of(), again.takePublishes());
    assertEquals(0, h.sessions().sessions().get("sub").inflightCount());
  }

  @Test
  void replacesRepeatedTopicsWithAliasesUpToTheClientMaximum() { // MQTT-3.3.2-11
    TestClient sub = subscriber("a/#", new Property(TOPIC_ALIAS_MAXIMUM, 2));
    pub.send(
        Harness.publish("a/1", AT_MOST_ONCE, 0, "m1"),
        Harness.publish("a/1", AT_MOST_ONCE, 0, "m2"),
        Harness.publish("a/2", AT_MOST_ONCE, 0, "m3"),
        Harness.publish("a/3", AT_MOST_ONCE, 0, "m4"),
        Harness.publish("a/3", AT_MOST_ONCE, 0, "m5"));
    List<Publish> got = sub.takePublishes();
    assertEquals(List.of("a/1", "", "a/2", "a/3", ""), got.stream().map(Publish::topic).toList());
    List<Object> aliases = got.stream().map(p -> p.properties().get(TOPIC_ALIAS)).toList();
    // a/1 was used least recently when a/3 needed an alias: its alias 1 is reassigned
    assertEquals(List.of(1, 1, 2, 1, 1), aliases);
  }

  @Test
  void sendsNoAliasesWhenTheClientAllowsNone() {
    TestClient sub = subscriber("n");
    pub.send(
        Harness.publish("n", AT_MOST_ONCE, 0, "a"), Harness.publish("n", AT_MOST_ONCE, 0, "b"));
    for (Publish p : sub.takePublishes()) {
      assertEquals("n", p.topic());
      assertNull(p.properties().get(TOPIC_ALIAS));
    }
  }
}
