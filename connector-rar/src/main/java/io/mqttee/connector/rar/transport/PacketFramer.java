// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.mqttee.connector.api.TransportLimits;
import io.mqttee.protocol.codec.DecodeFailure;
import io.mqttee.protocol.codec.MqttDecoder;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one connection's byte stream into packets: keeps the bytes of an incomplete packet until the
 * next read completes it. Confined to the connection's event loop.
 */
final class PacketFramer {

  /**
   * The broker reads the same property for the Topic Alias Maximum it announces in CONNACK, so the
   * decoder accepts exactly the aliases the client was allowed (MQTT-3.3.2-12).
   */
  private final MqttDecoder decoder;

  private final ByteBufAllocator alloc;
  private ByteBuf cumulation;

  PacketFramer(int maxPacketSize, ByteBufAllocator alloc) {
    this.decoder = new MqttDecoder(maxPacketSize);
    decoder.acceptTopicAliases(TransportLimits.topicAliasMaximum());
    this.alloc = alloc;
  }

  /**
   * Takes ownership of {@code in} and returns the packets now complete, in order (an empty list
   * when none is). After a failure the packets before it are still returned; {@link #failure()}
   * then tells why the rest is not valid.
   */
  List<MqttPacket> append(ByteBuf in) {
    if (failure() != null) {
      in.release();
      return List.of();
    }
    cumulation =
        cumulation == null
            ? in
            : ByteToMessageDecoder.MERGE_CUMULATOR.cumulate(alloc, cumulation, in);
    List<MqttPacket> packets = decodeAll();
    if (!cumulation.isReadable() || failure() != null) {
      release();
    } else {
      cumulation.discardSomeReadBytes();
    }
    return packets;
  }

  private List<MqttPacket> decodeAll() {
    ByteBuffer view = cumulation.nioBuffer(cumulation.readerIndex(), cumulation.readableBytes());
    int start = view.position();
    MqttPacket first = decoder.decode(view);
    if (first == null) {
      return List.of();
    }
    List<MqttPacket> packets = new ArrayList<>(4);
    packets.add(first);
    for (MqttPacket next = decoder.decode(view); next != null; next = decoder.decode(view)) {
      packets.add(next);
    }
    cumulation.skipBytes(view.position() - start);
    return packets;
  }

  /** Why the input is malformed, or null. */
  DecodeFailure failure() {
    return decoder.failure();
  }

  /**
   * The version to encode for: the one the client's CONNECT declared, or the one a refused CONNECT
   * attempted (so its CONNACK has the right format); null before any CONNECT arrived.
   */
  ProtocolVersion version() {
    ProtocolVersion declared = decoder.version();
    return declared != null ? declared : decoder.attemptedVersion();
  }

  /** Drops the bytes of any incomplete packet. */
  void release() {
    if (cumulation != null) {
      cumulation.release();
      cumulation = null;
    }
  }
}
