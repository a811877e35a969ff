// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.SnTopic;
import io.mqttee.protocol.mqttsn.codec.SnEncoder;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.nio.ByteBuffer;

/**
 * One PUBLISH, of MQTT or of MQTT-SN, encoded once; each copy written out gets its own packet id,
 * send timestamp and tag patched in place, so the hot path never runs the encoder. The payload
 * starts with the timestamp (8 bytes) and the tag (8 bytes: the publisher's index, then its
 * sequence number), as far as the payload is long enough.
 */
public final class PublishTemplate {

  /** Bytes at the start of the payload that carry {@link System#nanoTime()} at send time. */
  public static final int TIMESTAMP_BYTES = Long.BYTES;

  /** Bytes after the timestamp that carry the message's {@link #tag}. */
  public static final int TAG_BYTES = Long.BYTES;

  /** Payloads at least this long carry both timestamp and tag. */
  public static final int MARKED_BYTES = TIMESTAMP_BYTES + TAG_BYTES;

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

  /**
   * An MQTT-SN PUBLISH (MQTT-SN 1.2 section 5.4.12), one datagram: its MsgId is the two octets
   * before Data, as the packet id of MQTT is the two octets before the payload (or properties).
   */
  public static PublishTemplate mqttSn(SnTopic topic, QoS qos, int payloadSize) {
    int msgId = qos == QoS.AT_MOST_ONCE ? 0 : 1;
    SnQoS level = qos == QoS.AT_MOST_ONCE ? SnQoS.AT_MOST_ONCE : SnQoS.AT_LEAST_ONCE;
    byte[] bytes =
        SnEncoder.encode(
            new SnPublish(false, level, false, topic, msgId, Bytes.of(new byte[payloadSize])));
    int payloadOffset = bytes.length - payloadSize;
    return new PublishTemplate(bytes, msgId == 0 ? -1 : payloadOffset - 2, payloadOffset);
  }

  public int length() {
    return bytes.length;
  }

  /** Identifies one message of a run: the {@code sequence}-th of publisher {@code publisher}. */
  public static long tag(int publisher, int sequence) {
    return ((long) publisher << 32) | (sequence & 0xFFFF_FFFFL);
  }

  public static int publisherOf(long tag) {
    return (int) (tag >>> 32);
  }

  public static int sequenceOf(long tag) {
    return (int) tag;
  }

  /**
   * Appends one copy at the buffer's position; timestamp and tag are written as far as the payload
   * fits them.
   */
  public void writeTo(ByteBuffer out, int packetId, long sentNanos, long tag) {
    int start = out.position();
    out.put(bytes);
    if (packetIdOffset >= 0) {
      out.putShort(start + packetIdOffset, (short) packetId);
    }
    int payloadBytes = bytes.length - payloadOffset;
    if (payloadBytes >= TIMESTAMP_BYTES) {
      out.putLong(start + payloadOffset, sentNanos);
    }
    if (payloadBytes >= MARKED_BYTES) {
      out.putLong(start + payloadOffset + TIMESTAMP_BYTES, tag);
    }
  }
}
