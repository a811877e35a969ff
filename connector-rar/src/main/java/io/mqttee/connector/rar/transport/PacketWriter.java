// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.mqttee.connector.api.TrafficMeter;
import io.mqttee.protocol.codec.MqttEncoder;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

/**
 * Encodes queued packets into as few buffers as possible and writes them to one channel. Confined
 * to the channel's event loop.
 */
final class PacketWriter {

  /** Above this many bytes a batch goes out in more than one buffer. */
  private static final int MAX_BUFFER_BYTES = 256 * 1024;

  private static final Logger LOG = System.getLogger(PacketWriter.class.getName());

  private final Channel channel;
  private final TrafficMeter meter;
  private final List<MqttPacket> batch = new ArrayList<>();

  PacketWriter(Channel channel, TrafficMeter meter) {
    this.channel = channel;
    this.meter = meter;
  }

  /** Writes and flushes everything in the queue; returns the last write, or null if none. */
  ChannelFuture writeAll(Queue<MqttPacket> queue, ProtocolVersion version, Object connection) {
    ChannelFuture last = null;
    int bytes = 0;
    for (MqttPacket p = queue.poll(); p != null; p = queue.poll()) {
      int length = lengthOf(p, version, connection);
      if (length < 0) {
        continue;
      }
      if (bytes + length > MAX_BUFFER_BYTES && !batch.isEmpty()) {
        last = writeBatch(bytes, version, connection);
        bytes = 0;
      }
      batch.add(p);
      bytes += length;
    }
    if (!batch.isEmpty()) {
      last = writeBatch(bytes, version, connection);
    }
    if (last != null) {
      channel.flush();
    }
    return last;
  }

  private static int lengthOf(MqttPacket p, ProtocolVersion version, Object connection) {
    try {
      return MqttEncoder.encodedLength(p, version);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "dropping {0} for {1}: cannot encode: {2}", p.type(), connection, e);
      return -1;
    }
  }

  private ChannelFuture writeBatch(int bytes, ProtocolVersion version, Object connection) {
    ByteBuf buf = channel.alloc().ioBuffer(bytes);
    ByteBuffer out = buf.internalNioBuffer(0, bytes);
    int start = out.position();
    int written = 0;
    for (MqttPacket p : batch) {
      int before = out.position();
      try {
        MqttEncoder.encode(p, version, out);
        written++;
      } catch (RuntimeException e) {
        out.position(before);
        LOG.log(Level.WARNING, "dropping {0} for {1}: cannot encode: {2}", p.type(), connection, e);
      }
    }
    batch.clear();
    int length = out.position() - start;
    buf.writerIndex(length);
    meter.sent(length, written);
    return channel.write(buf);
  }
}
