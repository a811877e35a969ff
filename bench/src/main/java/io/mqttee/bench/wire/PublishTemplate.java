// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.nio.ByteBuffer;

/**
 * One PUBLISH encoded once; each copy written out gets its own packet id and send timestamp patched
 * in place, so the hot path never runs the encoder.
 */
public final class PublishTemplate {

  /** Bytes at the start of the payload that carry {@link System#nanoTime()} at send time. */
  public static final int TIMESTAMP_BYTES = Long.BYTES;

  private final byte[] bytes;
  private final int packetIdOffset;
  private final int payloadOffset;

  private PublishTemplate(byte[] bytes, int packetIdOffset, int payloadOffset) {
    this.bytes = bytes;
    this.packetIdOffset = packetIdOffset;
    this.payloadOffset = payloadOffset;
  }

  public static PublishTemplate of(
      String topic, QoS qos, int payloadSize, ProtocolVersion version) {
    int packetId = qos == QoS.AT_MOST_ONCE ? 0 : 1;
    Publish publish =
        new Publish(
            topic, qos, false, false, packetId, new byte[payloadSize], MqttProperties.EMPTY);
    byte[] bytes = PacketBytes.encode(publish, version);
    int variableHeader = 1 + FrameScanner.varIntLength(bytes, 1);
    int topicLength = ((bytes[variableHeader] & 0xFF) << 8) | (bytes[variableHeader + 1] & 0xFF);
    int idOffset = packetId == 0 ? -1 : variableHeader + 2 + topicLength;
    return new PublishTemplate(bytes, idOffset, bytes.length - payloadSize);
  }

  public int length() {
    return bytes.length;
  }

  /** Appends one copy at the buffer's position; the timestamp is written if the payload fits it. */
  public void writeTo(ByteBuffer out, int packetId, long sentNanos) {
    int start = out.position();
    out.put(bytes);
    if (packetIdOffset >= 0) {
      out.putShort(start + packetIdOffset, (short) packetId);
    }
    if (bytes.length - payloadOffset >= TIMESTAMP_BYTES) {
      out.putLong(start + payloadOffset, sentNanos);
    }
  }
}
