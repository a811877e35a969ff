// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.publish;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.ReasonCodes;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A Session Expiry Interval that changes: on a later CONNECT, or on DISCONNECT. */
@Tag("unit")
class Mqtt5SessionExpiryChangeTest {
  private static final int SESSION_EXPIRY = 0x11;

  private final Harness h = new Harness();

  private static Disconnect disconnectWithExpiry(int seconds) {
    return new Disconnect(
        ReasonCodes.SUCCESS, new MqttProperties(List.of(new Property(SESSION_EXPIRY, seconds))));
  }

  @Test
  void resumesTheSessionWhenTheReconnectAsksForNoExpiry() { // MQTT-3.1.2-5
    TestClient first = h.connect(Mqtt5.connect("r", true, new Property(SESSION_EXPIRY, 3600)));
    first.send(subscribe(1, "q", AT_LEAST_ONCE));
    first.transportClosed();
    h.connect("pub", true).send(publish("q", AT_LEAST_ONCE, 1, "queued"));

    TestClient again = h.open();
    again.send(Mqtt5.connect("r", false));

    List<?> sent = again.take();
    assertTrue(((ConnAck) sent.get(0)).sessionPresent());
    assertEquals("queued", Harness.text((Publish) sent.get(1)));
  }

  @Test
  void aSessionResumedWithoutExpiryEndsWithItsConnection() { // MQTT-3.1.2-23
    h.connect(Mqtt5.connect("r", true, new Property(SESSION_EXPIRY, 3600))).transportClosed();
    h.connect(Mqtt5.connect("r", false)).transportClosed();
    assertEquals(0, h.sessions().sessions().size());
    assertTrue(h.store.calls().contains("sessionRemoved r"));
  }

  @Test
  void disconnectLengthensTheExpiryInterval() { // MQTT 5 section 3.14.2.2.2
    TestClient c = h.connect(Mqtt5.connect("d", true, new Property(SESSION_EXPIRY, 1)));
    c.send(disconnectWithExpiry(5));
    c.transportClosed();
    h.advanceMillis(3_000);
    h.core.sessionExpiry().run();

    TestClient again = h.open();
    again.send(Mqtt5.connect("d", false, new Property(SESSION_EXPIRY, 1)));
    assertTrue(((ConnAck) again.take().get(0)).sessionPresent());
  }

  @Test
  void disconnectWithZeroExpiryEndsTheSessionAtOnce() { // MQTT 5 section 3.14.2.2.2
    TestClient c = h.connect(Mqtt5.connect("z", true, new Property(SESSION_EXPIRY, 3600)));
    c.send(disconnectWithExpiry(0));
    c.transportClosed();
    assertEquals(0, h.sessions().sessions().size());
  }

  @Test
  void refusesAnExpiryOnDisconnectAfterZeroOnConnect() { // MQTT-3.14.2-2
    TestClient c = h.connect(Mqtt5.connect("p", true));
    c.send(disconnectWithExpiry(60));
    assertEquals(
        List.of(new Disconnect(ReasonCodes.PROTOCOL_ERROR, MqttProperties.EMPTY)), c.take());
    c.transportClosed();
    assertEquals(0, h.sessions().sessions().size());
  }
}
