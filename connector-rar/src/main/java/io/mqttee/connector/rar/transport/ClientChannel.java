// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.TrafficMeter;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The outbound side of one client connection. Any thread may queue packets or ask for the close;
 * one task on the channel's event loop drains the queue into one write and one flush.
 */
final class ClientChannel implements ClientLink {

  /**
   * Before CONNECT is decoded (e.g. a CONNACK refusing a malformed CONNECT) the version is unknown.
   */
  private static final ProtocolVersion FALLBACK_VERSION = ProtocolVersion.MQTT_3_1_1;

  /**
   * A client that leaves this many written bytes unread is closed instead of letting its queue grow
   * without bound.
   */
  static final long MAX_UNREAD_BYTES = 32L * 1024 * 1024;

  private static final Logger LOG = System.getLogger(ClientChannel.class.getName());

  private final ConnectionId id;
  private final Channel channel;
  private final Supplier<ProtocolVersion> version;
  private final PacketWriter writer;
  private final Queue<MqttPacket> outbox = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private final Runnable drain = this::drain;
  private volatile String closeReason;
  private boolean closing;

  ClientChannel(
      ConnectionId id, Channel channel, Supplier<ProtocolVersion> version, TrafficMeter meter) {
    this.id = id;
    this.channel = channel;
    this.version = version;
    this.writer = new PacketWriter(channel, meter);
  }

  @Override
  public ConnectionId id() {
    return id;
  }

  @Override
  public void send(MqttPacket packet) {
    outbox.add(packet);
    scheduleDrain();
  }

  @Override
  public void close(String reason) {
    if (closeReason == null) {
      closeReason = reason == null ? "closed by the broker" : reason;
    }
    scheduleDrain();
  }

  /** Whether the broker asked to close this connection. */
  boolean closeRequested() {
    return closeReason != null;
  }

  @Override
  public boolean isOpen() {
    return channel.isOpen() && !closeRequested();
  }

  private void scheduleDrain() {
    if (drainScheduled.compareAndSet(false, true)) {
      try {
        channel.eventLoop().execute(drain);
      } catch (RejectedExecutionException e) {
        // The transport is shutting down and closes the channel itself.
        outbox.clear();
      }
    }
  }

  private void drain() {
    drainScheduled.set(false);
    if (closing || !channel.isActive()) {
      outbox.clear();
      return;
    }
    if (channel.bytesBeforeWritable() > MAX_UNREAD_BYTES) {
      closeSlowClient();
      return;
    }
    // Read before draining: every packet queued before the close was asked for is then in the
    // queue, so it goes out before the close (a later one may go out with it, or is dropped).
    String reason = closeReason;
    ProtocolVersion v = version.get();
    ChannelFuture last = writer.writeAll(outbox, v == null ? FALLBACK_VERSION : v, id);
    if (reason != null) {
      closing = true;
      LOG.log(Level.DEBUG, "closing {0} from {1}: {2}", id, channel.remoteAddress(), reason);
      if (last == null) {
        channel.close();
      } else {
        last.addListener(ChannelFutureListener.CLOSE);
      }
    }
  }

  private void closeSlowClient() {
    closing = true;
    outbox.clear();
    LOG.log(
        Level.INFO,
        "closing {0} from {1}: more than {2} MiB written but not read by the client",
        id,
        channel.remoteAddress(),
        MAX_UNREAD_BYTES >> 20);
    channel.close();
  }
}
