// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * SUBSCRIBE body. Topic filter syntax is left to the broker, which answers an invalid filter with a
 * SUBACK failure code (MQTT 5: 0x8F) rather than closing the connection.
 */
final class SubscribeDecoder {

  private SubscribeDecoder() {}

  static Subscribe decode(ByteBuffer in, ProtocolVersion version) {
    int packetId = PacketIds.read(in);
    boolean v5 = version.isMqtt5();
    MqttProperties properties =
        v5 ? PropertiesCodec.read(in, PropertyMasks.SUBSCRIBE) : MqttProperties.EMPTY;
    List<TopicSubscription> subscriptions = new ArrayList<>(2);
    while (in.hasRemaining()) {
      String filter = Utf8.readString(in);
      int options = in.get() & 0xFF;
      subscriptions.add(v5 ? withV5Options(filter, options) : withV3Options(filter, options));
    }
    if (subscriptions.isEmpty()) {
      throw MalformedPacketException.protocolError(
          "SUBSCRIBE without topic filter", "MQTT-3.8.3-3");
    }
    return new Subscribe(packetId, subscriptions, properties);
  }

  private static TopicSubscription withV3Options(String filter, int options) {
    if ((options & 0xFC) != 0 || (options & 0x03) == 3) {
      throw MalformedPacketException.malformed(
          "invalid requested QoS byte 0x" + Integer.toHexString(options), "MQTT-3-8.3-4");
    }
    return new TopicSubscription(filter, QoS.of(options));
  }

  private static TopicSubscription withV5Options(String filter, int options) {
    if ((options & 0xC0) != 0) {
      throw MalformedPacketException.malformed("reserved subscription option bits", "MQTT-3.8.3-5");
    }
    if ((options & 0x03) == 3) {
      throw MalformedPacketException.malformed("requested QoS 3", "3.8.3.1");
    }
    int retainHandling = (options >> 4) & 0x03;
    if (retainHandling == 3) {
      throw MalformedPacketException.protocolError("retain handling 3", "3.8.3.1");
    }
    return new TopicSubscription(
        filter,
        QoS.of(options & 0x03),
        (options & 0x04) != 0,
        (options & 0x08) != 0,
        retainHandling);
  }
}
