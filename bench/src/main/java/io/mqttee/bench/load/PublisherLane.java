// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

import io.mqttee.bench.wire.ClientConnection;
import io.mqttee.bench.wire.FrameHandler;
import io.mqttee.bench.wire.FrameScanner;
import io.mqttee.bench.wire.PublishTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One publishing client: a batch buffer of pre-encoded PUBLISH packets and, for QoS 1, the count of
 * packets awaiting PUBACK.
 */
final class PublisherLane implements Lane, FrameHandler {

  private static final int PUBACK = 4;
  private static final int DISCONNECT = 14;
  private static final int BATCH_BYTES = 64 * 1024;

  private final ClientConnection connection;
  private final FrameScanner scanner;
  private final int index;
  private final PublishTemplate template;
  private final int maxInFlight;
  private final ByteBuffer out = ByteBuffer.allocateDirect(BATCH_BYTES);
  private SelectionKey key;
  private int inFlight;
  private int nextPacketId = 1;
  private int sequence;
  private long acked;

  /**
   * @param index this publisher's number in the run, written into each message's tag
   * @param maxInFlight the QoS 1 window per client, or 0 for QoS 0
   * @param scanner reads the acknowledgements; one is shared by the lanes of a loop
   */
  PublisherLane(
      ClientConnection connection,
      int index,
      PublishTemplate template,
      int maxInFlight,
      FrameScanner scanner) {
    this.connection = connection;
    this.scanner = scanner;
    this.index = index;
    this.template = template;
    this.maxInFlight = maxInFlight;
  }

  @Override
  public String clientId() {
    return connection.clientId();
  }

  @Override
  public SocketChannel channel() {
    return connection.channel();
  }

  @Override
  public void key(SelectionKey key) {
    this.key = key;
  }

  /** Appends up to {@code max} packets to the batch; returns how many. */
  @Override
  public int fill(long max, long nowNanos) {
    long n = Math.min(max, out.remaining() / template.length());
    if (maxInFlight > 0) {
      // refill only once half the window is acknowledged: fewer, larger writes
      if (inFlight > maxInFlight / 2) {
        return 0;
      }
      n = Math.min(n, maxInFlight - inFlight);
      inFlight += (int) n;
    }
    for (int i = 0; i < n; i++) {
      template.writeTo(out, nextPacketId, nowNanos, PublishTemplate.tag(index, sequence++));
      nextPacketId = nextPacketId == 0xFFFF ? 1 : nextPacketId + 1;
    }
    return (int) n;
  }

  @Override
  public boolean hasPending() {
    return out.position() > 0 || connection.hasPendingOutput();
  }

  @Override
  public void flush() throws IOException {
    out.flip();
    connection.write(out);
    out.compact();
    int ops = hasPending() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ;
    if (key.interestOps() != ops) {
      key.interestOps(ops);
    }
  }

  @Override
  public boolean receive() throws IOException {
    return connection.readAndScan(scanner, this);
  }

  @Override
  public boolean awaitingAck() {
    return inFlight > 0;
  }

  @Override
  public long acked() {
    return acked;
  }

  @Override
  public void onPublish(int qos, int packetId, byte[] bytes, int payloadOffset, int payloadEnd) {
    // publishers subscribe to nothing
  }

  @Override
  public void onAck(int type, int packetId) {
    if (type == PUBACK && inFlight > 0) {
      inFlight--;
      acked++;
    }
  }

  @Override
  public void onControl(int type, byte[] bytes, int bodyOffset, int bodyEnd) {
    if (type == DISCONNECT) {
      throw new UncheckedIOException(
          new IOException(connection.clientId() + ": broker sent DISCONNECT"));
    }
  }
}
