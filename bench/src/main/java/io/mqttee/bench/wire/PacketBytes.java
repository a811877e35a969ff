// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import io.mqttee.protocol.codec.MqttEncoder;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import java.nio.ByteBuffer;
import java.util.List;

/** The control packets a bench client sends, encoded once with the project's codec. */
public final class PacketBytes {

  /** Long enough that no run needs PINGREQ; runs are bounded well below it. */
  public static final int KEEP_ALIVE_SECONDS = 600;

  private PacketBytes() {}

  public static byte[] encode(MqttPacket packet, ProtocolVersion version) {
    byte[] bytes = new byte[MqttEncoder.encodedLength(packet, version)];
    ByteBuffer out = ByteBuffer.wrap(bytes);
    MqttEncoder.encode(packet, version, out);
    if (out.hasRemaining()) {
      throw new IllegalStateException(
          packet.type() + " encoded to " + out.position() + " of " + bytes.length + " bytes");
    }
    return bytes;
  }

  public static byte[] connect(String clientId, ProtocolVersion version) {
    return encode(
        new Connect(
            version, clientId, true, KEEP_ALIVE_SECONDS, null, null, null, MqttProperties.EMPTY),
        version);
  }

  public static byte[] subscribe(String filter, QoS maxQos, ProtocolVersion version) {
    return encode(
        new Subscribe(1, List.of(new TopicSubscription(filter, maxQos)), MqttProperties.EMPTY),
        version);
  }

  /** A PUBACK for packet id 1; the id sits in bytes 2 and 3 (two-byte fixed header). */
  public static byte[] pubAckTemplate(ProtocolVersion version) {
    byte[] bytes = encode(new PubAck(1), version);
    if (bytes.length > 127 + 2 || bytes[3] != 1) {
      throw new IllegalStateException("unexpected PUBACK layout");
    }
    return bytes;
  }

  public static byte[] disconnect(ProtocolVersion version) {
    return encode(Disconnect.NORMAL, version);
  }
}
