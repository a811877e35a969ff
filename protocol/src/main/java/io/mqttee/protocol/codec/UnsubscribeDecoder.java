// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Unsubscribe;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** UNSUBSCRIBE body. */
final class UnsubscribeDecoder {

  private UnsubscribeDecoder() {}

  static Unsubscribe decode(ByteBuffer in, ProtocolVersion version) {
    int packetId = PacketIds.read(in);
    MqttProperties properties =
        version.isMqtt5()
            ? PropertiesCodec.read(in, PropertyMasks.UNSUBSCRIBE)
            : MqttProperties.EMPTY;
    List<String> filters = new ArrayList<>(2);
    while (in.hasRemaining()) {
      filters.add(Utf8.readString(in));
    }
    if (filters.isEmpty()) {
      throw MalformedPacketException.protocolError(
          "UNSUBSCRIBE without topic filter", "MQTT-3.10.3-2");
    }
    return new Unsubscribe(packetId, filters, properties);
  }
}
