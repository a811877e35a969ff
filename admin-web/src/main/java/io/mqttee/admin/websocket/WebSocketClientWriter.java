// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.websocket;

import io.mqttee.broker.connection.ClientWriter;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.TrafficMeter;
import io.mqttee.protocol.codec.MqttEncoder;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Writes the broker's packets to one WebSocket client without blocking the caller: packets queue,
 * and one asynchronous binary message at a time carries everything queued so far (containers may
 * refuse overlapping asynchronous sends). A close waits until the queue is written.
 */
final class WebSocketClientWriter implements ClientWriter {

  /** Above this many bytes a batch goes out in more than one message. */
  private static final int MAX_MESSAGE_BYTES = 256 * 1024;

  /** RFC 6455 section 5.5: a control frame's payload, the 2-byte code included, is <= 125 bytes. */
  private static final int MAX_REASON_BYTES = 123;

  private static final Logger LOG = System.getLogger(WebSocketClientWriter.class.getName());

  private final Session session;
  private final ConnectionId id;
  private final Supplier<ProtocolVersion> version;
  private final TrafficMeter traffic;
  private final Queue<MqttPacket> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean sending = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile String closeReason;

  WebSocketClientWriter(
      Session session, ConnectionId id, Supplier<ProtocolVersion> version, TrafficMeter traffic) {
    this.session = session;
    this.id = id;
    this.version = version;
    this.traffic = traffic;
  }

  @Override
  public void send(ConnectionId connection, MqttPacket packet) {
    if (closeReason != null || closed.get()) {
      return; // nothing after close (MQTT-4.8.0-1 on the broker side)
    }
    queue.add(packet);
    drain();
  }

  @Override
  public void close(ConnectionId connection, String reason) {
    if (closeReason == null) {
      closeReason = reason == null ? "" : reason;
    }
    drain();
  }

  /** Starts the next message unless one is in flight; closes once nothing is left to write. */
  private void drain() {
    while (sending.compareAndSet(false, true)) {
      ByteBuffer message = closed.get() ? null : encodeQueued();
      if (message != null) {
        send(message);
        return;
      }
      String reason = closeReason;
      if (reason != null) {
        closeSession(CloseCodes.NORMAL_CLOSURE, reason);
      }
      sending.set(false);
      // a send or close that came while this thread held the flag is this loop's to carry out
      boolean closePending = closeReason != null && !closed.get();
      if ((queue.isEmpty() && !closePending) || closed.get()) {
        return;
      }
    }
  }

  /**
   * Hands one message to the container. A session that closed under us makes some containers throw
   * here instead of failing the send; that must stay this client's problem, never the publisher's
   * whose delivery called us.
   */
  private void send(ByteBuffer message) {
    try {
      session.getAsyncRemote().sendBinary(message, this::sent);
    } catch (RuntimeException e) {
      LOG.log(Level.DEBUG, "{0}: WebSocket send refused: {1}", id, e.toString());
      queue.clear();
      sending.set(false);
      closeSession(CloseCodes.UNEXPECTED_CONDITION, "send failed");
    }
  }

  private void sent(SendResult result) {
    if (!result.isOK()) {
      LOG.log(Level.DEBUG, "{0}: WebSocket send failed: {1}", id, result.getException());
      queue.clear();
      closeSession(CloseCodes.UNEXPECTED_CONDITION, "send failed");
    }
    sending.set(false);
    drain();
  }

  /** Encodes queued packets up to the message size; null when nothing is queued. */
  private ByteBuffer encodeQueued() {
    ProtocolVersion encodeFor = version.get();
    List<MqttPacket> batch = new ArrayList<>();
    int bytes = 0;
    for (MqttPacket p = queue.peek(); p != null; p = queue.peek()) {
      int length = lengthOf(p, encodeFor);
      if (length >= 0 && bytes + length > MAX_MESSAGE_BYTES && !batch.isEmpty()) {
        break;
      }
      queue.poll();
      if (length >= 0) {
        batch.add(p);
        bytes += length;
      }
    }
    if (batch.isEmpty()) {
      return null;
    }
    ByteBuffer out = ByteBuffer.allocate(bytes);
    int encoded = 0;
    for (MqttPacket p : batch) {
      int before = out.position();
      try {
        MqttEncoder.encode(p, encodeFor, out);
        encoded++;
      } catch (RuntimeException e) {
        out.position(before);
        LOG.log(Level.WARNING, "dropping {0} for {1}: cannot encode: {2}", p.type(), id, e);
      }
    }
    traffic.sent(out.position(), encoded);
    return out.flip();
  }

  private int lengthOf(MqttPacket p, ProtocolVersion encodeFor) {
    try {
      return MqttEncoder.encodedLength(p, encodeFor);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "dropping {0} for {1}: cannot encode: {2}", p.type(), id, e);
      return -1;
    }
  }

  private void closeSession(CloseCodes code, String reason) {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      session.close(new CloseReason(code, truncate(reason)));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.DEBUG, "{0}: WebSocket close failed: {1}", id, e);
    }
  }

  private static String truncate(String reason) {
    byte[] utf8 = reason.getBytes(StandardCharsets.UTF_8);
    if (utf8.length <= MAX_REASON_BYTES) {
      return reason;
    }
    int end = Math.min(reason.length(), MAX_REASON_BYTES / 3);
    return reason.substring(0, end);
  }
}
