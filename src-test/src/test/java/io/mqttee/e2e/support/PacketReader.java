// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import io.mqttee.protocol.codec.MqttDecoder;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * Decodes the packets a test client receives from the broker, whatever carries the bytes.
 *
 * @param <E> what reading a chunk may throw
 */
final class PacketReader<E extends Exception> {

  /** The next chunk of bytes from the broker, or null when none came in time. */
  @FunctionalInterface
  interface ChunkSource<E extends Exception> {
    ByteBuffer next(long timeoutNanos) throws E;
  }

  private final MqttDecoder decoder;
  private final ChunkSource<E> source;
  private ByteBuffer buffered = ByteBuffer.allocate(0);

  PacketReader(ProtocolVersion version, ChunkSource<E> source) {
    this.decoder = MqttDecoder.forClient(Integer.MAX_VALUE, version);
    this.source = source;
  }

  /** The next packet of the expected type; fails on another type or a timeout. */
  <T extends MqttPacket> T receive(Class<T> type, Duration timeout) throws E {
    MqttPacket packet = receive(timeout);
    if (!type.isInstance(packet)) {
      throw new AssertionError("expected " + type.getSimpleName() + " but received " + packet);
    }
    return type.cast(packet);
  }

  /** The next packet from the broker, waiting up to {@code timeout}. */
  MqttPacket receive(Duration timeout) throws E {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      MqttPacket packet = decoder.decode(buffered);
      if (packet != null) {
        return packet;
      }
      if (decoder.failure() != null) {
        throw new AssertionError("undecodable bytes from the broker: " + decoder.failure());
      }
      long left = deadline - System.nanoTime();
      ByteBuffer chunk = left > 0 ? source.next(left) : null;
      if (chunk == null) {
        throw new AssertionError("no packet from the broker within " + timeout.toMillis() + " ms");
      }
      ByteBuffer joined = ByteBuffer.allocate(buffered.remaining() + chunk.remaining());
      buffered = joined.put(buffered).put(chunk).flip();
    }
  }
}
