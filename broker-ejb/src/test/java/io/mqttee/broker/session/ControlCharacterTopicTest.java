// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.publish;
import static io.mqttee.broker.session.Harness.retainedPublish;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static io.mqttee.protocol.packet.QoS.AT_MOST_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.SubAck;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Topics and filters with control characters are refused, as libmosquitto refuses them, so that one
 * client cannot retain a message that disconnects every mosquitto-based wildcard subscriber.
 */
@Tag("unit")
class ControlCharacterTopicTest {
  private final Harness h = new Harness();

  @Test
  void closesAPublisherWhoseTopicHoldsAControlCharacterAndRetainsNothing() { // MQTT 3.1.1 1.5.3
    TestClient pub = h.connect("pub", true);
    pub.send(retainedPublish("bad/\u0001/topic", AT_LEAST_ONCE, 1, "poison"));
    assertTrue(pub.closedByBroker());
    assertEquals(0, h.retained.count());
    assertEquals(1, h.metrics.topicsRefused());
  }

  @Test
  void refusesOnlyTheFilterWithAControlCharacterAndKeepsTheSubscriber() {
    TestClient sub = h.connect("sub", true);
    sub.send(
        new Subscribe(
            1,
            List.of(
                new TopicSubscription("a/\u007F", AT_MOST_ONCE),
                new TopicSubscription("a/ok", AT_MOST_ONCE)),
            MqttProperties.EMPTY));
    assertEquals(List.of(new SubAck(1, List.of(0x80, 0), MqttProperties.EMPTY)), sub.take());
    assertFalse(sub.closedByBroker());
    h.connect("pub", true).send(publish("a/ok", AT_MOST_ONCE, 0, "still subscribed"));
    assertEquals(List.of("still subscribed"), sub.takePayloads());
    assertEquals(1, h.metrics.topicsRefused());
  }

  @Test
  void refusesAConnectWhoseWillTopicHoldsAControlCharacter() { // MQTT-3.1.3-10
    TestClient c = h.open();
    c.send(
        Harness.connectPacket(
            "w", true, 0, Harness.will("will/\u0085", AT_MOST_ONCE, false, "gone")));
    assertTrue(c.closedByBroker());
    assertEquals(1, h.metrics.topicsRefused());
  }
}
