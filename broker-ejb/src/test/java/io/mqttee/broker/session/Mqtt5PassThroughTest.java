// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.protocol.codec.MqttDecoder;
import io.mqttee.protocol.codec.MqttEncoder;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.MqttProperties.UserProperty;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Publish;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Application properties reach MQTT 5 subscribers unchanged and MQTT 3.1.1 ones not at all. */
@Tag("unit")
class Mqtt5PassThroughTest {
  private static final byte[] CORRELATION = {1, 2, 3};
  private static final Property[] APPLICATION_PROPERTIES = {
    new Property(0x26, new UserProperty("k", "v")),
    new Property(0x03, "text/plain"),
    new Property(0x08, "reply/here"),
    new Property(0x09, CORRELATION),
    new Property(0x26, new UserProperty("k", "w")),
  };

  private final Harness h = new Harness();

  private Publish relayedTo(TestClient sub) {
    sub.send(subscribe(1, "req", AT_LEAST_ONCE));
    sub.take();
    h.connect(Mqtt5.connect("pub", true))
        .send(Mqtt5.publish("req", AT_LEAST_ONCE, 1, "q", APPLICATION_PROPERTIES));
    return sub.takePublishes().get(0);
  }

  @Test
  void forwardsUserPropertiesContentTypeResponseTopicAndCorrelationData() { // MQTT-3.3.2-17..20
    Publish got = relayedTo(h.connect(Mqtt5.connect("sub", true)));
    assertEquals(new MqttProperties(List.of(APPLICATION_PROPERTIES)), got.properties());
    assertArrayEquals(CORRELATION, (byte[]) got.properties().get(0x09));
  }

  @Test
  void anMqtt311SubscriberReceivesTheMessageWithoutProperties() {
    Publish got = relayedTo(h.connect("old", true));
    ByteBuffer wire =
        ByteBuffer.allocate(MqttEncoder.encodedLength(got, ProtocolVersion.MQTT_3_1_1));
    MqttEncoder.encode(got, ProtocolVersion.MQTT_3_1_1, wire);
    wire.flip();
    Publish decoded =
        (Publish) MqttDecoder.forClient(1 << 20, ProtocolVersion.MQTT_3_1_1).decode(wire);
    assertEquals(MqttProperties.EMPTY, decoded.properties());
    assertEquals("q", Harness.text(decoded));
  }
}
