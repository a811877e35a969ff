// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.websocket;

import io.mqttee.connector.api.TransportLimits;
import io.mqttee.protocol.codec.DecodeFailure;
import io.mqttee.protocol.codec.MqttDecoder;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one WebSocket connection's binary frames into MQTT packets: a packet may span frames and a
 * frame may hold several packets (MQTT-6.0.0-2). Keeps the bytes of an incomplete packet until a
 * later frame completes it. Not thread-safe: one per connection, fed by its serial message handler;
 * {@link #version()} may be read from any thread.
 */
final class PacketCumulator {

  private static final int INITIAL_CAPACITY = 256;

  /** An empty buffer larger than this is dropped, so an idle connection holds no large packet. */
  private static final int RETAINED_CAPACITY = 64 * 1024;

  private final MqttDecoder decoder;
  private ByteBuffer pending = ByteBuffer.allocate(0);
  private volatile ProtocolVersion version;

  PacketCumulator(int maxPacketSize) {
    this.decoder = new MqttDecoder(maxPacketSize);
    decoder.acceptTopicAliases(TransportLimits.topicAliasMaximum());
  }

  /**
   * Copies {@code frame} and returns the packets now complete, in order (empty when none is). After
   * a failure the packets before it are still returned; {@link #failure()} then tells why the rest
   * is not MQTT, and all further input is ignored.
   */
  List<MqttPacket> append(ByteBuffer frame) {
    if (decoder.failure() != null) {
      return List.of();
    }
    ensureRoom(frame.remaining());
    pending.put(frame).flip();
    List<MqttPacket> packets = new ArrayList<>(2);
    for (MqttPacket next = decoder.decode(pending); next != null; next = decoder.decode(pending)) {
      packets.add(next);
    }
    if (decoder.failure() != null
        || (!pending.hasRemaining() && pending.capacity() > RETAINED_CAPACITY)) {
      pending = ByteBuffer.allocate(0);
    } else {
      pending.compact();
    }
    updateVersion();
    return packets;
  }

  /** Why the input is not MQTT, or null. */
  DecodeFailure failure() {
    return decoder.failure();
  }

  /** Bytes held for a packet that no frame has completed yet. */
  int pendingBytes() {
    return pending.position();
  }

  /**
   * The version to encode for: the one the client's CONNECT declared, or the one a refused CONNECT
   * attempted (so its CONNACK has the right format); null before any CONNECT arrived.
   */
  ProtocolVersion version() {
    return version;
  }

  private void updateVersion() {
    ProtocolVersion declared = decoder.version();
    ProtocolVersion current = declared != null ? declared : decoder.attemptedVersion();
    if (current != version) {
      version = current;
    }
  }

  /** Grows the buffer (in write mode) to take {@code bytes} more. */
  private void ensureRoom(int bytes) {
    if (pending.remaining() >= bytes) {
      return;
    }
    int needed = pending.position() + bytes;
    int capacity = Math.max(INITIAL_CAPACITY, pending.capacity());
    while (capacity < needed) {
      capacity = capacity > Integer.MAX_VALUE / 2 ? needed : capacity * 2;
    }
    ByteBuffer grown = ByteBuffer.allocate(capacity);
    pending.flip();
    grown.put(pending);
    pending = grown;
  }
}
