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
  private int lastPacketBytes;

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
      int start = buffered.position();
      MqttPacket packet = decoder.decode(buffered);
      if (packet != null) {
        lastPacketBytes = buffered.position() - start;
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

  /** Fails when a packet arrives within {@code quiet}. */
  void expectNothing(Duration quiet) throws E {
    MqttPacket unexpected;
    try {
      unexpected = receive(quiet);
    } catch (AssertionError timedOut) {
      return;
    }
    throw new AssertionError("expected silence but received " + unexpected);
  }

  /** The encoded size of the packet returned last. */
  int lastPacketBytes() {
    return lastPacketBytes;
  }

  /** Resolves the topic aliases of PUBLISH packets up to {@code maximum}. */
  void acceptTopicAliases(int maximum) {
    decoder.acceptTopicAliases(maximum);
  }
}
