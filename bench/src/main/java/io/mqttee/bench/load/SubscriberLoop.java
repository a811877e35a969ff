// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

import io.mqttee.bench.stats.LatencyRecorder;
import io.mqttee.bench.wire.ClientConnection;
import io.mqttee.bench.wire.FrameHandler;
import io.mqttee.bench.wire.FrameScanner;
import io.mqttee.bench.wire.PublishTemplate;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.List;

/**
 * One thread reading every subscriber: counts PUBLISH packets, acknowledges QoS 1 ones in one write
 * per read, and records latency from the send timestamp in the payload when asked to. Payloads that
 * carry a tag ({@link PublishTemplate#MARKED_BYTES}) count once per subscriber: repeats are counted
 * apart, as duplicates.
 */
final class SubscriberLoop implements Runnable, FrameHandler {

  private static final int DISCONNECT = 14;

  private final List<ClientConnection> subscribers;
  private final Progress progress;
  private final FrameScanner scanner;
  private final byte[] pubAck;
  private final LatencyRecorder latency;
  private final ByteBuffer acks = ByteBuffer.allocate(64 * 1024);
  private final int publishers;
  private ClientConnection current;
  private DeliveryLedger currentLedger;
  private long delivered;
  private long duplicates;

  /** A subscriber's connection and the messages it has received. */
  private record Subscriber(ClientConnection connection, DeliveryLedger ledger) {}

  /**
   * @param publishers the run's publishers, whose index is in each message's tag
   * @param pubAck a PUBACK whose packet id (bytes 2 and 3) is patched per message
   * @param latency where to record latency, or null when the run measures throughput only
   */
  SubscriberLoop(
      List<ClientConnection> subscribers,
      int publishers,
      Progress progress,
      boolean mqtt5,
      byte[] pubAck,
      LatencyRecorder latency) {
    this.subscribers = List.copyOf(subscribers);
    this.publishers = publishers;
    this.progress = progress;
    this.scanner = new FrameScanner(mqtt5);
    this.pubAck = pubAck.clone();
    this.latency = latency;
  }

  @Override
  public void run() {
    try (Selector selector = Selector.open()) {
      for (ClientConnection c : subscribers) {
        c.channel()
            .register(
                selector, SelectionKey.OP_READ, new Subscriber(c, new DeliveryLedger(publishers)));
      }
      while (progress.running()) {
        selector.select(10);
        Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
        while (ready.hasNext()) {
          SelectionKey key = ready.next();
          ready.remove();
          Subscriber subscriber = (Subscriber) key.attachment();
          current = subscriber.connection();
          currentLedger = subscriber.ledger();
          if (!current.readAndScan(scanner, this)) {
            throw new EOFException(current.clientId() + ": broker closed the connection");
          }
          flushAcks();
        }
        progress.deliveredSoFar(delivered);
        progress.duplicatesSoFar(duplicates);
      }
    } catch (IOException | RuntimeException e) {
      progress.fail(e);
    }
  }

  @Override
  public void onPublish(int qos, int packetId, byte[] bytes, int payloadOffset, int payloadEnd) {
    boolean first =
        payloadEnd - payloadOffset < PublishTemplate.MARKED_BYTES
            || currentLedger.firstDelivery(
                readLong(bytes, payloadOffset + PublishTemplate.TIMESTAMP_BYTES));
    if (first) {
      delivered++;
    } else {
      duplicates++;
    }
    if (qos > 0) {
      if (acks.remaining() < pubAck.length) {
        flushAcks();
      }
      pubAck[2] = (byte) (packetId >>> 8);
      pubAck[3] = (byte) packetId;
      acks.put(pubAck);
    }
    if (latency != null
        && first
        && payloadEnd - payloadOffset >= PublishTemplate.TIMESTAMP_BYTES
        && progress.recording()) {
      latency.record(System.nanoTime() - readLong(bytes, payloadOffset));
    }
  }

  @Override
  public void onAck(int type, int packetId) {
    // subscribers publish nothing, so no acknowledgement concerns them
  }

  @Override
  public void onControl(int type, byte[] bytes, int bodyOffset, int bodyEnd) {
    if (type == DISCONNECT) {
      throw new UncheckedIOException(
          new IOException(current.clientId() + ": broker sent DISCONNECT"));
    }
  }

  /** Acks are a few bytes a packet; a full socket buffer here means a stuck broker, so spin. */
  private void flushAcks() {
    if (acks.position() == 0) {
      return;
    }
    acks.flip();
    try {
      while (acks.hasRemaining() || current.hasPendingOutput()) {
        if (current.write(acks) == 0) {
          Thread.onSpinWait();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(current.clientId() + ": cannot send PUBACK", e);
    } finally {
      acks.clear();
    }
  }

  private static long readLong(byte[] bytes, int offset) {
    long value = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      value = (value << 8) | (bytes[offset + i] & 0xFF);
    }
    return value;
  }
}
