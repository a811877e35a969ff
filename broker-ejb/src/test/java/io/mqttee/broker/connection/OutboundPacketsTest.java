// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.protocol.codec.MqttEncoder;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.MqttProperties.UserProperty;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.SubAck;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Packets for an MQTT 5 client with a Maximum Packet Size. */
@Tag("unit")
class OutboundPacketsTest {
  private static final int LIMIT = 20;

  private final List<MqttPacket> written = new ArrayList<>();
  private final OutboundPackets packets = new OutboundPackets(ProtocolVersion.MQTT_5, LIMIT, 0);

  @Test
  void removesReasonStringAndUserPropertiesFromAnAckThatIsTooLarge() { // MQTT-3.1.2-25
    PubAck ack =
        new PubAck(
            7,
            0x10,
            new MqttProperties(
                List.of(
                    new Property(PropertyIds.REASON_STRING, "no one listens to this topic"),
                    new Property(PropertyIds.USER_PROPERTY, new UserProperty("a", "b")))));
    packets.send(ack, written::add);
    assertEquals(List.of(new PubAck(7, 0x10, MqttProperties.EMPTY)), written);
  }

  @Test
  void keepsTheReasonStringWhenTheAckFits() {
    PubAck ack =
        new PubAck(
            7, 0x10, new MqttProperties(List.of(new Property(PropertyIds.REASON_STRING, "x"))));
    packets.send(ack, written::add);
    assertEquals(List.of(ack), written);
  }

  @Test
  void discardsAPacketThatCannotBeMadeSmallEnough() { // MQTT-3.1.2-25
    SubAck ack =
        new SubAck(
            1, List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), MqttProperties.EMPTY);
    assertEquals(true, MqttEncoder.encodedLength(ack, ProtocolVersion.MQTT_5) > LIMIT);
    packets.send(ack, written::add);
    assertEquals(List.of(), written);
  }
}
