// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import java.nio.ByteBuffer;

/** SUBSCRIBE; MQTT 3.1.1 sends only the requested QoS of each filter (MQTT-3-8.3-4). */
final class SubscribeEncoder implements BodyEncoder {

  @Override
  public int flags(MqttPacket packet) {
    return 0x02; // MQTT-3.8.1-1
  }

  @Override
  public int remainingLength(MqttPacket packet, ProtocolVersion version) {
    Subscribe s = (Subscribe) packet;
    int length = 2 + BodyEncoder.propertiesLength(s.properties(), version);
    for (TopicSubscription t : s.subscriptions()) {
      length += 2 + Utf8.encodedLength(t.topicFilter()) + 1;
    }
    return length;
  }

  @Override
  public void write(MqttPacket packet, ProtocolVersion version, ByteBuffer out) {
    Subscribe s = (Subscribe) packet;
    out.putShort((short) s.packetId());
    if (version.isMqtt5()) {
      PropertiesCodec.write(out, s.properties());
    }
    for (TopicSubscription t : s.subscriptions()) {
      Utf8.write(out, t.topicFilter());
      out.put((byte) options(t, version));
    }
  }

  private static int options(TopicSubscription t, ProtocolVersion version) {
    int options = t.maxQos().value();
    if (version.isMqtt5()) {
      options |= (t.noLocal() ? 0x04 : 0) | (t.retainAsPublished() ? 0x08 : 0);
      options |= t.retainHandling() << 4;
    }
    return options;
  }
}
