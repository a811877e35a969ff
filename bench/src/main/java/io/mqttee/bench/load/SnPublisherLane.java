// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

import io.mqttee.bench.wire.PublishTemplate;
import io.mqttee.protocol.mqttsn.ReturnCodes;
import io.mqttee.protocol.mqttsn.codec.SnDecodeResult;
import io.mqttee.protocol.mqttsn.codec.SnDecoded;
import io.mqttee.protocol.mqttsn.codec.SnDecoder;
import io.mqttee.protocol.mqttsn.message.SnDisconnect;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.mqttsn.message.SnPubAck;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;

/**
 * One MQTT-SN client publishing over its own UDP socket: one datagram per PUBLISH, written at once
 * (nothing is batched), and for QoS 1 the count of PUBLISHes awaiting PUBACK.
 */
final class SnPublisherLane implements Lane {

  /**
   * A QoS 1 window without any PUBACK for this long lost a datagram (UDP); the bench does not
   * retransmit, so the window reopens and the message stays counted as unacknowledged.
   */
  private static final long LOST_NANOS = 1_000_000_000L;

  private static final int MAX_DATAGRAM = 65_535;

  private final SnClients.SnClient client;
  private final int index;
  private final PublishTemplate template;
  private final int maxInFlight;
  private final ByteBuffer out;
  private final ByteBuffer in = ByteBuffer.allocate(MAX_DATAGRAM);
  private int inFlight;
  private int nextMsgId = 1;
  private int sequence;
  private long acked;
  private long lastAckNanos;

  /**
   * @param index this publisher's number in the run, written into each message's tag
   * @param maxInFlight the QoS 1 window per client, or 0 for QoS 0
   */
  SnPublisherLane(SnClients.SnClient client, int index, PublishTemplate template, int maxInFlight) {
    this.client = client;
    this.index = index;
    this.template = template;
    this.maxInFlight = maxInFlight;
    this.out = ByteBuffer.allocate(template.length());
  }

  @Override
  public String clientId() {
    return client.clientId();
  }

  @Override
  public DatagramChannel channel() {
    return client.channel();
  }

  @Override
  public void key(SelectionKey key) {
    // acknowledgements only: a datagram socket is never left with bytes to write
  }

  @Override
  public int fill(long max, long nowNanos) throws IOException {
    long n = max;
    if (maxInFlight > 0) {
      // refill only once half the window is acknowledged, as the MQTT publishers do
      if (inFlight > maxInFlight / 2) {
        if (nowNanos - lastAckNanos < LOST_NANOS) {
          return 0;
        }
        inFlight = 0;
      }
      if (inFlight == 0) {
        lastAckNanos = nowNanos;
      }
      n = Math.min(n, maxInFlight - inFlight);
    }
    int sent = 0;
    while (sent < n) {
      out.clear();
      template.writeTo(out, nextMsgId, nowNanos, PublishTemplate.tag(index, sequence));
      out.flip();
      if (client.channel().write(out) == 0) {
        break; // the socket's send buffer is full: the rest in a later round
      }
      sequence++;
      nextMsgId = nextMsgId == 0xFFFF ? 1 : nextMsgId + 1;
      sent++;
    }
    if (maxInFlight > 0) {
      inFlight += sent;
    }
    return sent;
  }

  @Override
  public boolean hasPending() {
    return false;
  }

  @Override
  public void flush() {
    // each PUBLISH was its own datagram, sent by fill
  }

  @Override
  public boolean receive() throws IOException {
    in.clear();
    while (client.channel().read(in) > 0) {
      in.flip();
      handle(SnDecoder.decode(in));
      in.clear();
    }
    return true;
  }

  private void handle(SnDecodeResult datagram) throws IOException {
    if (!(datagram instanceof SnDecoded decoded)) {
      return;
    }
    SnMessage message = decoded.message();
    if (message instanceof SnPubAck ack) {
      if (ack.returnCode() != ReturnCodes.ACCEPTED) {
        throw new IOException(clientId() + ": PUBACK rejected with code " + ack.returnCode());
      }
      acked++;
      lastAckNanos = System.nanoTime();
      if (inFlight > 0) {
        inFlight--;
      }
    } else if (message instanceof SnDisconnect) {
      throw new IOException(clientId() + ": the gateway sent DISCONNECT");
    }
  }

  @Override
  public boolean awaitingAck() {
    return inFlight > 0;
  }

  @Override
  public long acked() {
    return acked;
  }
}
